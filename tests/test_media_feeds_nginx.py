"""Real nginx with deploy/nginx-portal.conf serves what the media feeds name:
byte ranges (206) for the recordings, as players seek and podcast apps
resume, and the right type for each file, captions included."""

from __future__ import annotations

import pytest
from media_feed_support import NS, PODCAST_FEED, RADIO_FEED, VIDEO_FEED, local, tree
from test_nginx import nginx, nginx_conf  # noqa: F401 (fixtures)

from conftest import PORTAL_URL
from nginx_support import SECURITY_HEADERS, fetch

pytestmark = pytest.mark.site


def _enclosures(site) -> list[tuple[str, str]]:
    found = []
    for feed in (PODCAST_FEED, RADIO_FEED, VIDEO_FEED):
        for enclosure in tree(site, feed).iter("enclosure"):
            found.append((enclosure.get("url"), enclosure.get("type")))
    assert found
    return found


def test_recordings_answer_byte_ranges(nginx, site):  # noqa: F811
    for url, mime in _enclosures(site):
        data = local(site, url).read_bytes()
        path = url.removeprefix(PORTAL_URL)
        status, headers, body = fetch(nginx + path, Range="bytes=100-299")
        assert status == 206, path
        assert headers["Content-Range"] == f"bytes 100-299/{len(data)}"
        assert body == data[100:300]
        assert headers["Content-Type"] == mime
        status, headers, body = fetch(nginx + path)
        assert (status, headers["Accept-Ranges"]) == (200, "bytes")
        assert body == data
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
        for name, value in SECURITY_HEADERS.items():
            assert headers.get_all(name) == [value], name


def test_captions_are_text_vtt(nginx, site):  # noqa: F811
    subtitle = tree(site, VIDEO_FEED).find("channel/item/media:subTitle", NS)
    status, headers, body = fetch(nginx + subtitle.get("href").removeprefix(PORTAL_URL))
    assert status == 200
    assert headers["Content-Type"] == "text/vtt; charset=utf-8"
    assert body.startswith(b"WEBVTT")
