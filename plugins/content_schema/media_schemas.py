"""The schemas of recordings: video (videoteca) and audio (fonoteca).

One folder per recording holds ``index.md``, the file as it came from the
camera, phone or recorder, and its captions or transcript. WCAG 1.2.1 and
1.2.2 make captions (video) and a transcript (audio) required unless the
recording has no speech (``no_speech`` says why); the media plugin checks
that rule, and the files themselves, after these fields.
"""

from __future__ import annotations

from collections.abc import Mapping

from .fields import (
    Choice,
    DateTime,
    FieldSpec,
    LocalFile,
    Record,
    RecordList,
    Slug,
    Text,
    TextList,
)
from .references import Reference
from .schemas import HISTORY, STATUSES

# What a recording is; the videoteca and fonoteca are browsed by it.
RECORDING_KINDS = {
    "sesion": "Sesión de Cabildo",
    "conferencia": "Conferencia de prensa",
    "entrevista": "Entrevista",
    "evento": "Evento público",
    "capsula": "Cápsula informativa",
    "spot": "Spot",
    "mensaje": "Mensaje",
}

# How a video's visual information reaches a person who cannot see it
# (WCAG 1.2.3 / 1.2.5).
AUDIO_DESCRIPTION = {
    "en-la-pista": "la pista de sonido dice todo lo visual que importa",
    "version-descrita": "hay una versión con audiodescripción",
}

VIDEO_FILES = (".mp4", ".mov", ".mts", ".m4v")
AUDIO_FILES = (".wav", ".mp3", ".m4a")
CAPTION_FILES = (".vtt",)
TRANSCRIPT_FILES = (".vtt", ".txt", ".md")

CHAPTER = Record(
    {
        "time": FieldSpec(Text(max_length=12), required=True, help="MM:SS o HH:MM:SS"),
        "title": FieldSpec(Text(max_length=160), required=True, help="título del capítulo"),
    }
)


def _common(areas: Mapping[str, str], media_files: tuple[str, ...]) -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=160), required=True),
        "date": FieldSpec(DateTime(), required=True),
        "area": FieldSpec(Choice(areas), required=True),
        "kind": FieldSpec(Choice(RECORDING_KINDS), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False), required=True),
        "file": FieldSpec(LocalFile(extensions=media_files), required=True),
        "credit": FieldSpec(Text(max_length=120), required=True),
        "place": FieldSpec(Text(max_length=200)),
        "speakers": FieldSpec(TextList()),
        "license": FieldSpec(Text(max_length=200)),
        "transcript": FieldSpec(LocalFile(extensions=TRANSCRIPT_FILES)),
        "no_speech": FieldSpec(Text(max_length=300, single_line=False)),
        "chapters": FieldSpec(RecordList(CHAPTER)),
        "bulletin": FieldSpec(Reference(max_length=160, targets=("bulletin",))),
        "gallery": FieldSpec(Reference(max_length=120, targets=("gallery",))),
        "event": FieldSpec(Reference(max_length=160, targets=("event",))),
        "tags": FieldSpec(TextList()),
        "slug": FieldSpec(Slug()),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }


def video_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return {
        **_common(areas, VIDEO_FILES),
        "captions": FieldSpec(LocalFile(extensions=CAPTION_FILES)),
        "audio_description": FieldSpec(Choice(AUDIO_DESCRIPTION), required=True),
        "described_version": FieldSpec(LocalFile(extensions=VIDEO_FILES)),
        "poster_time": FieldSpec(Text(max_length=12), help="MM:SS del cuadro de portada"),
    }


def audio_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return _common(areas, AUDIO_FILES)
