"""The sample recordings of content/videoteca/ and content/fonoteca/ as
committed: what they say matches their captions and transcripts, every cue
and chapter lies inside the recording, the phone clip carries in its source
the location and device boxes the privacy work must strip, and all of it
stays small enough for the repository and CI."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.unit

CONTENT = ROOT / "content"
DATA = yaml.safe_load((ROOT / "tools" / "sample_media.yml").read_text(encoding="utf-8"))
RECORDINGS = DATA["recordings"]
BUDGET = 1_500_000  # bytes of media in the repository (issue 14: a few seconds each)
IDS = [r["folder"] for r in RECORDINGS]
TIME = re.compile(r"(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})")


def front_matter(folder: Path) -> dict:
    text = (folder / "index.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def ffprobe(path: Path) -> dict:
    done = subprocess.run(
        [shutil.which("ffprobe") or "ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
         str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def duration(path: Path) -> float:
    return float(ffprobe(path)["format"]["duration"])


def cues(path: Path) -> list[tuple[float, float, str]]:
    """(start, end, text) of a WebVTT file, read the plain way."""
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    assert blocks[0].startswith("WEBVTT"), path
    found = []
    for block in blocks[1:]:
        lines = block.splitlines()
        match = TIME.fullmatch(lines[0])
        assert match, (path, lines[0])
        h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, match.groups())
        found.append((h1 * 3600 + m1 * 60 + s1 + ms1 / 1000,
                      h2 * 3600 + m2 * 60 + s2 + ms2 / 1000, " ".join(lines[1:])))  # fmt: skip
    return found


def timed_file(recording: dict) -> Path | None:
    folder = CONTENT / recording["folder"]
    meta = front_matter(folder)
    name = meta.get("captions") or meta.get("transcript")
    return folder / name if name and name.endswith(".vtt") else None


def test_every_recording_folder_is_one_the_script_makes():
    """Otherwise a sample could drift from what tools/make_sample_media.py says."""
    on_disk = sorted(
        str(p.parent.relative_to(CONTENT))
        for media in ("videoteca", "fonoteca")
        for p in (CONTENT / media).glob("*/index.md")
    )
    assert on_disk == sorted(IDS)
    kinds = {front_matter(CONTENT / folder)["kind"] for folder in IDS}
    assert {"sesion", "entrevista", "spot", "capsula"} <= kinds


@pytest.mark.parametrize("recording", RECORDINGS, ids=IDS)
def test_every_cue_and_chapter_lies_inside_its_recording(recording):
    length = duration(CONTENT / recording["folder"] / recording["file"])
    assert 6 <= length <= 30, length
    for chapter in front_matter(CONTENT / recording["folder"]).get("chapters", []):
        minutes, seconds = map(int, chapter["time"].split(":"))
        assert minutes * 60 + seconds < length, chapter
    path = timed_file(recording)
    if path is None:  # a transcript without times: its words are checked below
        return
    found = cues(path)
    assert len(found) == len(recording["lines"])
    previous_end = 0.0
    for start, end, text in found:
        assert previous_end <= start < end <= length, (text, start, end, length)
        previous_end = end


@pytest.mark.parametrize("recording", RECORDINGS, ids=IDS)
def test_the_captions_or_transcript_say_what_was_synthesised(recording):
    said = [line["text"] for line in recording["lines"]]
    folder = CONTENT / recording["folder"]
    path = timed_file(recording)
    if path is not None:
        assert [text for _, _, text in cues(path)] == said
        return
    transcript = (folder / front_matter(folder)["transcript"]).read_text(encoding="utf-8")
    names = {voice["name"] for voice in DATA["voices"].values()}
    turns = [p.split(": ", 1) for p in transcript.strip().split("\n\n")]
    assert {name for name, _ in turns} <= names
    assert " ".join(text for _, text in turns).split() == " ".join(said).split()


@pytest.mark.parametrize("recording", RECORDINGS, ids=IDS)
def test_chapters_start_in_the_pause_before_their_sentence(recording):
    meta = front_matter(CONTENT / recording["folder"])
    titled = [
        (i, line["chapter"])
        for i, line in enumerate(recording["lines"])
        if "chapter" in line
    ]
    written = meta.get("chapters", [])
    assert [c["title"] for c in written] == [title for _, title in titled]
    path = timed_file(recording)
    if path is None:
        return
    found = cues(path)
    for chapter, (index, _) in zip(written, titled, strict=True):
        minutes, seconds = map(int, chapter["time"].split(":"))
        at = minutes * 60 + seconds
        assert at <= found[index][0], chapter
        assert index == 0 or at >= found[index - 1][1], (
            chapter
        )  # not inside the last sentence


def test_the_session_is_full_hd_so_a_press_copy_exists_and_the_capsule_is_720p():
    session = CONTENT / "videoteca/2021-02-24-sesion-de-cabildo"
    streams = ffprobe(session / front_matter(session)["file"])["streams"]
    video = next(s for s in streams if s["codec_type"] == "video")
    assert (video["width"], video["height"], video["codec_name"]) == (1920, 1080, "h264")
    capsule = CONTENT / "videoteca/2021-02-18-las-tres-de-san-isidro"
    streams = ffprobe(capsule / front_matter(capsule)["file"])["streams"]
    assert next(s for s in streams if s["codec_type"] == "video")["height"] == 720


def test_the_interview_and_spot_are_audio_as_a_phone_and_a_studio_give_them():
    for folder, codec, rate in (
        ("fonoteca/2021-06-01-entrevista-temporada-de-lluvias", "aac", 48000),
        ("fonoteca/2021-03-10-spot-descacharrizacion-dengue", "mp3", 44100),
    ):
        path = CONTENT / folder / front_matter(CONTENT / folder)["file"]
        (stream,) = ffprobe(path)["streams"]
        assert (stream["codec_name"], int(stream["sample_rate"])) == (codec, rate), folder


def test_the_media_stays_within_the_repository_budget():
    files = [p for media in ("videoteca", "fonoteca") for p in (CONTENT / media).rglob("*")
             if p.is_file()]  # fmt: skip
    total = sum(p.stat().st_size for p in files)
    assert 0 < total <= BUDGET, f"{total:,} bytes"


def test_the_front_matter_stays_within_the_schema():
    from content_schema.media_schemas import audio_schema, video_schema

    for recording in RECORDINGS:
        schema = (video_schema if recording["media"] == "video" else audio_schema)({})
        meta = front_matter(CONTENT / recording["folder"])
        assert set(meta) <= set(schema), (recording["folder"], set(meta) - set(schema))
        for field in ("bulletin", "gallery", "event"):
            if field in meta:
                where = {"bulletin": "boletines/*/{}.md", "gallery": "galerias/{}/index.md",
                         "event": "agenda/{}.md"}[field]  # fmt: skip
                assert list(CONTENT.glob(where.format(meta[field]))), (
                    recording["folder"],
                    field,
                )


# --- The phone clip's boxes, walked (a text search misses binary boxes) ------

CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"udta", b"edts"}


def boxes(data: bytes, start: int = 0, end: int | None = None, path: str = ""):
    """(path, payload start, payload end) of every box, depth first."""
    end = len(data) if end is None else end
    while start + 8 <= end:
        size, kind = struct.unpack(">I4s", data[start : start + 8])
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", data[start + 8 : start + 16])[0], 16
        elif size == 0:
            size = end - start
        assert size >= header and start + size <= end, f"caja rota en {start}"
        here = f"{path}/{kind.decode('latin-1')}"
        yield here, start + header, start + size
        body = start + header
        if kind == b"meta" and data[body + 4 : body + 8] != b"hdlr":
            body += 4  # ISO meta is a full box; QuickTime's is not
        if kind in CONTAINERS or kind in (b"meta", b"ilst"):
            yield from boxes(data, body, start + size, here)
        start += size


def test_the_phone_clip_source_carries_location_and_device_boxes():
    (phone,) = [r for r in RECORDINGS if r.get("make") == "phone"]
    path = CONTENT / phone["folder"] / phone["file"]
    assert path.suffix == ".MOV"
    data = path.read_bytes()
    found = {where: data[a:b] for where, a, b in boxes(data)}
    xyz = found["/moov/udta/©xyz"]
    assert xyz[4:].decode() == phone["location"] == "+20.6597-103.3496/"
    assert found["/moov/udta/©mak"][4:] == b"Apple"
    assert found["/moov/udta/©mod"][4:] == b"iPhone 11"
    keys = found["/moov/meta/keys"]
    assert b"com.apple.quicktime.location.ISO6709" in keys
    assert b"com.apple.quicktime.model" in keys
    assert phone["location"].encode() in found["/moov/meta/ilst"]
    # Upright by its display matrix, as a phone held upright writes it.
    (video,) = [s for s in ffprobe(path)["streams"] if s["codec_type"] == "video"]
    assert (video["width"], video["height"]) == (1920, 1080)
    rotation = next(d["rotation"] for d in video["side_data_list"] if "rotation" in d)
    assert abs(rotation) == 90
