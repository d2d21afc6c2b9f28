"""Recordings (video and audio) and what is published of them, as plain data.

The loader fills the schema's fields (``content_schema.media_schemas``); the
processing step fills ``renditions``, ``poster`` and ``waveform``; the
linking pass fills ``bulletin``, ``gallery`` and ``event``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content_schema.history import HistoryEntry, latest
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED


@dataclass(frozen=True)
class Probe:
    """What ffprobe says of a media file."""

    duration: float  # seconds
    container: str  # ffprobe's format_name: "mov,mp4,m4a,3gp,3g2,mj2", "wav"…
    video_codec: str = ""  # "" when there is no video stream
    audio_codec: str = ""  # "" when there is no audio stream
    width: int = 0
    height: int = 0
    frame_rate: float = 0.0
    sample_rate: int = 0
    channels: int = 0
    rotation: int = 0  # degrees a phone asks the player to turn the picture

    @property
    def has_video(self) -> bool:
        return bool(self.video_codec)

    @property
    def has_audio(self) -> bool:
        return bool(self.audio_codec)


@dataclass(frozen=True)
class Cue:
    """One caption or transcript cue, times in seconds."""

    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Chapter:
    start: float  # seconds from the beginning
    title: str


# What each published file is for; its label on the page comes from here.
ROLES = {
    "web": "para ver en línea",
    "press": "para prensa, tamaño original",
    "podcast": "para escuchar y podcast",
    "broadcast": "para estaciones de radio",
    "described": "con audiodescripción",
}


@dataclass(frozen=True)
class Rendition:
    """One published file of a recording (the web MP4, the broadcast WAV…)."""

    role: str  # a key of ROLES
    url: str  # site-relative, with a content version in the name
    mime: str  # "video/mp4", "audio/mpeg", "audio/wav"
    size: int  # bytes
    duration: float  # seconds
    width: int = 0
    height: int = 0

    @property
    def format_name(self) -> str:
        return {"video/mp4": "MP4", "audio/mpeg": "MP3", "audio/wav": "WAV"}.get(
            self.mime, self.mime
        )


@dataclass
class Recording:
    """What a video and an audio share (``Video``, ``Audio`` below)."""

    folder: str = field(metadata=DERIVED)  # "2021-02-24-sesion-de-cabildo"
    source_path: str = field(metadata=DERIVED)  # absolute path of index.md
    media: str = field(metadata=DERIVED)  # "video" or "audio": the kind's key
    title: str
    date: dt.datetime
    area: str
    area_name: str = field(metadata=DERIVED)
    kind: str
    kind_name: str = field(metadata=DERIVED)
    summary: str
    source: str = field(metadata={"field": "file"})  # absolute path of the file
    credit: str
    body_html: str = field(metadata=DERIVED)
    slug: str
    probe: Probe = field(metadata=DERIVED)
    place: str = ""
    speakers: list[str] = field(default_factory=list)
    license: str = ""  # empty: the site's MEDIA_LICENSE
    transcript_file: str = field(default="", metadata={"field": "transcript"})
    no_speech: str = ""  # why it has no captions or transcript
    chapters_written: list[dict] = field(default_factory=list, metadata={"field": "chapters"})
    tags: list[str] = field(default_factory=list)
    bulletin_ref: str | None = None
    gallery_ref: str | None = None
    event_ref: str | None = None
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()
    # Derived from the files:
    cues: tuple[Cue, ...] = field(default=(), metadata=DERIVED)  # captions or transcript
    transcript_text: str = field(default="", metadata=DERIVED)  # plain text, paragraphs
    chapters: tuple[Chapter, ...] = field(default=(), metadata=DERIVED)
    renditions: list[Rendition] = field(default_factory=list, metadata=DERIVED)
    captions_url: str = field(default="", metadata=DERIVED)  # published .vtt
    poster: object = field(default=None, metadata=DERIVED)  # images.Picture
    waveform: object = field(default=None, metadata=DERIVED)  # images.Picture
    # Linked:
    bulletin: object = None
    gallery: object = None
    event: object = None

    @property
    def updated(self) -> dt.datetime:
        return latest(self.date, history=self.history)

    @property
    def duration(self) -> float:
        return self.probe.duration

    @property
    def url(self) -> str:
        return KIND_BY_KEY[self.media].url.format(year=self.date.year, slug=self.slug)

    @property
    def save_as(self) -> str:
        return self.url + "index.html"

    def rendition(self, role: str) -> Rendition | None:
        return next((r for r in self.renditions if r.role == role), None)


@dataclass
class Video(Recording):
    captions_file: str = field(default="", metadata={"field": "captions"})  # absolute
    audio_description: str = ""  # a key of AUDIO_DESCRIPTION
    described_version: str = ""  # absolute path of the described file
    poster_time: str = ""  # "MM:SS" chosen by staff


@dataclass
class Audio(Recording):
    pass
