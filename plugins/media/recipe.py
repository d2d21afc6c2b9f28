"""What to make of each recording: the recipe is part of every output's cache key.

Plain frozen data, so jobs pickle to worker processes and hash to the same
key on every machine. ``MEDIA_VERSION`` changes when the commands change in
a way the recipe's numbers do not show (a new filter, a new metadata rule).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

# "1": H.264/AAC faststart, two-pass loudnorm, no source metadata, bitexact muxing.
MEDIA_VERSION = "1"


@dataclass(frozen=True)
class MediaRecipe:
    web_height: int = 720  # the short side of the web video (never upscaled)
    crf: int = 23
    preset: str = "veryfast"
    press_crf: int = 20
    video_audio_bitrate: int = 128  # kb/s, AAC in the MP4s
    mp3_bitrate: int = 128  # kb/s: web player and podcast enclosure
    web_loudness: float = -16.0  # LUFS, web, podcast and the MP4s' audio
    broadcast_loudness: float = -23.0  # LUFS, EBU R128, the radio WAV
    true_peak: float = -1.5  # dBTP
    loudness_range: float = 11.0  # LU, loudnorm's LRA target
    poster_width: int = 1280  # the frame handed to the image pipeline
    waveform_size: tuple[int, int] = (1600, 240)

    def fingerprint(self, *parts) -> str:
        return json.dumps([MEDIA_VERSION, asdict(self), *parts], sort_keys=True)


@dataclass(frozen=True)
class Tags:
    """Our own metadata, the only metadata a published file carries."""

    title: str
    credit: str
    copyright: str
    year: int
    description: str = ""
    date: str = ""  # ISO date "2021-02-24" (Broadcast WAV origination date)
    time: str = ""  # "10:00:00"
    reference: str = ""  # Broadcast WAV originator reference (the recording's folder)


@dataclass(frozen=True)
class MediaJob:
    """One output file of one source; everything a worker process needs.

    ``output``: "video" (an MP4 at ``height``, or the source's size when 0),
    "mp3", "wav", "poster" or "waveform".
    """

    source: str
    output: str
    recipe: MediaRecipe
    tags: Tags | None = None
    height: int = 0  # the short side for "video"; 0 keeps the source's
    label: str = ""  # what the progress line says: "video 720p", "audio MP3"…
    name: str = ""  # the recording's slug, for the progress line
    poster_at: float = -1.0  # seconds chosen by staff; < 0: choose a frame

    def fingerprint(self) -> str:
        tags = asdict(self.tags) if self.tags else None
        return self.recipe.fingerprint(self.output, self.height, tags, self.poster_at)


@dataclass(frozen=True)
class MediaResult:
    """A job's file in the cache."""

    source: str
    path: str  # the cached file
    key: str  # its cache key: the published name's version
    worked: bool  # False when the cache had it
    duration: float = 0.0
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class MediaProblem:
    """A source that cannot be published, with the reason for staff (Spanish)."""

    source: str
    message: str
