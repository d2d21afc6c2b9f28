"""The published video and audio files, decoded and walked as players read them.

One site is built from a phone MOV (1080p, a location and the phone's make
and model in it, a fade from black at the start) and a recorder's WAV (with
its own RIFF tags), both made here with FFmpeg; then built again with
nothing new.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from media_boxes import private_data, riff_chunks, top_level, walk
from mutagen.id3 import ID3
from PIL import Image, ImageStat

from conftest import ROOT, run_build

pytestmark = [pytest.mark.site, pytest.mark.xdist_group("media_processing")]

VIDEO = "videoteca/2021/cabildo-desde-el-celular"
AUDIO = "fonoteca/2021/entrevista-en-cabina"
MEDIA = (".mp4", ".m4a", ".mov", ".mp3", ".wav")
VERSION = "[0-9a-f]" * 10  # the content version in a published name
FFMPEG, FFPROBE = shutil.which("ffmpeg"), shutil.which("ffprobe")


def ffmpeg(*args: str) -> None:
    subprocess.run([FFMPEG, "-hide_banner", "-v", "error", "-y", *args], check=True)


def ffprobe(path) -> dict:
    result = subprocess.run(
        [FFPROBE, "-v", "error", "-print_format", "json", "-show_format",
         "-show_streams", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(result.stdout)


def loudness(path) -> float:
    """Integrated loudness (LUFS) by FFmpeg's EBU R128 meter."""
    result = subprocess.run(
        [FFMPEG, "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128",
         "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(re.findall(r"I:\s+(-?[\d.]+) LUFS", result.stderr)[-1])


def phone_mov(path: Path, tone: int = 440, seconds: int = 2) -> None:
    """What a phone hands over: 1080p MOV, location, make and model."""
    ffmpeg(
        "-f", "lavfi", "-i", f"testsrc2=s=1920x1080:r=30:d={seconds}",
        "-f", "lavfi", "-i", f"sine=f={tone}:d={seconds}",
        "-vf", "fade=in:st=0:d=0.5", "-af", "volume=-12dB",
        "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
        "-metadata", "location=+19.4326-099.1332/", "-metadata", "make=Apple",
        "-metadata", "model=iPhone 12", "-f", "mov", str(path),
    )  # fmt: skip


def recorder_wav(path: Path) -> None:
    ffmpeg(
        "-f", "lavfi", "-i", "sine=f=300:d=6", "-af", "volume=-20dB", "-ar", "44100",
        "-metadata", "artist=Grabadora Zoom H4n", "-metadata", "comment=Cabina 2",
        "-c:a", "pcm_s16le", str(path),
    )  # fmt: skip


def add_video(content: Path, tone: int = 440) -> None:
    folder = content / "videoteca" / "2021-03-10-cabildo-desde-el-celular"
    folder.mkdir(parents=True, exist_ok=True)
    phone_mov(folder / "IMG_0042.MOV", tone)
    if not (folder / "descrita.mp4").exists():
        ffmpeg("-f", "lavfi", "-i", "testsrc2=s=640x360:r=30:d=2", "-f", "lavfi", "-i",
               "sine=f=500:d=2", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
               str(folder / "descrita.mp4"))  # fmt: skip
    (folder / "subtitulos.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:01.800\nSe abre la sesión de Cabildo.\n",
        encoding="utf-8",
    )
    (folder / "index.md").write_text(
        '---\ntitle: "Sesión de Cabildo grabada con el celular"\ndate: 2021-03-10 10:00\n'
        "area: comunicacion\nkind: sesion\n"
        'summary: "Apertura de la sesión de Cabildo del 10 de marzo de 2021."\n'
        'file: IMG_0042.MOV\ncredit: "Comunicación Social"\ncaptions: subtitulos.vtt\n'
        "audio_description: version-descrita\ndescribed_version: descrita.mp4\n---\n",
        encoding="utf-8",
    )


def add_audio(content: Path) -> None:
    folder = content / "fonoteca" / "2021-03-11-entrevista-en-cabina"
    folder.mkdir(parents=True)
    recorder_wav(folder / "cabina.wav")
    (folder / "transcripcion.txt").write_text(
        "Entrevista en cabina sobre la temporada de lluvias.\n", encoding="utf-8"
    )
    (folder / "index.md").write_text(
        '---\ntitle: "Entrevista en cabina"\ndate: 2021-03-11 12:00\n'
        "area: proteccion-civil\nkind: entrevista\n"
        'summary: "Protección Civil habla de la temporada de lluvias."\n'
        'file: cabina.wav\ncredit: "Comunicación Social"\ntranscript: transcripcion.txt\n---\n',
        encoding="utf-8",
    )


def media_files(output: Path) -> list[Path]:
    return sorted(p for p in output.rglob("*") if p.suffix.lower() in MEDIA)


def stamps(paths) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in paths}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The site built twice: the second time with nothing new (``--force``)."""
    root = tmp_path_factory.mktemp("medios")
    content = root / "content"
    add_video(content)
    add_audio(content)
    output, cache = root / "output", root / "cache"
    sets = {"MEDIA_CACHE_PATH": str(cache / "medios")}  # cold: this module's own
    first = run_build(output, content=content, cache=cache, sets=sets, quiet=False)
    assert first.returncode == 0, first.stdout + first.stderr
    before = stamps(media_files(output))
    second = run_build(
        output, content=content, cache=cache, sets=sets, force=True, quiet=False
    )
    assert second.returncode == 0, second.stdout + second.stderr
    return {"root": root, "content": content, "output": output, "cache": cache, "sets": sets,
            "first": first, "second": second, "before": before}  # fmt: skip


def one(output: Path, pattern: str) -> Path:
    found = sorted(output.glob(pattern))
    assert len(found) == 1, (pattern, found)
    return found[0]


def test_the_web_video_plays_everywhere_at_720p(built):
    web = one(built["output"], f"{VIDEO}/cabildo-desde-el-celular-{VERSION}.mp4")
    info = ffprobe(web)
    video = next(s for s in info["streams"] if s["codec_type"] == "video")
    audio = next(s for s in info["streams"] if s["codec_type"] == "audio")
    assert (video["codec_name"], video["pix_fmt"], audio["codec_name"]) == (
        "h264", "yuv420p", "aac")  # fmt: skip
    assert (video["width"], video["height"]) == (1280, 720)
    order = top_level(walk(web))
    assert order.index("moov") < order.index("mdat"), order  # faststart
    source = ffprobe(
        built["content"] / "videoteca/2021-03-10-cabildo-desde-el-celular/IMG_0042.MOV"
    )
    assert (
        abs(float(info["format"]["duration"]) - float(source["format"]["duration"])) < 0.2
    )
    assert loudness(web) == pytest.approx(-16, abs=1)


def test_a_1080p_source_also_gets_a_press_copy_at_its_size(built):
    press = one(built["output"], f"{VIDEO}/cabildo-desde-el-celular-prensa-{VERSION}.mp4")
    video = next(s for s in ffprobe(press)["streams"] if s["codec_type"] == "video")
    assert (video["codec_name"], video["pix_fmt"]) == ("h264", "yuv420p")
    assert (video["width"], video["height"]) == (1920, 1080)
    order = top_level(walk(press))
    assert order.index("moov") < order.index("mdat"), order


def test_the_described_version_is_published_for_the_web(built):
    described = one(
        built["output"], f"{VIDEO}/cabildo-desde-el-celular-audiodescripcion-*.mp4"
    )
    video = next(s for s in ffprobe(described)["streams"] if s["codec_type"] == "video")
    assert (video["codec_name"], video["pix_fmt"], video["height"]) == (
        "h264",
        "yuv420p",
        360,
    )


def test_no_published_file_tells_where_or_with_what_it_was_made(built):
    files = media_files(built["output"])
    assert {p.suffix for p in files} >= {".mp4", ".mp3", ".wav"}
    for path in files:
        if path.suffix in (".mp4", ".m4a", ".mov"):
            boxes = walk(path)
            assert private_data(boxes) == [], path
            assert "moov" in top_level(boxes)
        elif path.suffix == ".mp3":
            frames = {key[:4] for key in ID3(path)}
            assert frames <= {"TIT2", "TPE1", "TCOP", "TYER", "TDRC"}, (path, frames)
            assert "TIT2" in frames and "TCOP" in frames
        else:
            ids = [chunk for chunk, _ in riff_chunks(path)]
            assert "LIST" not in ids, (path, ids)  # the recorder's INFO tags are gone
            assert b"Zoom" not in path.read_bytes()


def test_a_plain_transcode_would_have_leaked_the_location(tmp_path):
    """The walker finds what the build strips (so the test above can fail)."""
    phone_mov(tmp_path / "telefono.mov", seconds=1)
    ffmpeg("-i", str(tmp_path / "telefono.mov"), "-c", "copy", str(tmp_path / "simple.mp4"))
    found = private_data(walk(tmp_path / "simple.mp4"))
    assert any("loci" in item for item in found), found


def test_the_mp3_is_at_16_lufs_with_our_tags(built):
    mp3 = one(built["output"], f"{AUDIO}/entrevista-en-cabina-{VERSION}.mp3")
    stream = ffprobe(mp3)["streams"][0]
    assert (stream["codec_name"], stream["sample_rate"]) == ("mp3", "44100")
    assert loudness(mp3) == pytest.approx(-16, abs=1)
    tags = ID3(mp3)
    assert str(tags["TIT2"]) == "Entrevista en cabina"
    assert str(tags["TPE1"]) == "Comunicación Social"
    assert "2021" in str(tags["TCOP"])


def test_the_broadcast_wav_is_ebu_r128_with_a_bext_chunk(built):
    wav = one(built["output"], f"{AUDIO}/entrevista-en-cabina-radio-{VERSION}.wav")
    stream = ffprobe(wav)["streams"][0]
    assert (stream["codec_name"], stream["sample_rate"]) == ("pcm_s16le", "48000")
    assert loudness(wav) == pytest.approx(-23, abs=1)
    chunks = dict(riff_chunks(wav))
    bext = chunks["bext"]
    assert (
        bext[:256].rstrip(b"\0").decode()
        == "Protección Civil habla de la temporada de lluvias."
    )
    assert bext[256:288].rstrip(b"\0").decode() == "Comunicación Social"
    assert bext[320:330] == b"2021-03-11"


def test_the_poster_is_a_frame_from_inside_through_the_image_pipeline(built):
    folder = built["output"] / VIDEO / "imagenes"
    webps, jpegs = (
        sorted(folder.glob("portada-*.webp")),
        sorted(folder.glob("portada-*.jpg")),
    )
    assert len(webps) >= 3 and len(jpegs) >= 3  # srcset widths, both formats
    with Image.open(jpegs[0]) as image:
        brightness = ImageStat.Stat(image.convert("L")).mean[0]
    assert brightness > 60  # the recording fades in from black: not frame 0


def test_the_audio_has_a_waveform_image(built):
    folder = built["output"] / AUDIO / "imagenes"
    assert sorted(folder.glob("onda-*.webp")) and sorted(folder.glob("onda-*.jpg"))


def test_a_second_build_does_no_media_work_and_touches_no_media_file(built):
    # web, press, described, poster; MP3, WAV, waveform
    assert "medios: 7 procesados, 0 reutilizados" in built["first"].stdout
    assert "medios: 0 procesados, 7 reutilizados" in built["second"].stdout
    assert stamps(media_files(built["output"])) == built["before"]
    assert "Medios:" not in built["first"].stderr  # no progress line in a log


def test_a_terminal_sees_a_progress_line(tmp_path):
    source = tmp_path / "clip.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=s=640x360:r=30:d=2", "-f", "lavfi", "-i",
           "sine=d=2", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", str(source))  # fmt: skip
    script = (
        "from media.media_cache import MediaStore\n"
        "from media.pool import run_all\n"
        "from media.recipe import MediaJob, MediaRecipe\n"
        f"job = MediaJob({str(source)!r}, 'video', MediaRecipe(), height=720, "
        "label='video 720p', name='clip')\n"
        f"print(run_all([job], MediaStore({str(tmp_path / 'cache')!r}), 0)[1])\n"
    )
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    result = subprocess.run(
        [sys.executable, "-c", script], stderr=follower, stdout=subprocess.PIPE,
        text=True, check=False, env=env, cwd=ROOT,
    )  # fmt: skip
    os.close(follower)
    shown = b""
    while select.select([leader], [], [], 0.5)[0]:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stdout
    text = shown.decode("utf-8", "replace")
    assert "Medios: 1/1 · clip (video 720p) · " in text, text
    assert re.search(r"· \d+ %", text), text


def test_make_check_does_no_media_work(built, tmp_path):
    cache = tmp_path / "medios"
    conf = tmp_path / "conf.py"
    conf.write_text(
        "import runpy\n"
        f"globals().update({{k: v for k, v in runpy.run_path({str(ROOT / 'pelicanconf.py')!r}).items() if k.isupper()}})\n"
        f"MEDIA_CACHE_PATH = {str(cache)!r}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "portal", "check", "-s", str(conf),
         "--content", str(built["content"])],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert not cache.exists()


def test_a_changed_source_gets_a_new_url(built, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(built["content"], content)
    mov = content / "videoteca/2021-03-10-cabildo-desde-el-celular/IMG_0042.MOV"
    phone_mov(mov, tone=660)  # the same recording, other bytes
    output = tmp_path / "output"
    result = run_build(output, content=content, sets=built["sets"], quiet=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # web, press, poster made again; the described version and the audio reused
    assert "medios: 3 procesados, 4 reutilizados" in result.stdout
    old = {
        p.name for p in (built["output"] / VIDEO).glob("*.mp4") if "-audio" not in p.name
    }
    new = {p.name for p in (output / VIDEO).glob("*.mp4") if "-audio" not in p.name}
    assert len(new) == 2 and not old & new


def test_a_damaged_file_is_a_content_error_and_nothing_is_published(tmp_path):
    content = tmp_path / "content"
    folder = content / "videoteca" / "2021-03-12-video-cortado"
    folder.mkdir(parents=True)
    whole = tmp_path / "entero.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=s=640x360:r=30:d=6", "-f", "lavfi", "-i",
           "sine=d=6", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
           "-movflags", "+faststart", str(whole))  # fmt: skip
    data = whole.read_bytes()
    (folder / "video.mp4").write_bytes(data[: len(data) // 2])  # copied halfway
    (folder / "subtitulos.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHola.\n", encoding="utf-8"
    )
    (folder / "index.md").write_text(
        '---\ntitle: "Video cortado"\ndate: 2021-03-12 10:00\narea: comunicacion\n'
        'kind: evento\nsummary: "Un video que se copió a medias."\nfile: video.mp4\n'
        'credit: "Comunicación Social"\ncaptions: subtitulos.vtt\n'
        "audio_description: en-la-pista\n---\n",
        encoding="utf-8",
    )
    output = tmp_path / "output"
    media = tmp_path / "medios"
    result = run_build(output, content=content, sets={"MEDIA_CACHE_PATH": str(media)})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "content/videoteca/2021-03-12-video-cortado/index.md" in result.stderr
    # the content checks find the cut first (its last second does not decode);
    # a file they let through is stopped by the conversion with the same field
    assert "index.md: file: 'video.mp4'" in result.stderr, result.stderr
    assert not output.exists() or not media_files(output)
    leftovers = [p for p in media.rglob("*") if "partial" in p.name]
    assert leftovers == []
