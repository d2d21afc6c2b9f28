"""The media pipeline's pure parts: sizes, loudness filters, cache keys, boxes."""

from __future__ import annotations

import struct

import pytest
from media_boxes import keys_of, private_data, top_level, walk_bytes

from media.publishing import _seconds
from media.recipe import MediaJob, MediaRecipe, Tags
from media.transcode import frame_size, loudness_filter

pytestmark = pytest.mark.unit


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def keys_box(*names: str) -> bytes:
    entries = b"".join(box(b"mdta", n.encode()) for n in names)
    return box(b"keys", struct.pack(">II", 0, len(names)) + entries)


@pytest.mark.parametrize(
    ("size", "rotation", "short", "expected"),
    [
        ((1920, 1080), 0, 720, (1280, 720)),  # 1080p to the web size
        ((1920, 1080), 90, 720, (720, 1280)),  # a phone held upright: turned, then sized
        ((1280, 720), 0, 720, (1280, 720)),
        ((640, 360), 0, 720, (640, 360)),  # never upscaled
        ((1920, 1080), 0, 0, (1920, 1080)),  # 0: the source's size (press)
        ((1441, 1081), 0, 0, (1440, 1080)),  # H.264 yuv420p needs even sides
        ((3840, 2160), 270, 720, (720, 1280)),
    ],
)
def test_frame_sizes(size, rotation, short, expected):
    assert frame_size(*size, rotation, short) == expected


MEASURED = {"input_i": "-27.5", "input_tp": "-9.1", "input_lra": "14.2",
            "input_thresh": "-38.0", "target_offset": "0.3"}  # fmt: skip


def test_the_second_loudnorm_pass_is_linear_with_the_measured_values():
    text = loudness_filter(MEASURED, MediaRecipe(), -16.0)
    assert text.startswith("loudnorm=I=-16.0:TP=-1.5:LRA=14.2:")  # LRA ≥ source: linear
    for part in ("measured_I=-27.5", "measured_TP=-9.1", "measured_LRA=14.2",
                 "measured_thresh=-38.0", "offset=0.3", "linear=true"):  # fmt: skip
        assert part in text


def test_silence_is_not_normalised():
    silent = {**MEASURED, "input_i": "-inf"}
    assert loudness_filter(silent, MediaRecipe(), -16.0) == "anull"


def test_the_cache_key_changes_with_the_recipe_and_our_tags():
    tags = Tags("Sesión", "Comunicación Social", "© 2021", 2021)
    base = MediaJob("/x.mov", "video", MediaRecipe(), tags, height=720)
    assert (
        base.fingerprint()
        == MediaJob("/x.mov", "video", MediaRecipe(), tags, height=720).fingerprint()
    )
    others = [
        MediaJob("/x.mov", "video", MediaRecipe(crf=20), tags, height=720),
        MediaJob("/x.mov", "video", MediaRecipe(), tags, height=0),
        MediaJob(
            "/x.mov", "video", MediaRecipe(), Tags("Otra", "C", "©", 2021), height=720
        ),
        MediaJob("/x.mov", "mp3", MediaRecipe(), tags),
    ]
    assert len({job.fingerprint() for job in [base, *others]}) == 5


def test_poster_times_from_staff():
    assert _seconds("") == -1.0
    assert _seconds("01:30") == 90.0
    assert _seconds("1:02:03") == 3723.0


def test_the_walker_finds_location_in_quicktime_keys_and_xmp():
    meta = box(b"meta", box(b"hdlr", b"\0" * 24)
               + keys_box("com.apple.quicktime.location.ISO6709", "com.apple.quicktime.title")
               + box(b"ilst"))  # fmt: skip
    xmp = (
        struct.pack(">I", 8 + 16 + 4)
        + b"uuid"
        + bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
        + b"<x/>"
    )
    data = (
        box(b"ftyp", b"qt  ")
        + box(b"moov", box(b"udta", meta) + box(b"trak"))
        + xmp
        + box(b"mdat", b"\0" * 32)
    )
    boxes = walk_bytes(data)
    assert top_level(boxes) == ["ftyp", "moov", "uuid", "mdat"]
    keys = next(b for b in boxes if b.type == b"keys")
    assert keys.path == ("moov", "udta", "meta", "keys")
    assert keys_of(keys) == [
        "com.apple.quicktime.location.ISO6709",
        "com.apple.quicktime.title",
    ]
    assert private_data(boxes) == [
        "moov/udta/meta/keys: clave com.apple.quicktime.location.ISO6709",
        "uuid: uuid XMP",
    ]


def test_the_walker_reads_iso_full_meta_and_64_bit_sizes():
    ilst = box(
        b"ilst", box(b"\xa9nam", box(b"data", b"\0" * 8 + b"Hola")) + box(b"\xa9xyz", b"x")
    )
    meta = box(
        b"meta", b"\0\0\0\0" + box(b"hdlr", b"\0" * 24) + ilst
    )  # version + flags first
    large = struct.pack(">I4sQ", 1, b"mdat", 16 + 4) + b"abcd"
    boxes = walk_bytes(box(b"moov", box(b"udta", meta)) + large)
    assert [b.name for b in boxes if b.path[:4] == ("moov", "udta", "meta", "ilst")][1:] == [
        "©nam", "data", "©xyz"]  # fmt: skip
    assert private_data(boxes) == ["moov/udta/meta/ilst/©xyz: ©xyz (ubicación QuickTime)"]
    assert boxes[-1].size == 20


def test_a_malformed_box_is_an_error_not_a_silent_pass():
    with pytest.raises(ValueError, match="mal formada"):
        walk_bytes(struct.pack(">I", 4000) + b"moov" + b"\0" * 8)
