"""The published files of each recording (renditions, captions, poster, waveform).

FOUNDATION STUB: the source is copied under each role's name so pages and
feeds have real-shaped data. The processing work (transcode once, keyed by
content, cached outside output/, no location or device data, loudness,
poster through the image pipeline, waveform) replaces this module's body;
its entry point, ``publish_media``, and the roles stay:

- video: "web" (MP4 H.264/AAC, 720p), "press" (the source's size, only when
  larger than the web size), "described" (when there is a described version);
- audio: "web" (MP3 at -16 LUFS: the page's player and the podcast
  enclosure), "broadcast" (WAV at -23 LUFS with Broadcast WAV metadata);
- ``captions_url``: the published WebVTT of a video (or of a timed transcript);
- ``poster`` (video) and ``waveform`` (audio): ``images.Picture``.
"""

from __future__ import annotations

import hashlib
import os
import shutil

from .model import Recording, Rendition

MIME = {".mp4": "video/mp4", ".mov": "video/mp4", ".m4v": "video/mp4",
        ".mp3": "audio/mpeg", ".wav": "audio/wav", ".m4a": "audio/mp4"}  # fmt: skip


def _version(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()[:10]


def _copy(recording: Recording, source: str, output_path: str, suffix: str) -> str:
    ext = os.path.splitext(source)[1].lower()
    url = f"{recording.url}{recording.slug}{suffix}-{_version(source)}{ext}"
    target = os.path.join(output_path, url)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(source, target)
    return url


def publish_media(recordings: list[Recording], settings, output_path: str) -> None:
    """Fill each recording's renditions, captions, poster and waveform; write the files."""
    for recording in recordings:
        probe = recording.probe
        roles = ["web", "broadcast"] if recording.media == "audio" else ["web"]
        if recording.media == "video" and probe.height > 720:
            roles.append("press")
        renditions = []
        for role in roles:
            suffix = "" if role == "web" else f"-{role}"
            url = _copy(recording, recording.source, output_path, suffix)
            ext = os.path.splitext(url)[1]
            renditions.append(
                Rendition(
                    role=role,
                    url=url,
                    mime=MIME.get(ext, "application/octet-stream"),
                    size=os.path.getsize(os.path.join(output_path, url)),
                    duration=probe.duration,
                    width=probe.width,
                    height=probe.height,
                )
            )
        recording.renditions = renditions
        captions = getattr(recording, "captions_file", "")
        if captions:
            recording.captions_url = _copy(recording, captions, output_path, "-subtitulos")
