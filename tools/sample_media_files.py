"""The text files of the sample recordings and the phone clip's boxes.

Used by tools/make_sample_media.py: captions and transcripts from the same
timeline the soundtrack was laid on, the index.md front matter written the way
staff write it, and the MOV boxes a phone writes that ffmpeg does not.
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

LINE = 42  # characters a caption line holds (two lines a cue at most)


def when(recording: dict) -> dt.datetime:
    value = recording["meta"]["date"]
    return value if isinstance(value, dt.datetime) else dt.datetime.strptime(
        str(value), "%Y-%m-%d %H:%M")  # fmt: skip


def timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def wrap(text: str) -> list[str]:
    """A sentence on one caption line, or on two balanced ones."""
    if len(text) <= LINE:
        return [text]
    words = text.split()
    best = min(range(1, len(words)),
               key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))  # fmt: skip
    lines = [" ".join(words[:best]), " ".join(words[best:])]
    if max(map(len, lines)) > LINE:
        raise SystemExit(f"la frase no cabe en dos líneas de subtítulo: {text!r}")
    return lines


def vtt(spoken) -> str:
    cues = [
        f"{timestamp(line.start)} --> {timestamp(line.end)}\n" + "\n".join(wrap(line.text))
        for line in spoken
    ]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"


def plain_transcript(spoken, voices: dict) -> str:
    """Who says what, one paragraph per turn (the office's transcripts)."""
    turns: list[list[str]] = []
    for line in spoken:
        if turns and turns[-1][0] == line.voice:
            turns[-1].append(line.text)
        else:
            turns.append([line.voice, line.text])
    return "\n\n".join(f"{voices[t[0]]['name']}: {' '.join(t[1:])}" for t in turns) + "\n"


def write_text_files(recording: dict, voices: dict, spoken, folder: Path) -> dict[str, str]:
    """The captions (video) or transcript (audio); the fields that name them."""
    if recording["media"] == "video":
        (folder / "subtitulos.vtt").write_text(vtt(spoken), encoding="utf-8")
        return {"captions": "subtitulos.vtt"}
    name = recording["transcript"]
    text = vtt(spoken) if name.endswith(".vtt") else plain_transcript(spoken, voices)
    (folder / name).write_text(text, encoding="utf-8")
    return {"transcript": name}


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


ORDER = ("title", "date", "area", "kind", "summary", "file", "credit", "place", "speakers",
         "captions", "transcript", "audio_description", "chapters", "bulletin", "gallery",
         "event", "tags")  # fmt: skip
PLAIN = {"area", "kind", "file", "captions", "transcript", "audio_description",
         "bulletin", "gallery", "event"}  # fmt: skip


def write_index(recording: dict, spoken, written: dict[str, str], folder: Path) -> None:
    """index.md as staff write it: the fields of tools/sample_media.yml, the
    file and its captions or transcript, and chapters from the timeline."""
    meta = {**recording["meta"], "file": recording["file"], **written}
    chapters = [(line.start, line.chapter) for line in spoken if line.chapter]
    if chapters:
        meta["chapters"] = [(0 if i == 0 else int(start), title)
                            for i, (start, title) in enumerate(chapters)]  # fmt: skip
    lines = ["---"]
    for key in ORDER:
        if key not in meta:
            continue
        value = meta[key]
        if key == "date":
            lines.append(f"date: {when(recording):%Y-%m-%d %H:%M}")
        elif key == "tags":
            lines.append(f"tags: [{', '.join(value)}]")
        elif key == "speakers":
            lines += ["speakers:", *(f"  - {_quoted(v)}" for v in value)]
        elif key == "chapters":
            lines.append("chapters:")
            for start, title in value:
                lines += [f'  - time: "{start // 60:02d}:{start % 60:02d}"',
                          f"    title: {_quoted(title)}"]  # fmt: skip
        else:
            lines.append(f"{key}: {value if key in PLAIN else _quoted(str(value))}")
    unknown = set(meta) - set(ORDER)
    if unknown:
        raise SystemExit(f"campos que el esquema no tiene: {sorted(unknown)}")
    text = "\n".join(lines) + "\n---\n\n" + recording["body"].strip() + "\n"
    (folder / "index.md").write_text(text, encoding="utf-8")


# --- The phone clip's boxes --------------------------------------------------


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _children(data: bytes, start: int, end: int):
    """(type, start, size) of the boxes between start and end."""
    while start + 8 <= end:
        size, kind = struct.unpack(">I4s", data[start : start + 8])
        if size == 1:
            size = struct.unpack(">Q", data[start + 8 : start + 16])[0]
        elif size == 0:
            size = end - start
        yield kind, start, size
        start += size


def _keys_box(entries: dict[str, str]) -> bytes:
    """moov/meta with mdta keys, as an iPhone writes its location and device."""
    handler = _box(b"hdlr", bytes(8) + b"mdta" + bytes(12) + b"\0")
    keys = b"".join(_box(b"mdta", name.encode()) for name in entries)
    keys_box = _box(b"keys", bytes(4) + struct.pack(">I", len(entries)) + keys)
    items = b"".join(
        struct.pack(">I", 8 + 16 + len(value.encode()))
        + struct.pack(">I", number)
        + _box(b"data", struct.pack(">II", 1, 0) + value.encode())
        for number, value in enumerate(entries.values(), start=1)
    )
    return _box(b"meta", handler + keys_box + _box(b"ilst", items))


def patch_phone_boxes(path: Path, location: str, device: dict) -> None:
    """Turn the picture upright by the display matrix (90°) and add the
    meta/keys a phone writes. moov is the last box (no faststart): growing it
    moves no sample, so the chunk offsets stay right."""
    data = bytearray(path.read_bytes())
    boxes = list(_children(data, 0, len(data)))
    kind, moov, size = boxes[-1]
    assert kind == b"moov", "moov must come last to be grown in place"
    for kind, trak, trak_size in _children(data, moov + 8, moov + size):
        if kind != b"trak":
            continue
        tkhd = next(
            s for k, s, _ in _children(data, trak + 8, trak + trak_size) if k == b"tkhd"
        )
        version = data[tkhd + 8]
        matrix = tkhd + 8 + (52 if version == 1 else 40)
        width, height = struct.unpack(">II", data[matrix + 36 : matrix + 44])
        if width == 0:  # the sound track
            continue
        data[matrix : matrix + 36] = struct.pack(
            ">9i", 0, 0x10000, 0, -0x10000, 0, 0, (height >> 16) << 16, 0, 0x40000000
        )
    meta = _keys_box({
        "com.apple.quicktime.location.ISO6709": location,
        "com.apple.quicktime.make": device["make"],
        "com.apple.quicktime.model": device["model"],
        "com.apple.quicktime.software": device["software"],
    })  # fmt: skip
    data[moov : moov + 4] = struct.pack(">I", size + len(meta))
    data[moov + size : moov + size] = meta
    path.write_bytes(bytes(data))
