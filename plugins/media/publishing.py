"""The published files of each recording (renditions, poster, waveform).

FOUNDATION STUB: today the source is copied as the "web" rendition so pages
and feeds have real-shaped data. The processing work (transcode once, keyed
by content, cached outside output/, no location or device data, loudness,
poster through the image pipeline, waveform) replaces this module's body;
its one entry point, ``publish_media``, stays.
"""

from __future__ import annotations

import hashlib
import os
import shutil

from .model import Recording, Rendition

MIME = {".mp4": "video/mp4", ".mov": "video/mp4", ".m4v": "video/mp4",
        ".mp3": "audio/mpeg", ".wav": "audio/wav", ".m4a": "audio/mp4"}  # fmt: skip


def publish_media(recordings: list[Recording], settings, output_path: str) -> None:
    """Fill each recording's ``renditions`` (and poster, waveform) and write the files."""
    for recording in recordings:
        with open(recording.source, "rb") as handle:
            version = hashlib.sha256(handle.read()).hexdigest()[:10]
        ext = os.path.splitext(recording.source)[1].lower()
        name = f"{recording.slug}-{version}{ext}"
        url = recording.url + name
        target = os.path.join(output_path, url)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(recording.source, target)
        recording.renditions = [
            Rendition(
                role="web",
                url=url,
                mime=MIME.get(ext, "application/octet-stream"),
                size=os.path.getsize(target),
                duration=recording.probe.duration,
                width=recording.probe.width,
                height=recording.probe.height,
            )
        ]
