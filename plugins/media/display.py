"""How a recording's figures read on a page, in Mexican Spanish: its
duration («3 min 12 s»), a published file («MP4 · 1280 × 720 · 3.2 MB»)
and a chapter's time («1:05»), computed once here for every template."""

from __future__ import annotations

from presentation.numbers import count, file_size

from .model import ROLES, Rendition

# An audio's "web" file is for listening (and the podcast), not «para ver».
AUDIO_ROLES = {**ROLES, "web": "para escuchar en línea"}


def _whole_seconds(seconds: float) -> int:
    return max(0, int(seconds + 0.5))


def spoken_duration(seconds: float) -> str:
    """«1 h 4 min 5 s», «3 min 12 s», «6 s»: units that are zero are left out."""
    total = _whole_seconds(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{count(hours)} h"] if hours else []
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return " ".join(parts)


def clock(seconds: float) -> str:
    """«1:05», «1:02:03»: a time inside a recording, as players show it."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def fragment_seconds(seconds: float) -> str:
    """The ``#t=`` value of a media fragment: «65» or «65.5», never «65.0»."""
    return f"{seconds:.3f}".rstrip("0").rstrip(".")


def file_label(rendition: Rendition) -> str:
    """«MP4 · 1280 × 720 · 3.2 MB», «MP3 · 58.0 kB»: format, picture size, bytes."""
    parts = [rendition.format_name]
    if rendition.width and rendition.height and rendition.mime.startswith("video/"):
        parts.append(f"{count(rendition.width)} × {count(rendition.height)}")
    parts.append(file_size(rendition.size))
    return " · ".join(parts)


def role_label(role: str, media: str) -> str:
    """What a published file is for, as its download link says it."""
    return (AUDIO_ROLES if media == "audio" else ROLES)[role]


FILTERS = {
    "rol_media": role_label,
    "duracion": spoken_duration,
    "reloj": clock,
    "segundos_fragmento": fragment_seconds,
    "archivo_media": file_label,
}
