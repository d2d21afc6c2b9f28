"""A press copy at full size without decoding: rewrite the JPEG's segments.

Re-encoding a 12-megapixel photo costs more than every other size together;
journalists want the original pixels anyway. Keeping the entropy-coded data
and the segments needed to decode it (JFIF, ICC, Adobe) while dropping every
metadata segment (EXIF with GPS and serials, XMP, IPTC, comments, maker
segments) gives the original quality with none of the private data.
"""

from __future__ import annotations

import struct

SOI = b"\xff\xd8"
KEEP_APP = {0xE0, 0xE2, 0xEE}  # APP0 JFIF, APP2 ICC profile, APP14 Adobe (colour transform)


class NotAJpeg(ValueError):
    pass


def strip_metadata(data: bytes, new_app1: bytes) -> bytes:
    """Return ``data`` with metadata segments replaced by ``new_app1`` (EXIF)."""
    if not data.startswith(SOI):
        raise NotAJpeg("no empieza como un JPEG")
    out = [SOI]
    position = 2
    inserted = False
    while position < len(data):
        if data[position] != 0xFF:
            raise NotAJpeg("estructura JPEG dañada")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out.append(data[position : position + 2])
            position += 2
            continue
        if position + 4 > len(data):
            raise NotAJpeg("el archivo termina antes de tiempo")
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        segment = data[position : position + 2 + length]
        is_app = 0xE0 <= marker <= 0xEF
        if not inserted and marker != 0xE0:
            out.append(_app1(new_app1))
            inserted = True
        if marker == 0xDA:  # start of scan: the rest is image data
            out.append(data[position:])
            return b"".join(out)
        if marker == 0xFE or (is_app and marker not in KEEP_APP):
            position += 2 + length
            continue
        out.append(segment)
        position += 2 + length
    raise NotAJpeg("el archivo no tiene datos de imagen")


def _app1(exif: bytes) -> bytes:
    """An APP1 segment from Pillow's ``Exif.tobytes()`` (which has the header)."""
    return b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
