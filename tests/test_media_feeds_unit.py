"""The media feeds from the model alone: which rendition each feed carries,
what the Podcasting 2.0 and Media RSS elements say, and the guids' rules.

The recordings are built here as the processing step will fill them (a WAV
broadcast file, a poster through the image pipeline, a timed transcript), so
these checks hold whatever the publishing stub copies today.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from zoneinfo import ZoneInfo

import pytest
from lxml import etree

from images.picture import Picture
from images.recipe import Rendition as ImageRendition
from media.feed_files import chapters_document
from media.feeds import (
    ITUNES,
    MEDIA,
    PODCAST,
    audio_feeds,
    item_guid,
    podcast_guid,
    video_feed,
)
from media.model import Audio, Chapter, Probe, Rendition, Video
from portal_settings.declared import SETTINGS as DECLARED

pytestmark = pytest.mark.unit

PORTAL = "https://comunicacion.example.gob.mx"
SETTINGS = {
    **{name: option.default for name, option in DECLARED.items()},
    "PORTAL_URL": PORTAL,
    "SITENAME": "Comunicación Social",
    "ORGANIZATION_NAME": "H. Ayuntamiento de Ejemplo",
    "ORGANIZATION_ARTICLE": "el",
    "OFFICE_NAME": "Coordinación de Comunicación Social",
    "ORGANIZATION_EMAIL": "comunicacion@example.gob.mx",
    "THEME_STATIC_DIR": "static",
}
MX = ZoneInfo("America/Mexico_City")
NS = {"itunes": ITUNES, "podcast": PODCAST, "media": MEDIA}


def _common(media: str, slug: str, day: int, **extra) -> dict:
    return {
        "folder": f"2021-06-{day:02d}-{slug}",
        "source_path": f"/contenido/{slug}/index.md",
        "media": media,
        "title": f"Grabación {slug}",
        "date": dt.datetime(2021, 6, day, 12, 0, tzinfo=MX),
        "area": "salud",
        "area_name": "Salud",
        "kind": "entrevista",
        "kind_name": "Entrevista",
        "summary": "Resumen de la grabación.",
        "source": f"/contenido/{slug}/grabacion",
        "credit": "Comunicación Social",
        "body_html": "",
        "slug": slug,
        "probe": Probe(duration=61.6, container="wav", audio_codec="pcm_s16le"),
        **extra,
    }


def _audio(slug="entrevista", day=1, version="aaaa", **extra) -> Audio:
    base = f"fonoteca/2021/{slug}/{slug}"
    return Audio(
        **_common("audio", slug, day, **extra),
        renditions=[
            Rendition("web", f"{base}-{version}.mp3", "audio/mpeg", 980_000, 61.6),
            Rendition("broadcast", f"{base}-radio-{version}.wav", "audio/wav", 10_800_000, 61.6),
        ],
    )


def _parse(data: bytes):
    return etree.fromstring(data)


def test_podcast_guid_is_the_specifications_uuid5():
    # The Podcasting 2.0 documentation's own example.
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == (
        "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    )
    assert uuid.UUID(podcast_guid(f"{PORTAL}/feeds/x.xml")).version == 5


def test_podcast_carries_web_mp3_and_radio_only_broadcast_wav(tmp_path):
    recordings = [_audio("nueva", day=20), _audio("vieja", day=2)]
    written = audio_feeds(recordings, SETTINGS, str(tmp_path))
    podcast = _parse(written[SETTINGS["FEED_PODCAST_RSS"]])
    radio = _parse(written[SETTINGS["FEED_RADIO_RSS"]])
    for feed, role in ((podcast, "web"), (radio, "broadcast")):
        enclosures = feed.findall("channel/item/enclosure")
        expected = [r.rendition(role) for r in recordings]
        assert [e.get("url") for e in enclosures] == [f"{PORTAL}/{r.url}" for r in expected]
        assert [int(e.get("length")) for e in enclosures] == [r.size for r in expected]
        assert {e.get("type") for e in enclosures} == {expected[0].mime}
        assert feed.findtext("channel/item/itunes:duration", namespaces=NS) == "62"
    assert radio.findtext("channel/itunes:block", namespaces=NS) == "Yes"
    assert podcast.find("channel/itunes:block", namespaces=NS) is None
    assert radio.findtext("channel/podcast:locked", namespaces=NS) == "yes"
    # Two feeds, two shows: their podcast:guid differ.
    guids = {f.findtext("channel/podcast:guid", namespaces=NS) for f in (podcast, radio)}
    assert len(guids) == 2


def test_a_recording_without_the_role_is_left_out(tmp_path):
    partial = _audio("sin-radio")
    partial.renditions = [partial.rendition("web")]
    written = audio_feeds([partial], SETTINGS, str(tmp_path))
    assert len(_parse(written[SETTINGS["FEED_PODCAST_RSS"]]).findall("channel/item")) == 1
    assert _parse(written[SETTINGS["FEED_RADIO_RSS"]]).findall("channel/item") == []


def test_item_guid_survives_a_new_file_version():
    before, after = _audio(version="aaaa"), _audio(version="bbbb")
    assert before.rendition("web").url != after.rendition("web").url
    assert item_guid(before, PORTAL, "podcast") == item_guid(after, PORTAL, "podcast")
    assert "aaaa" not in item_guid(before, PORTAL, "podcast")
    moved = _audio(slug="otra")
    assert item_guid(moved, PORTAL, "podcast") != item_guid(before, PORTAL, "podcast")


def test_transcripts_chapters_and_people(tmp_path):
    audio = _audio(
        speakers=["Dra. Ana López, directora de Salud"],
        chapters=(Chapter(0, "Presentación"), Chapter(32.5, "Recomendaciones")),
        transcript_text="Buenos días.\n\nHablamos de la temporada de lluvias.",
        captions_url="fonoteca/2021/entrevista/entrevista-subtitulos-cccc.vtt",
    )
    podcast = _parse(audio_feeds([audio], SETTINGS, str(tmp_path))[SETTINGS["FEED_PODCAST_RSS"]])
    item = podcast.find("channel/item")
    transcripts = item.findall("podcast:transcript", namespaces=NS)
    assert [(t.get("type"), t.get("rel")) for t in transcripts] == [
        ("text/vtt", "captions"),
        ("text/plain", None),
    ]
    assert transcripts[0].get("url") == f"{PORTAL}/{audio.captions_url}"
    text = tmp_path / transcripts[1].get("url").removeprefix(PORTAL + "/")
    assert "temporada de lluvias" in text.read_text(encoding="utf-8")
    chapters = item.find("podcast:chapters", namespaces=NS)
    assert chapters.get("type") == "application/json+chapters"
    document = json.loads((tmp_path / chapters.get("url").removeprefix(PORTAL + "/")).read_text())
    assert document["version"].startswith("1.")
    assert [(c["startTime"], c["title"]) for c in document["chapters"]] == [
        (0, "Presentación"),
        (32.5, "Recomendaciones"),
    ]
    (person,) = item.findall("podcast:person", namespaces=NS)
    assert person.text == "Dra. Ana López, directora de Salud"
    assert person.get("role") == "guest"


def test_chapter_urls_seek_the_page_to_the_chapter():
    audio = _audio(chapters=(Chapter(3723.0, "Cierre"),))
    document = chapters_document(audio, "Fonoteca", PORTAL)
    assert document["chapters"][0]["startTime"] == 3723
    assert document["chapters"][0]["url"].endswith("#t=3723")


def test_video_media_rss_from_the_model():
    jpeg = ImageRendition(name="1280.jpg", role="size", format="JPEG", width=1280, height=720,
                          size=90_000)  # fmt: skip
    poster = Picture(alt="Cabildo", credit="C. S.", folder="videoteca/2021/s", prefix="poster-",
                     renditions=(jpeg,))  # fmt: skip
    base = "videoteca/2021/s/s"
    video = Video(
        **_common("video", "s", 5),
        renditions=[
            Rendition("web", f"{base}-1.mp4", "video/mp4", 5_000_000, 61.6, 1280, 720),
            Rendition("press", f"{base}-prensa-1.mp4", "video/mp4", 21_000_000, 61.6, 1920, 1080),
        ],
        captions_url=f"{base}-subtitulos-1.vtt",
        poster=poster,
    )
    (data,) = video_feed([video], SETTINGS).values()
    item = _parse(data).find("channel/item")
    contents = item.findall("media:group/media:content", namespaces=NS)
    assert [(c.get("width"), c.get("height"), c.get("isDefault")) for c in contents] == [
        ("1280", "720", "true"),
        ("1920", "1080", None),
    ]
    assert contents[1].get("fileSize") == "21000000"
    assert item.find("enclosure").get("url") == contents[0].get("url")
    thumbnail = item.find("media:thumbnail", namespaces=NS)
    assert thumbnail.get("url") == f"{PORTAL}/videoteca/2021/s/poster-1280.jpg"
    assert (thumbnail.get("width"), thumbnail.get("height")) == ("1280", "720")
    subtitle = item.find("media:subTitle", namespaces=NS)
    assert subtitle.get("href") == f"{PORTAL}/{video.captions_url}"
    assert item.findtext("media:credit", namespaces=NS) == "Comunicación Social"
