"""The sample site's podcast, video and radio feeds as podcast apps and feed
readers read them (podcastparser, feedparser), every itunes:, podcast: and
media: element checked with lxml, and each file they name measured on disk.

Expectations come from the content folders and from the files themselves
(ffprobe, Pillow), not from the names the publishing stub gives: they hold
once the real processing lands.
"""

from __future__ import annotations

import datetime as dt
import json
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import feedparser
import podcastparser
import pytest
from media_feed_support import (
    ATOM,
    ITUNES,
    MEDIA,
    NS,
    PODCAST,
    PODCAST_FEED,
    RADIO_FEED,
    VIDEO_FEED,
    expected_podcast_guid,
    local,
    tree,
)
from PIL import Image

from conftest import PORTAL_URL, ROOT
from media.probe import probe

pytestmark = pytest.mark.site

MX = ZoneInfo("America/Mexico_City")
MIME_OF_CONTAINER = {"mp3": "audio/mpeg", "wav": "audio/wav"}


def _samples(folder: str) -> dict[str, dict]:
    """Published sample recordings by page URL, as their index.md says."""
    from content_schema.frontmatter import split_front_matter

    found = {}
    for index in sorted((ROOT / "content" / folder).glob("*/index.md")):
        meta = split_front_matter(index.read_text(encoding="utf-8")).metadata
        if meta.get("status") == "draft":
            continue
        slug = meta.get("slug", index.parent.name[11:])
        found[f"{PORTAL_URL}/{folder}/{index.parent.name[:4]}/{slug}/"] = meta
    return found


AUDIOS, VIDEOS = _samples("fonoteca"), _samples("videoteca")


def _date(meta) -> dt.datetime:
    return dt.datetime.fromisoformat(str(meta["date"])).replace(tzinfo=MX)


@pytest.mark.parametrize("relative", [PODCAST_FEED, VIDEO_FEED, RADIO_FEED])
def test_feed_readers_parse_each_feed(site, relative):
    feed = feedparser.parse(site.file(relative).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.language == "es-MX"
    expected = AUDIOS if relative != VIDEO_FEED else VIDEOS
    assert [e.link for e in feed.entries] == sorted(expected, key=lambda u: _date(expected[u]),
                                                   reverse=True)  # fmt: skip
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == [f"{PORTAL_URL}/{relative}"]
    assert b'<?xml-stylesheet type="text/xsl" href="../static/feeds/fuente.xsl"?>' in (
        site.file(relative).read_bytes()
    )
    for entry in feed.entries:
        pub = parsedate_to_datetime(entry.published)  # RFC 2822, or this raises
        assert pub == _date(expected[entry.link])


def test_podcast_as_gpodder_reads_it(site):
    with site.file(PODCAST_FEED).open("rb") as stream:
        show = podcastparser.parse(f"{PORTAL_URL}/{PODCAST_FEED}", stream)
    assert show["language"] == "es-MX"
    assert show["explicit"] is False
    assert show["itunes_categories"] == [["Government"]]
    assert show["itunes_owner"]["email"]
    assert show["cover_url"].endswith(".jpg")
    assert len(show["episodes"]) == len(AUDIOS)
    for episode in show["episodes"]:
        (enclosure,) = episode["enclosures"]
        path = local(site, enclosure["url"])
        assert enclosure["file_size"] == path.stat().st_size
        probed = probe(str(path))
        assert enclosure["mime_type"] == MIME_OF_CONTAINER[probed.container]
        assert abs(episode["total_time"] - probed.duration) <= 1
        assert path.name not in episode["guid"]
        meta = AUDIOS[episode["link"]]
        assert episode["title"] == meta["title"]
        assert episode["published"] == int(_date(meta).timestamp())


def test_podcast_channel_elements(site):
    root = tree(site, PODCAST_FEED)
    assert root.nsmap == {"atom": ATOM, "itunes": ITUNES, "podcast": PODCAST}
    channel = root.find("channel")
    image = channel.find("itunes:image", NS).get("href")
    assert channel.findtext("image/url") == image
    assert channel.findtext("itunes:explicit", namespaces=NS) == "false"
    assert channel.find("itunes:category", NS).get("text") == "Government"
    assert channel.findtext("itunes:author", namespaces=NS)
    email = channel.findtext("itunes:owner/itunes:email", namespaces=NS)
    assert "@" in email and channel.findtext("itunes:owner/itunes:name", namespaces=NS)
    assert channel.find("itunes:block", NS) is None
    locked = channel.find("podcast:locked", NS)
    assert (locked.text, locked.get("owner")) == ("yes", email)
    self_url = channel.find("atom:link[@rel='self']", NS).get("href")
    assert channel.findtext("podcast:guid", namespaces=NS) == expected_podcast_guid(self_url)
    assert channel.findtext("podcast:medium", namespaces=NS) == "podcast"
    names = {el.tag for el in root.iter() if isinstance(el.tag, str) and PODCAST in el.tag}
    assert names <= {f"{{{PODCAST}}}{n}" for n in
                     ("guid", "locked", "medium", "transcript", "chapters", "person")}  # fmt: skip


def test_podcast_artwork_is_what_apple_asks_for(site):
    root = tree(site, PODCAST_FEED)
    path = local(site, root.find("channel/itunes:image", NS).get("href"))
    with Image.open(path) as artwork:
        assert artwork.format == "JPEG"
        assert artwork.mode == "RGB"
        assert artwork.width == artwork.height
        assert 1400 <= artwork.width <= 3000
    assert path.stat().st_size < 200_000


def test_podcast_items_transcripts_and_chapters(site):
    items = tree(site, PODCAST_FEED).findall("channel/item")
    assert items
    for item in items:
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false"
        assert item.findtext("itunes:explicit", namespaces=NS) == "false"
        assert int(item.findtext("itunes:duration", namespaces=NS)) >= 1
        transcripts = item.findall("podcast:transcript", NS)
        assert transcripts, "cada audio tiene transcripción (WCAG 1.2.1)"
        for transcript in transcripts:
            body = local(site, transcript.get("url")).read_text(encoding="utf-8")
            assert transcript.get("language") == "es"
            if transcript.get("type") == "text/vtt":
                assert body.startswith("WEBVTT")
                assert transcript.get("rel") == "captions"
            else:
                assert transcript.get("type") in ("text/plain", "text/html")
                assert len(body.split()) > 5
        for chapters in item.findall("podcast:chapters", NS):
            assert chapters.get("type") == "application/json+chapters"
            document = json.loads(local(site, chapters.get("url")).read_text(encoding="utf-8"))
            assert document["version"].startswith("1.")
            starts = [c["startTime"] for c in document["chapters"]]
            assert starts == sorted(starts) and all(c["title"] for c in document["chapters"])
        for person in item.findall("podcast:person", NS):
            assert person.text in AUDIOS[item.findtext("link")].get("speakers", [])


def test_video_feed_media_rss(site):
    root = tree(site, VIDEO_FEED)
    assert root.nsmap == {"atom": ATOM, "media": MEDIA}
    feed = feedparser.parse(site.file(VIDEO_FEED).read_bytes())
    for entry, item in zip(feed.entries, root.findall("channel/item"), strict=True):
        meta = VIDEOS[entry.link]
        assert entry.media_credit[0]["content"] == meta["credit"]
        contents = item.findall("media:group/media:content", NS)
        assert [c.get("isDefault") for c in contents].count("true") == 1
        for content in contents:
            path = local(site, content.get("url"))
            assert int(content.get("fileSize")) == path.stat().st_size
            probed = probe(str(path))
            assert content.get("type") == "video/mp4" and "mp4" in probed.container
            assert content.get("medium") == "video"
            assert (int(content.get("width")), int(content.get("height"))) == (
                probed.width,
                probed.height,
            )
            assert abs(int(content.get("duration")) - probed.duration) <= 1
        default = next(c for c in contents if c.get("isDefault"))
        assert item.find("enclosure").get("url") == default.get("url")
        assert item.findtext("media:title", namespaces=NS) == meta["title"]
        assert item.findtext("media:description", namespaces=NS) == meta["summary"]
        subtitle = item.find("media:subTitle", NS)
        assert subtitle.get("type") == "text/vtt"
        assert local(site, subtitle.get("href")).read_text(encoding="utf-8").startswith("WEBVTT")
        thumbnail = item.find("media:thumbnail", NS)
        if thumbnail is not None:  # the poster, once processing makes it
            with Image.open(local(site, thumbnail.get("url"))) as poster:
                assert poster.size == (int(thumbnail.get("width")), int(thumbnail.get("height")))


def test_radio_feed_is_for_stations_only(site):
    radio, podcast = tree(site, RADIO_FEED), tree(site, PODCAST_FEED)
    channel = radio.find("channel")
    assert channel.findtext("itunes:block", namespaces=NS) == "Yes"
    assert channel.findtext("podcast:locked", namespaces=NS) == "yes"
    assert channel.findtext("podcast:guid", namespaces=NS) != podcast.findtext(
        "channel/podcast:guid", namespaces=NS
    )
    web = {i.findtext("link"): i.find("enclosure").get("url") for i in podcast.iter("item")}
    items = channel.findall("item")
    assert {i.findtext("link") for i in items} == set(AUDIOS)
    for item in items:
        enclosure = item.find("enclosure")
        assert enclosure.get("url") != web[item.findtext("link")], "el WAV de transmisión"
        path = local(site, enclosure.get("url"))
        assert int(enclosure.get("length")) == path.stat().st_size
        assert enclosure.get("type") == MIME_OF_CONTAINER[probe(str(path)).container]
    assert f"Disallow: /{RADIO_FEED}" in site.text("robots.txt")
    for page in site.pages():
        for link in site.html(page).find_all("link", rel="alternate"):
            assert RADIO_FEED not in link.get("href", ""), page


def test_feeds_page_lists_media_feeds_and_a_section_for_stations(site):
    soup = site.html("feeds/")
    links = {a["href"] for a in soup.select("table a")}
    assert {f"{PORTAL_URL}/{PODCAST_FEED}", f"{PORTAL_URL}/{VIDEO_FEED}"} <= links
    section = soup.find("h2", id="estaciones-de-radio")
    assert section is not None
    table = section.find_next("table")
    assert table.find("a")["href"] == f"{PORTAL_URL}/{RADIO_FEED}"
