#!/usr/bin/env python3
"""Benchmark the media pipeline against plain FFmpeg: a measurement, never a test.

    .venv/bin/python tools/bench/bench_media.py           # 25 s of 1080p30, 60 s of audio, 3 runs
    .venv/bin/python tools/bench/bench_media.py --small   # 6 s and 15 s, 1 run: a quick look

Everything lives under ``<tempdir>/portal-bench-media/``: a grainy synthetic
1080p30 video (lavfi ``testsrc2`` + ``noise``, a tone as its sound) and a
WAV of speech-like noise, made once and reused. Each run, interleaved:

- ours, video: the pipeline's jobs for that video (``media.publishing.jobs_of``:
  web 720p, press 1080p, poster), cold cache, ``MEDIA_WORKERS`` = all cores;
- floor, video: plain ``ffmpeg`` making the same two MP4s (same x264 preset
  and crf, AAC, faststart), without loudness passes, poster or probing;
- ours, audio: MP3 at -16 LUFS, Broadcast WAV at -23 LUFS, waveform;
- floor, audio: plain ``ffmpeg`` making the MP3 and the WAV without loudnorm.

Then a real build of a site holding the two recordings, on the cache the
last run filled (same content and recipe: nothing to convert), and again
with nothing new (``--force``): neither may do media work. Figures are seconds of wall time
per minute of source (medians).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from media.media_cache import MediaStore  # noqa: E402
from media.pool import run_all  # noqa: E402
from media.probe import probe  # noqa: E402
from media.publishing import jobs_of  # noqa: E402
from media.recipe import MediaRecipe  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "portal-bench-media"
SETTINGS = {"MEDIA_COPYRIGHT": "© {year}. Uso libre citando la fuente."}


def ffmpeg(*args) -> None:
    subprocess.run(
        [shutil.which("ffmpeg"), "-hide_banner", "-v", "error", "-y", *map(str, args)],
        check=True,
    )


def sources(video_s: int, audio_s: int) -> tuple[Path, Path]:
    WORK.mkdir(exist_ok=True)
    video = WORK / f"video-1080p30-{video_s}s.mp4"
    audio = WORK / f"audio-{audio_s}s.wav"
    if not video.exists():
        ffmpeg("-f", "lavfi", "-i", f"testsrc2=s=1920x1080:r=30:d={video_s}",
               "-f", "lavfi", "-i", f"sine=f=220:d={video_s}",
               "-vf", "noise=alls=20:allf=t+u", "-af", "volume=-18dB",
               "-c:v", "libx264", "-preset", "ultrafast", "-qp", "12", "-c:a", "aac",
               "-b:a", "192k", video)  # fmt: skip
    if not audio.exists():
        ffmpeg("-f", "lavfi", "-i", f"anoisesrc=c=pink:d={audio_s}:a=0.1",
               "-af", "tremolo=f=3:d=0.8,lowpass=f=4000", "-ar", "48000",
               "-c:a", "pcm_s16le", audio)  # fmt: skip
    return video, audio


def recording(path: Path, media: str, slug: str):
    """What jobs_of reads of a recording (the loader's fields)."""
    return types.SimpleNamespace(
        media=media, source=str(path), probe=probe(str(path)), slug=slug,
        title="Prueba de rendimiento", credit="Comunicación Social",
        summary="Grabación sintética para medir.", date=datetime(2026, 1, 15, 10, 0),
        folder=f"2026-01-15-{slug}", described_version="", poster_time="",
    )  # fmt: skip


CACHE = WORK / "cache-run"  # emptied each round; the site builds below read it


def ours(rec, workers: int | None) -> float:
    cache = CACHE
    jobs = list(jobs_of(rec, MediaRecipe(), SETTINGS).values())
    started = time.perf_counter()
    results, problems = run_all(jobs, MediaStore(str(cache)), workers)
    elapsed = time.perf_counter() - started
    assert not problems and all(r.worked for r in results.values()), problems
    return elapsed


def floor_video(path: Path) -> float:
    recipe, out = MediaRecipe(), WORK / "floor"
    out.mkdir(exist_ok=True)
    started = time.perf_counter()
    common = ["-c:v", "libx264", "-preset", recipe.preset, "-pix_fmt", "yuv420p",
              "-c:a", "aac", "-b:a", f"{recipe.video_audio_bitrate}k", "-movflags", "+faststart"]  # fmt: skip
    ffmpeg(
        "-i", path, "-vf", "scale=1280:720", "-crf", recipe.crf, *common, out / "web.mp4"
    )
    ffmpeg("-i", path, "-crf", recipe.press_crf, *common, out / "press.mp4")
    return time.perf_counter() - started


def floor_audio(path: Path) -> float:
    out = WORK / "floor"
    out.mkdir(exist_ok=True)
    started = time.perf_counter()
    ffmpeg("-i", path, "-c:a", "libmp3lame", "-b:a", "128k", out / "web.mp3")
    ffmpeg("-i", path, "-ar", "48000", "-c:a", "pcm_s16le", out / "radio.wav")
    return time.perf_counter() - started


def site_builds(video: Path, audio: Path) -> list[str]:
    """A real build of the two recordings on the cache the last run made (the
    same files, so nothing to convert), then again with nothing new."""
    site = WORK / "site"
    shutil.rmtree(site, ignore_errors=True)
    folder = site / "content/videoteca/2026-01-15-prueba-video"
    folder.mkdir(parents=True)
    shutil.copy(video, folder / "video.mp4")
    (folder / "subtitulos.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nPrueba.\n", encoding="utf-8"
    )
    (folder / "index.md").write_text(
        '---\ntitle: "Prueba de rendimiento"\ndate: 2026-01-15 10:00\narea: comunicacion\n'
        'kind: evento\nsummary: "Grabación sintética para medir."\nfile: video.mp4\n'
        'credit: "Comunicación Social"\ncaptions: subtitulos.vtt\n'
        "audio_description: en-la-pista\n---\n",
        encoding="utf-8",
    )
    folder = site / "content/fonoteca/2026-01-15-prueba-audio"
    folder.mkdir(parents=True)
    shutil.copy(audio, folder / "audio.wav")
    (folder / "transcripcion.txt").write_text("Prueba.\n", encoding="utf-8")
    (folder / "index.md").write_text(
        '---\ntitle: "Prueba de rendimiento"\ndate: 2026-01-15 10:00\narea: comunicacion\n'
        'kind: entrevista\nsummary: "Grabación sintética para medir."\nfile: audio.wav\n'
        'credit: "Comunicación Social"\ntranscript: transcripcion.txt\n---\n',
        encoding="utf-8",
    )
    lines = []
    for force in ([], ["--force"]):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "portal", "build", *force, "-s", str(ROOT / "pelicanconf.py"),
             "-o", str(site / "output"), "--content", str(site / "content"),
             "--set", f"CACHE_PATH={site / 'cache'}",
             "--set", f"IMAGES_CACHE_PATH={site / 'cache'}",
             "--set", f"MEDIA_CACHE_PATH={CACHE}"],
            capture_output=True, text=True, cwd=ROOT, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - started
        found = re.search(r"medios: (\d+) procesados, (\d+) reutilizados", result.stdout)
        if result.returncode or not found:
            raise SystemExit(result.stdout + result.stderr)
        lines.append(f"{elapsed:.1f} s, {found[0]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--small", action="store_true", help="6 s of video, 15 s of audio, 1 run"
    )
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument(
        "--workers", type=int, default=None, help="MEDIA_WORKERS (None: all)"
    )
    args = parser.parse_args()
    video_s, audio_s = (6, 15) if args.small else (25, 60)
    runs = args.runs or (1 if args.small else 3)
    video, audio = sources(video_s, audio_s)
    vrec, arec = (
        recording(video, "video", "prueba-video"),
        recording(audio, "audio", "prueba-audio"),
    )
    times = {"ours_video": [], "floor_video": [], "ours_audio": [], "floor_audio": []}
    for run in range(runs):  # interleaved: the machine's load hits both alike
        shutil.rmtree(CACHE, ignore_errors=True)  # cold: every file made again
        times["ours_video"].append(ours(vrec, args.workers))
        times["floor_video"].append(floor_video(video))
        times["ours_audio"].append(ours(arec, args.workers))
        times["floor_audio"].append(floor_audio(audio))
        print(f"ronda {run + 1}/{runs}: " + ", ".join(f"{k} {v[-1]:.1f} s" for k, v in times.items()),
              file=sys.stderr)  # fmt: skip
    builds = site_builds(video, audio)
    med = {k: statistics.median(v) for k, v in times.items()}
    per_min_v, per_min_a = 60 / video_s, 60 / audio_s
    print(f"\nMedios: {os.cpu_count()} núcleos, {runs} corridas (mediana), preset "
          f"{MediaRecipe().preset}; fuente de video 1080p30 {video_s} s, audio {audio_s} s\n")  # fmt: skip
    print(
        "| Qué | Nuestro (s) | FFmpeg simple (s) | Nuestro s/min de fuente | Piso s/min | × piso |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for label, kind, scale in (("Video: web 720p + prensa 1080p + portada", "video", per_min_v),
                               ("Audio: MP3 −16 LUFS + WAV −23 LUFS + onda", "audio", per_min_a)):  # fmt: skip
        o, f = med[f"ours_{kind}"], med[f"floor_{kind}"]
        print(
            f"| {label} | {o:.1f} | {f:.1f} | {o * scale:.1f} | {f * scale:.1f} | {o / f:.2f} |"
        )
    print(f"\nUna grabación de una hora, una sola vez: video ~{med['ours_video'] * per_min_v:.0f} min"
          f" de proceso; audio ~{med['ours_audio'] * per_min_a:.0f} min.")  # fmt: skip
    print(
        f"Construcción del sitio con las dos grabaciones (caché de la última corrida): {builds[0]}"
    )
    print(f"Otra vez sin cambios (--force): {builds[1]}")


if __name__ == "__main__":
    main()
