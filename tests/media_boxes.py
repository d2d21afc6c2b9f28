"""Read published media files as players and metadata tools do: box by box.

A text search misses location data: FFmpeg turns a phone's ``©xyz`` text
into a binary ``loci`` box, and QuickTime keeps location under
``meta/keys`` as ``com.apple.quicktime.location.ISO6709``. So the privacy
tests walk the ISO-BMFF boxes (MP4, MOV, M4A), the RIFF chunks (WAV) and the
ID3 frames (MP3, with mutagen) and name what they find.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

# Boxes whose payload is only more boxes.
CONTAINERS = {
    b"moov", b"trak", b"mdia", b"minf", b"stbl", b"udta", b"edts", b"dinf",
    b"mvex", b"moof", b"traf", b"tref", b"ilst", b"sinf", b"schi", b"gmhd",
}  # fmt: skip
# Each child of ilst (an item: "©nam", or a 1-based index into keys) holds boxes.
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")

# What must never be published: location, the device, the software that made it.
PRIVATE_TYPES = {
    b"\xa9xyz": "©xyz (ubicación QuickTime)",
    b"loci": "loci (ubicación 3GPP)",
    b"\xa9mak": "©mak (marca del equipo)",
    b"\xa9mod": "©mod (modelo del equipo)",
    b"\xa9swr": "©swr (programa del equipo)",
    b"XMP_": "XMP_ (XMP de QuickTime)",
}
PRIVATE_KEYS = ("com.apple.quicktime.location", "com.apple.quicktime.make",
                "com.apple.quicktime.model", "com.apple.quicktime.software",
                "com.android.gps", "location")  # fmt: skip


@dataclass(frozen=True)
class Box:
    path: tuple[str, ...]  # ("moov", "udta", "meta", "ilst", "©nam")
    type: bytes
    offset: int  # where the box starts in the file
    size: int  # the whole box, header included
    payload: bytes  # the bytes after the header (empty for mdat, to save memory)
    usertype: bytes = b""  # the 16 bytes of a "uuid" box

    @property
    def name(self) -> str:
        return self.type.decode("latin-1")


def _header(data: bytes, pos: int, end: int) -> tuple[bytes, int, int]:
    """(type, size, header length) of the box at ``pos``."""
    size, kind = struct.unpack(">I4s", data[pos : pos + 8])
    header = 8
    if size == 1:
        (size,) = struct.unpack(">Q", data[pos + 8 : pos + 16])
        header = 16
    elif size == 0:  # to the end of the enclosing box (or file)
        size = end - pos
    if size < header or pos + size > end:
        raise ValueError(f"caja {kind!r} mal formada en el byte {pos}")
    return kind, size, header


def _children(data: bytes, start: int, end: int, path: tuple[str, ...]) -> list[Box]:
    boxes = []
    pos = start
    while pos + 8 <= end:
        kind, size, header = _header(data, pos, end)
        body = pos + header
        usertype = b""
        if kind == b"uuid":
            usertype, body = data[body : body + 16], body + 16
        name = kind.decode("latin-1")
        payload = b"" if kind == b"mdat" else data[body : pos + size]
        boxes.append(Box((*path, name), kind, pos, size, payload, usertype))
        if kind in CONTAINERS or path[-1:] == ("ilst",):
            boxes += _children(data, body, pos + size, (*path, name))
        elif kind == b"meta":
            # ISO meta is a full box (4 bytes of version and flags); QuickTime's
            # is not: then the first child, hdlr, starts right away.
            skip = 0 if data[body + 4 : body + 8] == b"hdlr" else 4
            boxes += _children(data, body + skip, pos + size, (*path, name))
        pos += size
    return boxes


def walk(path) -> list[Box]:
    """Every box of an ISO-BMFF file, depth first, in file order."""
    with open(path, "rb") as handle:
        data = handle.read()
    return walk_bytes(data)


def walk_bytes(data: bytes) -> list[Box]:
    return _children(data, 0, len(data), ())


def top_level(boxes: list[Box]) -> list[str]:
    return [b.name for b in boxes if len(b.path) == 1]


def keys_of(box: Box) -> list[str]:
    """The names in a ``keys`` box (QuickTime metadata: version, count, entries)."""
    data = box.payload
    (count,) = struct.unpack(">I", data[4:8])
    names, pos = [], 8
    for _ in range(count):
        size = struct.unpack(">I", data[pos : pos + 4])[0]
        names.append(data[pos + 8 : pos + size].decode("utf-8", "replace"))
        pos += size
    return names


def private_data(boxes: list[Box]) -> list[str]:
    """What in these boxes would tell where or with what a recording was made."""
    found = []
    for box in boxes:
        where = "/".join(box.path)
        if box.type in PRIVATE_TYPES:
            found.append(f"{where}: {PRIVATE_TYPES[box.type]}")
        elif box.type == b"uuid":
            what = "XMP" if box.usertype == XMP_UUID else box.usertype.hex()
            found.append(f"{where}: uuid {what}")
        elif box.type == b"keys":
            found += [
                f"{where}: clave {key}"
                for key in keys_of(box)
                if key.lower().startswith(PRIVATE_KEYS)
            ]
    return found


def riff_chunks(path) -> list[tuple[str, bytes]]:
    """The chunks of a RIFF WAVE file (RIFF or RF64) as (id, payload)."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:4] not in (b"RIFF", b"RF64") or data[8:12] != b"WAVE":
        raise ValueError("no es un archivo WAVE")
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        kind, size = struct.unpack("<4sI", data[pos : pos + 8])
        chunks.append((kind.decode("latin-1"), data[pos + 8 : pos + 8 + size]))
        pos += 8 + size + (size & 1)  # chunks are padded to an even length
    return chunks
