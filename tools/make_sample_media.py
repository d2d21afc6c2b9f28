"""Make the sample recordings of content/videoteca/ and content/fonoteca/.

A workshop tool: the build never runs it, the files it makes are committed.
What each recording says and shows is in tools/sample_media.yml; this script
synthesises the voices sentence by sentence (espeak-ng, Latin American
Spanish), measures each sentence (soxi) so the caption cues are exact, lays
them on one soundtrack (sox), makes the picture from the sample photos with a
slow zoom (ffmpeg) and writes, in each recording's folder, the media file as a
camera, phone or recorder would give it, its captions (.vtt) or transcript
and its index.md (chapters from the same timeline).

The phone clip is a MOV coded 1920×1080 with a 90° display matrix (as a phone
held upright writes it), the location in ``moov/udta/©xyz`` and again in
``moov/meta/keys`` (com.apple.quicktime.location.ISO6709), and the phone's
make and model: the privacy work must strip all of it from what it publishes.

Run (needs Debian's espeak-ng, sox and ffmpeg, and the project's .venv for
Pillow and PyYAML)::

    apt-get install espeak-ng sox ffmpeg
    .venv/bin/python tools/make_sample_media.py            # into content/
    .venv/bin/python tools/make_sample_media.py --out /tmp/x --only fonoteca/2021-06-01-entrevista-temporada-de-lluvias

tests/test_media_samples.py reruns it into a temporary folder and compares.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_media_files import (
    patch_phone_boxes,
    when,
    write_index,
    write_text_files,
)

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
DATA = Path(__file__).resolve().parent / "sample_media.yml"
RATE = 48000  # what a camera, a phone and a field recorder record at
FPS = 30
LEAD, TAIL = 0.5, 0.8  # seconds of room tone before the first and after the last word
SAME_VOICE_GAP, NEW_VOICE_GAP = 0.35, 0.6
ZOOM = 0.08  # how much each photo grows while it is on screen
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
GUINDA, ORO, WHITE = (105, 28, 50), (165, 127, 44), (255, 255, 255)


@dataclass
class Spoken:
    """One synthesised sentence on the recording's timeline (seconds)."""

    voice: str
    text: str
    start: float
    end: float
    wav: Path
    photo: str | None = None
    chapter: str | None = None


def run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"falló {command[0]}: {done.stderr.strip()[-800:]}")
    return done.stdout


def samples_of(wav: Path) -> int:
    return int(run("soxi", "-s", str(wav)).strip())


def synthesise(text: str, voice: dict, work: Path, index: int) -> Path:
    raw, wav = work / f"voz-{index:02d}-22k.wav", work / f"voz-{index:02d}.wav"
    run("espeak-ng", "-v", voice["voice"], "-s", str(voice["speed"]),
        "-p", str(voice["pitch"]), "-w", str(raw), text)  # fmt: skip
    run("sox", str(raw), "-r", str(RATE), "-b", "16", str(wav), "gain", "-n", "-3")
    return wav


def timeline(recording: dict, voices: dict, work: Path) -> list[Spoken]:
    """Each line synthesised and placed: a pause between sentences (longer
    when the voice changes); a chapter starts on a whole second that falls in
    the pause before its first sentence (chapters are written MM:SS)."""
    spoken, cursor, previous = [], LEAD + (1.5 if recording.get("jingle") else 0), None
    for index, line in enumerate(recording["lines"]):
        wav = synthesise(line["text"], voices[line["voice"]], work, index)
        if previous is not None:
            cursor = previous.end + (SAME_VOICE_GAP if line["voice"] == previous.voice
                                     else NEW_VOICE_GAP)  # fmt: skip
            if line.get("chapter") and math.floor(cursor) < previous.end:
                cursor = float(math.ceil(cursor))  # the chapter's second is all pause
        start = round(cursor * RATE) / RATE
        end = start + samples_of(wav) / RATE
        previous = Spoken(line["voice"], line["text"], start, end, wav,
                          line.get("photo"), line.get("chapter"))  # fmt: skip
        spoken.append(previous)
    return spoken


def soundtrack(spoken: list[Spoken], work: Path, jingle: bool) -> tuple[Path, float]:
    """The voices at their places on one 48 kHz track; its length in seconds."""
    pieces, at = [], 0
    for index, line in enumerate(spoken):
        start = round(line.start * RATE)
        padded = work / f"pista-{index:02d}.wav"
        run("sox", str(line.wav), str(padded), "pad", f"{start - at}s", "0")
        pieces.append(str(padded))
        at = start + samples_of(line.wav)
    total = at + round(TAIL * RATE) + (round(1.5 * RATE) if jingle else 0)
    voice = work / "voces.wav"
    run("sox", *pieces, str(voice), "pad", "0", f"{total - at}s")
    if not jingle:
        return voice, total / RATE
    music = _jingle(work, total / RATE)
    track = work / "pista.wav"
    run("sox", "-m", str(voice), str(music), str(track), "trim", "0", f"{total}s")
    return track, total / RATE


def _jingle(work: Path, length: float) -> Path:
    """A spot's chime at the start and the end over a soft bed of two tones."""
    notes = work / "notas.wav"
    run("sox", "-n", "-r", str(RATE), "-b", "16", "-c", "1", str(notes),
        "synth", "0.3", "pluck", "C5", "synth", "0.3", "pluck", "E5",
        ":", "synth", "0.3", "pluck", "G5", ":", "synth", "0.6", "pluck", "C6",
        "vol", "0.5")  # fmt: skip
    bed = work / "fondo.wav"
    run("sox", "-n", "-r", str(RATE), "-b", "16", "-c", "1", str(bed), "synth",
        f"{length:.3f}", "sine", "220", "sine", "330", "remix", "1",
        "vol", "0.03", "fade", "1", f"{length:.3f}", "1")  # fmt: skip
    tail = work / "notas-final.wav"
    run("sox", str(notes), str(tail), "pad", f"{max(length - 1.6, 0):.3f}", "0")
    music = work / "musica.wav"
    run(
        "sox",
        "-m",
        str(bed),
        str(notes),
        str(tail),
        str(music),
        "trim",
        "0",
        f"{length:.3f}",
    )
    return music


def title_card(text: str, subtitle: str, size: tuple[int, int], path: Path) -> Path:
    """The capsule's opening card in the office's colours."""
    width, height = size
    card = Image.new("RGB", size, GUINDA)
    draw = ImageDraw.Draw(card)
    draw.rectangle([0, height * 0.78, width, height * 0.80], fill=ORO)
    big = ImageFont.truetype(FONT, height // 9)
    small = ImageFont.truetype(FONT, height // 20)
    draw.text((width * 0.08, height * 0.36), text, font=big, fill=WHITE)
    draw.text((width * 0.08, height * 0.52), subtitle, font=small, fill=WHITE)
    card.save(path)
    return path


def slides(spoken, recording, content: Path, work: Path, total: float):
    """(picture, seconds on screen) in order: a picture holds until the next."""
    width, height = recording["size"]
    changes = [(line.start if i else 0.0, line.photo)
               for i, line in enumerate(spoken) if line.photo]  # fmt: skip
    shown = []
    for number, (start, photo) in enumerate(changes):
        end = changes[number + 1][0] if number + 1 < len(changes) else total
        if photo == "@title":
            date = when(recording)
            path = title_card("Las Tres de San Isidro", f"{date.day} de {MONTHS[date.month - 1]} de {date.year}",
                              (width * 2, height * 2), work / "portada.png")  # fmt: skip
        else:
            path = content / recording["photos"] / photo
        shown.append((path, end - start))
    return shown


def picture_filter(shown, size: tuple[int, int], portrait_coded_landscape: bool) -> str:
    """Each photo cropped to the frame and zoomed in slowly, then joined."""
    width, height = size
    parts, frames_before = [], 0
    for index, (_path, seconds) in enumerate(shown):
        # Cut on whole frames so the joined picture is as long as the sound.
        frames = round((frames_before + seconds) * FPS) - round(frames_before * FPS)
        frames_before += seconds
        parts.append(
            f"[{index}:v]scale={width * 2}:{height * 2}:force_original_aspect_ratio=increase,"
            f"crop={width * 2}:{height * 2},"
            f"zoompan=z='1+{ZOOM}*on/{frames}':d={frames}:s={width}x{height}:fps={FPS}"
            f":x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)',setsar=1[v{index}]"
        )
    joined = "".join(f"[v{i}]" for i in range(len(shown)))
    turn = ",transpose=cclock" if portrait_coded_landscape else ""
    parts.append(f"{joined}concat=n={len(shown)}:v=1:a=0,format=yuv420p{turn}[v]")
    return ";".join(parts)


def make_video(recording, spoken, track: Path, total: float, content, work, target: Path):
    phone = recording["make"] == "phone"
    shown = slides(spoken, recording, content, work, total)
    kbps = recording["video_kbps"]  # a slideshow compresses well: keep the repository small
    inputs = [arg for path, _ in shown for arg in ("-i", str(path))]
    tags = []
    if phone:
        device = recording["device"]
        tags = ["-metadata", f"location={recording['location']}",
                "-metadata", f"make={device['make']}", "-metadata", f"model={device['model']}",
                "-metadata", f"creation_time={when(recording):%Y-%m-%dT%H:%M:%S}Z",
                "-f", "mov"]  # fmt: skip
    run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *inputs, "-i", str(track),
        "-filter_complex", picture_filter(shown, recording["size"], phone),
        "-map", "[v]", "-map", f"{len(shown)}:a", "-c:v", "libx264", "-preset", "medium",
        "-b:v", f"{kbps}k", "-maxrate", f"{kbps * 4 // 3}k", "-bufsize", f"{kbps * 3}k", "-r", str(FPS), "-g", str(FPS * 2),
        "-threads", "2", "-c:a", "aac", "-b:a", "64k", "-ac", "1", "-ar", str(RATE),
        "-t", f"{total:.3f}", "-map_metadata", "-1", *tags, str(target))  # fmt: skip
    if phone:
        patch_phone_boxes(target, recording["location"], recording["device"])


def make_audio(recording, track: Path, target: Path):
    codec = {".m4a": ["-c:a", "aac", "-b:a", "64k"],
             ".mp3": ["-c:a", "libmp3lame", "-b:a", "64k"],
             ".wav": ["-c:a", "pcm_s16le"]}[target.suffix.lower()]  # fmt: skip
    run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", str(track), *codec,
        "-ac", "1", "-ar", str(RATE if target.suffix != ".mp3" else 44100),
        "-map_metadata", "-1", "-fflags", "+bitexact", str(target))  # fmt: skip


def make(recording: dict, voices: dict, content: Path, out: Path, text_only=False) -> None:
    """One recording's folder, written whole (``text_only``: all but the media
    file, for a quick check that the timeline still comes out the same)."""
    folder = out / recording["folder"]
    with tempfile.TemporaryDirectory(prefix="muestra-") as temporary:
        work = Path(temporary)
        spoken = timeline(recording, voices, work)
        track, total = soundtrack(spoken, work, bool(recording.get("jingle")))
        staged = work / "carpeta"
        staged.mkdir()
        target = staged / recording["file"]
        if text_only:
            pass
        elif recording["media"] == "video":
            make_video(recording, spoken, track, total, content, work, target)
        else:
            make_audio(recording, track, target)
        written = write_text_files(recording, voices, spoken, staged)
        write_index(recording, spoken, written, staged)
        if folder.exists() and not text_only:
            shutil.rmtree(folder)  # files of an earlier version go too
        folder.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staged, folder, dirs_exist_ok=True)  # text only: the media stays
    made = folder / recording["file"]
    size = f", {os.path.getsize(made):,} bytes" if made.exists() else ""
    print(f"{recording['folder']}: {total:.2f} s{size}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CONTENT,
                        help="where the folders go (default: content/)")  # fmt: skip
    parser.add_argument("--only", nargs="*", default=None,
                        help="folders to make, e.g. videoteca/2021-02-24-sesion-de-cabildo")  # fmt: skip
    parser.add_argument("--text-only", action="store_true",
                        help="only captions, transcripts and index.md (no media file)")  # fmt: skip
    args = parser.parse_args(argv)
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    chosen = [r for r in data["recordings"] if not args.only or r["folder"] in args.only]
    if args.only and len(chosen) != len(args.only):
        sys.exit(f"no conozco alguna de {args.only}")
    for recording in chosen:
        make(recording, data["voices"], CONTENT, args.out, args.text_only)


if __name__ == "__main__":
    main()
