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

from .model import Recording

CHAPTERS_VERSION = "1.2.0"


@dataclass(frozen=True)
class SideFiles:
    chapters_url: str = ""  # site-relative, "" when the recording has no chapters
    transcript_url: str = ""  # site-relative .txt, "" when there is no transcript


def plain_transcript(recording: Recording) -> str:
    """The plain text of the transcript (the captions' text for a video),
    as the content checks read it (``media.transcript``)."""
    return recording.transcript_text


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
            for chapter in recording.chapters
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
    if recording.chapters:
        document = chapters_document(recording, podcast_name, settings["PORTAL_URL"])
        data = json.dumps(document, ensure_ascii=False, indent=2).encode() + b"\n"
        chapters_url = _write_versioned(output_path, recording, "capitulos", ".json", data)
    text = plain_transcript(recording)
    if text:
        data = f"{recording.title}\n\n{text}\n".encode()
        transcript_url = _write_versioned(
            output_path, recording, "transcripcion", ".txt", data
        )
    return SideFiles(chapters_url=chapters_url, transcript_url=transcript_url)
