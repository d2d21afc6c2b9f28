"""The corpus's JPEGs: a few distinct pictures, copied with per-file differences.

Our image cache is keyed by content, so a hard link (or a byte-identical
copy) of one photo would be processed once and reused for every other: a
benchmark that cheats. Every file written here is a real file whose bytes
differ: its EXIF ``DateTime`` is rewritten in place (same length, so no
offset moves) to the time of its event, and a JPEG comment segment naming the
file is inserted after the APPn segments. The pixels stay those of a few
distinct pictures, which is what a costly decode needs; generating 3,000
distinct 12-megapixel scenes would take hours for nothing.

- gallery photos: ``bench/photos.py``'s 12-megapixel camera JPEGs (its pool,
  made once; one in six stored turned with EXIF Orientation 6);
- bulletin images: 1200×675 scenes from the same generator, with camera EXIF.
"""

from __future__ import annotations

import io
import os
import random
import re
from datetime import datetime

from bench import photos as photo_pool

BULLETIN_SIZE = (1200, 675)
_EXIF_TIME = re.compile(rb"\d{4}:\d\d:\d\d \d\d:\d\d:\d\d")


def _segments_end(data: bytes) -> int:
    """Offset just after SOI and the APPn segments (EXIF, JFIF) that follow it."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    pos = 2
    while data[pos] == 0xFF and 0xE0 <= data[pos + 1] <= 0xEF:
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return pos


def unique_copy(data: bytes, taken: datetime, note: str) -> bytes:
    """``data`` with its EXIF DateTime set to ``taken`` and a comment ``note``."""
    end = _segments_end(data)
    head = _EXIF_TIME.sub(
        taken.strftime("%Y:%m:%d %H:%M:%S").encode("ascii"), data[:end], count=1
    )
    comment = note.encode("utf-8")[:60000]
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return head + segment + data[end:]


def write_copy(path: str, data: bytes, taken: datetime, note: str) -> None:
    with open(path, "wb") as handle:
        handle.write(unique_copy(data, taken, note))


def bulletin_bases(count: int, seed: int) -> list[bytes]:
    """``count`` distinct 1200×675 scenes as camera JPEGs (in memory)."""
    bases = []
    for index in range(count):
        rng = random.Random(f"bulletin:{seed}:{index}")
        image = photo_pool.scene(rng, *BULLETIN_SIZE)
        buffer = io.BytesIO()
        exif = photo_pool.camera_exif(rng, index, 1)
        image.save(buffer, "JPEG", quality=85, exif=exif)
        bases.append(buffer.getvalue())
    return bases


def gallery_pool(pool_dir: str, count: int, workers: int) -> list[bytes]:
    """``count`` distinct 12-megapixel camera JPEGs (bench/photos.py's pool)."""
    paths = photo_pool.ensure_pool(pool_dir, count, workers)
    result = []
    for path in paths:
        with open(path, "rb") as handle:
            result.append(handle.read())
    return result


def photo_name(index: int, words: str) -> str:
    return f"{index + 1:02d}-{words}.jpg"


def check_distinct(folder: str) -> int:
    """How many JPEGs under ``folder`` share their bytes with another (0 expected)."""
    import hashlib

    seen, repeated = set(), 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            if name.lower().endswith(".jpg"):
                with open(os.path.join(dirpath, name), "rb") as handle:
                    digest = hashlib.sha256(handle.read()).digest()
                repeated += digest in seen
                seen.add(digest)
    return repeated
