"""The FFmpeg commands (Debian's ffmpeg CLI) that make each published file.

Every output keeps only the video and audio streams (a phone's timed
location track is a data stream), drops the source's global and stream
metadata (``-map_metadata:g -1 -map_metadata:s -1``: ``©xyz``, ``loci``,
``meta/keys`` location, make, model and software go; chapters stay) and
writes ours; ``+bitexact`` leaves out the encoder's name, so a file is the
same bytes on every run. Loudness is two-pass ``loudnorm``: measure, then
apply linearly with the measured values, at an explicit sample rate.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile

from .probe import probe
from .recipe import MediaJob, MediaRecipe, Tags

FFMPEG = "ffmpeg"
STRIP = ["-map_metadata:g", "-1", "-map_metadata:s", "-1", "-fflags", "+bitexact"]


class TranscodeError(Exception):
    """FFmpeg could not make the file; ``detail`` is its last words."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def ffmpeg_path() -> str:
    found = shutil.which(FFMPEG)
    if found is None:  # an install problem, not a content mistake
        raise RuntimeError(
            "falta ffmpeg (paquete de Debian ffmpeg); `make html` lo instala"
        )
    return found


def run(args: list[str], duration: float = 0.0, progress=None) -> None:
    """Run ffmpeg; ``progress(fraction)`` from ``-progress pipe:1`` when given."""
    command = [ffmpeg_path(), "-hide_banner", "-nostdin", "-y", "-v", "error"]
    if progress is not None:
        command += ["-progress", "pipe:1", "-nostats"]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command + args,
            stdout=subprocess.PIPE if progress else subprocess.DEVNULL,
            stderr=errors,
            text=True,
        )
        if progress is not None:
            for line in process.stdout:
                if line.startswith("out_time_us=") and duration > 0:
                    try:
                        done = int(line.split("=", 1)[1]) / 1e6
                    except ValueError:
                        continue
                    progress(min(1.0, max(0.0, done / duration)))
        process.wait()
        if process.returncode != 0:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise TranscodeError(
                "FFmpeg: " + (lines[-1] if lines else f"código {process.returncode}")
            )


def measure_loudness(source: str, recipe: MediaRecipe, target: float) -> dict:
    """loudnorm's first pass: the source's integrated loudness, peak, range."""
    command = [
        ffmpeg_path(), "-hide_banner", "-nostdin", "-i", source, "-map", "0:a:0", "-vn",
        "-af", f"loudnorm=I={target}:TP={recipe.true_peak}:LRA={recipe.loudness_range}"
        ":print_format=json", "-f", "null", "-",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    found = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", result.stderr)
    if result.returncode != 0 or not found:
        lines = result.stderr.strip().splitlines()
        raise TranscodeError(
            "FFmpeg: " + (lines[-1] if lines else "sin medición de sonoridad")
        )
    return json.loads(found.group(0))


def loudness_filter(measured: dict, recipe: MediaRecipe, target: float) -> str:
    """loudnorm's second pass, linear, with the first pass's figures."""
    if measured["input_i"] in ("-inf", "inf") or float(measured["input_i"]) < -70:
        return "anull"  # silence: nothing to normalise (and loudnorm would divide by it)
    lra = max(recipe.loudness_range, float(measured["input_lra"]))  # keep it linear
    return (
        f"loudnorm=I={target}:TP={recipe.true_peak}:LRA={lra}"
        f":measured_I={measured['input_i']}:measured_TP={measured['input_tp']}"
        f":measured_LRA={measured['input_lra']}:measured_thresh={measured['input_thresh']}"
        f":offset={measured['target_offset']}:linear=true"
    )


def _tag_args(tags: Tags | None, fields: dict[str, str]) -> list[str]:
    if tags is None:
        return []
    args = []
    for key, attribute in fields.items():
        value = str(getattr(tags, attribute) or "")
        if value:
            args += ["-metadata", f"{key}={value}"]
    return args


MP4_TAGS = {"title": "title", "artist": "credit", "copyright": "copyright",
            "date": "year", "comment": "description"}  # fmt: skip
MP3_TAGS = {"title": "title", "artist": "credit", "copyright": "copyright", "date": "year"}
BEXT_TAGS = {"description": "description", "originator": "credit",
             "originator_reference": "reference", "origination_date": "date",
             "origination_time": "time"}  # fmt: skip


def frame_size(width: int, height: int, rotation: int, short_side: int) -> tuple[int, int]:
    """The upright size at ``short_side`` (0: the source's), never upscaled, even."""
    if rotation in (90, 270):
        width, height = height, width
    short = min(width, height)
    scale = short_side / short if short_side and short > short_side else 1.0
    return (max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2))


def video(job: MediaJob, target: str, progress=None) -> tuple[int, int]:
    """An MP4 (H.264 yuv420p, AAC, moov first) at the job's size; returns it."""
    recipe = job.recipe
    probed = probe(job.source)
    width, height = frame_size(probed.width, probed.height, probed.rotation, job.height)
    crf = recipe.crf if job.height else recipe.press_crf
    args = ["-i", job.source, "-map", "0:v:0", "-vf", f"scale={width}:{height},setsar=1",
            "-c:v", "libx264", "-preset", recipe.preset, "-crf", str(crf),
            "-profile:v", "high", "-pix_fmt", "yuv420p"]  # fmt: skip
    if probed.has_audio:
        measured = measure_loudness(job.source, recipe, recipe.web_loudness)
        args += ["-map", "0:a:0", "-af", loudness_filter(measured, recipe, recipe.web_loudness),
                 "-c:a", "aac", "-b:a", f"{recipe.video_audio_bitrate}k", "-ar", "48000"]  # fmt: skip
    args += STRIP + _tag_args(job.tags, MP4_TAGS)
    args += ["-movflags", "+faststart", "-f", "mp4", target]
    run(args, probed.duration, progress)
    return width, height


def mp3(job: MediaJob, target: str, progress=None) -> None:
    recipe = job.recipe
    measured = measure_loudness(job.source, recipe, recipe.web_loudness)
    args = ["-i", job.source, "-map", "0:a:0", "-vn",
            "-af", loudness_filter(measured, recipe, recipe.web_loudness), "-ar", "44100",
            "-c:a", "libmp3lame", "-b:a", f"{recipe.mp3_bitrate}k",
            "-id3v2_version", "3", "-write_id3v1", "0"]  # fmt: skip
    args += STRIP + _tag_args(job.tags, MP3_TAGS) + ["-f", "mp3", target]
    run(args, probe(job.source).duration, progress)


def wav(job: MediaJob, target: str, progress=None) -> None:
    """Broadcast WAV: 48 kHz 16-bit PCM at -23 LUFS with a bext chunk."""
    recipe = job.recipe
    measured = measure_loudness(job.source, recipe, recipe.broadcast_loudness)
    args = ["-i", job.source, "-map", "0:a:0", "-vn",
            "-af", loudness_filter(measured, recipe, recipe.broadcast_loudness),
            "-ar", "48000", "-c:a", "pcm_s16le", "-write_bext", "1"]  # fmt: skip
    args += STRIP + _tag_args(job.tags, BEXT_TAGS) + ["-f", "wav", target]
    run(args, probe(job.source).duration, progress)


def poster(job: MediaJob, target: str) -> None:
    """A frame from inside the recording, as an RGB PNG for the image pipeline.

    Staff's ``poster_time`` wins; else FFmpeg's ``thumbnail`` filter picks the
    most representative of the frames after the first second (a fade from
    black or a slate at 0 s is never the poster)."""
    probed = probe(job.source)
    width, _ = frame_size(probed.width, probed.height, probed.rotation, 0)
    scale = f"scale={min(width, job.recipe.poster_width)}:-2"
    if 0 <= job.poster_at < probed.duration:
        start, chooser = job.poster_at, ""
    else:
        start = 1.0 if probed.duration > 2.5 else probed.duration / 3
        frames = max(1, int(min(3.0, probed.duration - start) * (probed.frame_rate or 25)))
        chooser = f"thumbnail={min(frames, 90)},"
    run(["-ss", f"{start:.3f}", "-i", job.source, "-map", "0:v:0",
         "-vf", chooser + scale, "-frames:v", "1", "-pix_fmt", "rgb24", *STRIP,
         "-f", "image2", "-c:v", "png", target])  # fmt: skip
    if not os.path.getsize(target):
        raise TranscodeError("sin cuadro para la portada")


def waveform(job: MediaJob, target: str) -> None:
    """The recording's waveform on an opaque background (the image pipeline
    rejects transparency), as an RGB PNG."""
    width, height = job.recipe.waveform_size
    graph = (
        f"[0:a:0]aformat=channel_layouts=mono,showwavespic=s={width}x{height}"
        f":colors=0x1d4e89:scale=sqrt[w];color=c=0xf4f6f8:s={width}x{height}[bg];"
        "[bg][w]overlay=format=auto:shortest=1,format=rgb24"
    )
    run(["-i", job.source, "-filter_complex", graph, "-frames:v", "1", *STRIP,
         "-f", "image2", "-c:v", "png", target])  # fmt: skip
