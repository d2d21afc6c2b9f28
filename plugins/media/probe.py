"""What a media file holds, read by ffprobe (Debian's ffmpeg package).

A file ffprobe cannot read, or one without the streams its kind needs, is a
``MediaError`` whose message is in Spanish for staff: the build reports it
with the file and field like any other content mistake.
"""

from __future__ import annotations

import json
import shutil
import subprocess

from .model import Probe

FFPROBE = "ffprobe"
ACCEPTED = "MP4, MOV o MTS para video; WAV, MP3 o M4A para audio"


class MediaError(ValueError):
    """A media file the portal cannot publish; the message is for staff."""


def ffprobe_path() -> str:
    found = shutil.which(FFPROBE)
    if found is None:  # an install problem, not a content mistake
        raise RuntimeError(
            "falta ffprobe (paquete de Debian ffmpeg); `make html` lo instala"
        )
    return found


def probe(path: str) -> Probe:
    """The streams and duration of ``path``, or ``MediaError``."""
    result = subprocess.run(
        [ffprobe_path(), "-v", "error", "-print_format", "json", "-show_format",
         "-show_streams", path],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        data = json.loads(result.stdout or "{}")
    except json.JSONDecodeError:
        data = {}
    streams = data.get("streams", [])
    fmt = data.get("format", {})
    if result.returncode != 0 or not streams or "duration" not in fmt:
        raise MediaError(
            "no se puede leer como video ni como audio: el archivo está dañado, "
            f"incompleto o en un formato que el portal no acepta; se espera {ACCEPTED}"
        )
    video = next(
        (
            s
            for s in streams
            if s.get("codec_type") == "video"
            and not s.get("disposition", {}).get("attached_pic")
        ),
        {},
    )
    audio = next((s for s in streams if s.get("codec_type") == "audio"), {})
    return Probe(
        duration=float(fmt["duration"]),
        container=fmt.get("format_name", ""),
        video_codec=video.get("codec_name", ""),
        audio_codec=audio.get("codec_name", ""),
        width=int(video.get("width", 0)),
        height=int(video.get("height", 0)),
        frame_rate=_rate(video.get("avg_frame_rate", "0/1")),
        sample_rate=int(audio.get("sample_rate", 0) or 0),
        channels=int(audio.get("channels", 0) or 0),
        rotation=_rotation(video),
    )


def _rate(text: str) -> float:
    num, _, den = text.partition("/")
    try:
        return float(num) / float(den or 1) if float(den or 1) else 0.0
    except ValueError:
        return 0.0


def _rotation(stream: dict) -> int:
    """The rotation a phone wrote (a tag in older files, side data in newer)."""
    tag = stream.get("tags", {}).get("rotate")
    if tag:
        return int(tag) % 360
    for side in stream.get("side_data_list", []):
        if "rotation" in side:
            return int(side["rotation"]) % 360
    return 0
