"""The files a podcast app reads beside each recording: chapters and transcript.

- Chapters as Podcasting 2.0 JSON chapters (``application/json+chapters``,
  https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md).
- The transcript as plain text (``text/plain``), for the apps that show a
  transcript but read no WebVTT, and for a recording whose transcript has no
  times.

Both names carry a version of their bytes, like every published media file:
a changed file gets a new URL and never replaces another one at the same URL.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass

from .model import Chapter, Recording

CHAPTERS_VERSION = "1.2.0"


@dataclass(frozen=True)
class SideFiles:
    chapters_url: str = ""  # site-relative, "" when the recording has no chapters
    transcript_url: str = ""  # site-relative .txt, "" when there is no transcript


def _seconds(time: str) -> float:
    """A time as written in index.md ("MM:SS" or "HH:MM:SS"), in seconds."""
    total = 0.0
    for part in time.split(":"):
        total = total * 60 + float(part)
    return total


def chapters_of(recording: Recording) -> tuple[Chapter, ...]:
    """The model's chapters; until the content checks fill them, the ones written."""
    if recording.chapters:
        return recording.chapters
    try:
        return tuple(
            Chapter(start=_seconds(c["time"]), title=c["title"])
            for c in recording.chapters_written
        )
    except (KeyError, ValueError):
        return ()


def transcript_of(recording: Recording) -> str:
    """The plain text of the transcript (captions' text for a video)."""
    if recording.transcript_text:
        return recording.transcript_text
    if recording.cues:
        return "\n".join(cue.text for cue in recording.cues)
    source = recording.transcript_file
    if source.endswith(".txt") and os.path.isfile(source):  # until transcript.py lands
        with open(source, encoding="utf-8") as handle:
            return handle.read().strip()
    return ""


def chapters_document(recording: Recording, podcast_name: str, portal: str) -> dict:
    page = f"{portal}/{recording.url}"
    return {
        "version": CHAPTERS_VERSION,
        "title": recording.title,
        "podcastName": podcast_name,
        "author": recording.credit,
        "chapters": [
            {
                "startTime": round(chapter.start, 3),
                "title": chapter.title,
                "url": f"{page}#t={round(chapter.start)}",
            }
            for chapter in chapters_of(recording)
        ],
    }


def _write_versioned(output_path: str, recording: Recording, name: str, ext: str,
                     data: bytes) -> str:  # fmt: skip
    version = hashlib.sha256(data).hexdigest()[:10]
    url = f"{recording.url}{recording.slug}-{name}-{version}{ext}"
    target = os.path.join(output_path, url)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(data)
    return url


def write_side_files(
    recording: Recording, podcast_name: str, settings, output_path: str
) -> SideFiles:
    """Write the chapters JSON and the transcript .txt of one recording."""
    chapters_url = transcript_url = ""
    if chapters_of(recording):
        document = chapters_document(recording, podcast_name, settings["PORTAL_URL"])
        data = json.dumps(document, ensure_ascii=False, indent=2).encode() + b"\n"
        chapters_url = _write_versioned(output_path, recording, "capitulos", ".json", data)
    text = transcript_of(recording)
    if text:
        data = f"{recording.title}\n\n{text}\n".encode()
        transcript_url = _write_versioned(
            output_path, recording, "transcripcion", ".txt", data
        )
    return SideFiles(chapters_url=chapters_url, transcript_url=transcript_url)
