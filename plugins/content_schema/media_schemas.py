"""The schemas of recordings: video (videoteca) and audio (fonoteca).

One folder per recording holds ``index.md``, the file as it came from the
camera, phone or recorder, and its captions or transcript. WCAG 1.2.1 and
1.2.2 make captions (video) and a transcript (audio) required unless the
recording has no speech (``no_speech`` says why); the media plugin checks
that rule, and the files themselves, after these fields.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from .fields import (
    Choice,
    DateTime,
    FieldError,
    FieldSpec,
    LocalFile,
    Record,
    RecordList,
    Slug,
    Text,
    TextList,
    ValidationContext,
)
from .reading_cache import note_file
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

# What each file field holds, for its messages: (what it is, what is accepted).
ROLES = {
    "video": ("el video completo", "un video MP4, MOV, MTS o M4V"),
    "audio": ("el audio completo", "un audio WAV, MP3 o M4A"),
    "captions": ("los subtítulos completos", "subtítulos en WebVTT (.vtt)"),
    "transcript": ("la transcripción completa", "una transcripción .txt, .md o .vtt"),
}
# Where a file of the other kind goes.
ELSEWHERE = {
    "video": (AUDIO_FILES, "es un audio: un audio va en su propia carpeta en "
              "content/fonoteca/AAAA-MM-DD-nombre/"),
    "audio": (VIDEO_FILES, "es un video: un video va en su propia carpeta en "
              "content/videoteca/AAAA-MM-DD-nombre/"),
}  # fmt: skip


@dataclass(frozen=True)
class MediaFile(LocalFile):
    """A file of the recording's folder; its messages say what it must be."""

    role: str = "video"

    @property
    def expected(self) -> str:
        return f"la ruta de {ROLES[self.role][1]} relativa a este archivo"

    def clean(self, value, ctx: ValidationContext) -> str:
        accepted = ROLES[self.role][1]
        if isinstance(value, str) and value.strip():
            name = value.strip()
            ext = os.path.splitext(name)[1].lower()
            if ext not in self.extensions:
                other, where = ELSEWHERE.get(self.role, ((), ""))
                if ext in other:
                    raise FieldError(f"'{name}' {where}")
                if self.role == "captions" and ext == ".srt":
                    raise FieldError(
                        f"'{name}' es SRT; el portal usa WebVTT (.vtt): conviértalo "
                        "(ver la sección 3.7 de la guía)"
                    )
                shown = ext or "sin extensión"
                raise FieldError(
                    f"'{name}' está en un formato que el portal no acepta ({shown}); "
                    f"se espera {accepted}"
                )
            full = os.path.join(os.path.dirname(ctx.source_path), name)
            note_file(ctx, full)
            if os.path.isfile(full) and os.path.getsize(full) == 0:
                raise FieldError(
                    f"'{name}' está vacío (0 bytes: ¿se copió a medias?); vuelva a copiar "
                    f"{ROLES[self.role][0]}"
                )
        return super().clean(value, ctx)


@dataclass(frozen=True)
class Reason(Text):
    """Why a recording has no captions or transcript: a reason, not a yes."""

    expected = 'la razón, por ejemplo: "Solo música y tomas del desfile, sin voz."'

    def clean(self, value, ctx: ValidationContext) -> str:
        if isinstance(value, bool) or (
            isinstance(value, str) and value.strip().lower() in ("sí", "si", "no", "true")
        ):
            said = str(value).lower() if isinstance(value, bool) else value.strip()
            raise FieldError(f"dice '{said}' pero no por qué; se espera {self.expected}")
        text = super().clean(value, ctx)
        if len(text.split()) < 2:
            raise FieldError(
                f"'{text}' no dice por qué no hay voz; se espera {self.expected}"
            )
        return text


CHAPTER = Record(
    {
        "time": FieldSpec(Text(max_length=12), required=True, help="MM:SS o HH:MM:SS"),
        "title": FieldSpec(Text(max_length=160), required=True, help="título del capítulo"),
    }
)


def _common(areas: Mapping[str, str], media: str) -> dict[str, FieldSpec]:
    media_files = VIDEO_FILES if media == "video" else AUDIO_FILES
    return {
        "title": FieldSpec(Text(max_length=160), required=True),
        "date": FieldSpec(DateTime(), required=True),
        "area": FieldSpec(Choice(areas), required=True),
        "kind": FieldSpec(Choice(RECORDING_KINDS), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False), required=True),
        "file": FieldSpec(MediaFile(extensions=media_files, role=media), required=True),
        "credit": FieldSpec(Text(max_length=120), required=True),
        "place": FieldSpec(Text(max_length=200)),
        "speakers": FieldSpec(TextList()),
        "license": FieldSpec(Text(max_length=200)),
        "transcript": FieldSpec(MediaFile(extensions=TRANSCRIPT_FILES, role="transcript")),
        "no_speech": FieldSpec(Reason(max_length=300, single_line=False)),
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
        **_common(areas, "video"),
        "captions": FieldSpec(MediaFile(extensions=CAPTION_FILES, role="captions")),
        "audio_description": FieldSpec(Choice(AUDIO_DESCRIPTION), required=True),
        "described_version": FieldSpec(MediaFile(extensions=VIDEO_FILES, role="video")),
        "poster_time": FieldSpec(Text(max_length=12), help="MM:SS del cuadro de portada"),
    }


def audio_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return _common(areas, "audio")
