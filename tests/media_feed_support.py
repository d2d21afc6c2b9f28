"""Helpers for the media feed tests: the feeds as lxml trees, their files on disk."""

from __future__ import annotations

import uuid
from pathlib import Path

from lxml import etree

from conftest import PORTAL_URL

ATOM = "http://www.w3.org/2005/Atom"
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
MEDIA = "http://search.yahoo.com/mrss/"
NS = {"atom": ATOM, "itunes": ITUNES, "podcast": PODCAST, "media": MEDIA}
PODCAST_FEED = "feeds/fonoteca.podcast.xml"
VIDEO_FEED = "feeds/videoteca.rss.xml"
RADIO_FEED = "feeds/radio.rss.xml"
GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


def tree(site, relative: str):
    return etree.fromstring(site.file(relative).read_bytes())


def local(site, url: str) -> Path:
    """The file in the built site that an absolute URL of the feed names."""
    assert url.startswith(PORTAL_URL + "/"), url
    path = site.file(url.removeprefix(PORTAL_URL + "/"))
    assert path.is_file(), f"{url} no existe en la construcción"
    return path


def expected_podcast_guid(feed_url: str) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, feed_url.split("://", 1)[1].rstrip("/")))
