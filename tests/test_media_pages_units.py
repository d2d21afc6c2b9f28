"""How recordings read on their pages: durations, file labels, JSON-LD (issue 14).

The figures are the ones the recording page, the cards and the schema.org
data print; the JSON-LD is built from real ``Video``/``Audio`` models as the
loader makes them, with chapters and a transcript.
"""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from media.archive import archive_items, by_year, kind_counts
from media.display import clock, file_label, fragment_seconds, role_label, spoken_duration
from media.model import Audio, Chapter, Probe, Rendition, Video
from media.structured_data import iso_duration, media_object
from presentation.structured_data import SiteIdentity, json_ld

pytestmark = pytest.mark.unit

ZONE = ZoneInfo("America/Mexico_City")
SITE = SiteIdentity(
    portal_url="https://comunicacion.example.gob.mx",
    organization="H. Ayuntamiento de Ejemplo",
    office="Coordinación de Comunicación Social",
    address={},
    email="c@example.gob.mx",
    phone="1",
    static_dir="static",
    copyright="© {year}",
)


@pytest.mark.parametrize(
    ("seconds", "spoken", "iso", "shown"),
    [
        (192.4, "3 min 12 s", "PT3M12S", "3:12"),
        (418, "6 min 58 s", "PT6M58S", "6:58"),
        (5.48, "5 s", "PT5S", "0:05"),
        (3600, "1 h", "PT1H", "1:00:00"),
        (3723, "1 h 2 min 3 s", "PT1H2M3S", "1:02:03"),
        (0.2, "0 s", "PT0S", "0:00"),
        (59.6, "1 min", "PT1M", "0:59"),
    ],
)
def test_durations_read_in_spanish_and_iso_8601(seconds, spoken, iso, shown):
    assert spoken_duration(seconds) == spoken
    assert iso_duration(seconds) == iso
    assert clock(seconds) == shown


def test_fragment_seconds_are_short():
    assert [fragment_seconds(s) for s in (65.0, 65.5, 0, 1.25)] == [
        "65",
        "65.5",
        "0",
        "1.25",
    ]


def test_file_label_names_format_picture_size_and_bytes():
    video = Rendition("web", "v.mp4", "video/mp4", 3_210_000, 10.0, 1280, 720)
    audio = Rendition("broadcast", "a.wav", "audio/wav", 57_931, 10.0)
    assert file_label(video) == "MP4 · 1,280 × 720 · 3.2 MB"
    assert file_label(audio) == "WAV · 57.9 kB"


def _video(**changes) -> Video:
    values = dict(
        folder="2021-02-24-sesion",
        source_path="/x/index.md",
        media="video",
        title="Sesión de Cabildo",
        date=dt.datetime(2021, 2, 24, 10, 0, tzinfo=ZONE),
        area="comunicacion",
        area_name="Comunicación Social",
        kind="sesion",
        kind_name="Sesión de Cabildo",
        summary="Apertura de la sesión.",
        source="/x/grabacion.mp4",
        credit="Comunicación Social",
        body_html="",
        slug="sesion",
        probe=Probe(duration=418.2, container="mov", video_codec="h264", audio_codec="aac"),
        speakers=["Presidenta municipal"],
        chapters=(Chapter(0, "Apertura"), Chapter(65.5, "Orden del día")),
        transcript_text="Se abre la sesión.\n\nPase de lista.",
        renditions=[
            Rendition(
                "web",
                "videoteca/2021/sesion/sesion-ab.mp4",
                "video/mp4",
                9,
                418.2,
                1280,
                720,
            )
        ],
        audio_description="en-la-pista",
    )
    values.update(changes)
    return Video(**values)


def test_video_object_has_what_search_engines_read():
    data = json.loads(str(json_ld(media_object(SITE, _video(), "© 2021"))))
    page = "https://comunicacion.example.gob.mx/videoteca/2021/sesion/"
    assert data["@type"] == "VideoObject"
    assert data["name"] == "Sesión de Cabildo"
    assert data["uploadDate"] == "2021-02-24T10:00:00-06:00"
    assert data["duration"] == "PT6M58S"
    assert data["contentUrl"].endswith("/videoteca/2021/sesion/sesion-ab.mp4")
    assert data["transcript"] == "Se abre la sesión.\n\nPase de lista."
    assert data["actor"] == [{"@type": "Person", "name": "Presidenta municipal"}]
    assert data["hasPart"] == [
        {"@type": "Clip", "name": "Apertura", "startOffset": 0, "endOffset": 66,
         "url": page + "#t=0"},
        {"@type": "Clip", "name": "Orden del día", "startOffset": 65, "endOffset": 418,
         "url": page + "#t=65.5"},
    ]  # fmt: skip
    assert "thumbnailUrl" not in data  # no poster yet: never an empty or made-up URL


def test_audio_object_without_chapters_or_transcript_leaves_them_out():
    audio = Audio(**{
        k: v for k, v in vars(_video(media="audio", chapters=(), transcript_text="")).items()
        if k not in {"captions_file", "audio_description", "described_version", "poster_time"}
    })  # fmt: skip
    data = media_object(SITE, audio, "© 2021")
    assert data["@type"] == "AudioObject"
    assert "hasPart" not in data and "transcript" not in data
    assert data["contributor"] == [{"@type": "Person", "name": "Presidenta municipal"}]


class _Item:
    def __init__(self, title, day, **extra):
        self.title, self.date, self.url = title, dt.datetime(2021, *day, tzinfo=ZONE), title
        self.__dict__.update(extra)


def test_archive_orders_by_date_names_kinds_and_leaves_drafts_out():
    context = {
        "articles": [_Item("b1", (6, 9), number_label="027/2021"), _Item("b0", (2, 1))],
        "galleries": [_Item("g", (2, 24), area_name="Salud")],
        "videoteca": [_Item("v", (2, 24), kind_name="Sesión", duration=5)],
        "fonoteca": [_Item("a", (6, 1), kind_name="Entrevista", duration=70),
                     _Item("borrador", (6, 2), kind_name="x", duration=1, status="draft")],
    }  # fmt: skip
    items = archive_items(context, spoken_duration)
    assert [(i.title, i.kind) for i in items] == [
        ("b1", "Boletín"), ("a", "Audio"), ("g", "Galería de fotos"), ("v", "Video"),
        ("b0", "Boletín"),
    ]  # fmt: skip
    assert items[0].detail == "Boletín 027/2021"
    assert items[1].detail == "Entrevista · 1 min 10 s"
    years = by_year(items)
    assert [(y, [m for m, _ in months]) for y, months in years] == [(2021, [6, 2])]
    assert kind_counts(items) == [
        (2, "boletín", "boletines"), (1, "galería", "galerías"), (1, "video", "videos"),
        (1, "audio", "audios"),
    ]  # fmt: skip


def test_an_audio_file_is_for_listening_not_watching():
    assert role_label("web", "audio") == "para escuchar en línea"
    assert role_label("web", "video") == "para ver en línea"
    assert role_label("broadcast", "audio") == "para estaciones de radio"
