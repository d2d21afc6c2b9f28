"""Press copies read back as a newsroom reads them, for the tests.

exiftool (Debian libimage-exiftool-perl, tests/install-deps.sh) reads the
metadata: another program than the exiv2 that writes it, run with its
defaults, so IPTC text decodes as UTF-8 only if the file says so (1:90).
Pixels are compared with Pillow's own turn of the source (exif_transpose).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageChops, ImageOps

SWAPPING = {5, 6, 7, 8}
# Groups a press copy may have (exiftool -G1); anything else is leaked data.
PUBLIC_GROUPS = {
    "ExifTool", "System", "File", "JFIF", "IFD0", "IPTC", "Composite",
    "XMP-x", "XMP-dc", "XMP-photoshop", "XMP-iptcCore",
}  # fmt: skip
EXIFTOOL = shutil.which("exiftool") or "exiftool"  # tests/install-deps.sh installs it


def read_metadata(paths: list[Path]) -> list[dict]:
    """Every tag of each file, by group (``"IPTC:Credit"``), numbers as numbers."""
    done = subprocess.run(
        [EXIFTOOL, "-j", "-G1", "-a", "-n", *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def orientation(path: Path) -> int:
    with Image.open(path) as image:
        return image.getexif().get(0x0112, 1)


def upright(source: Path) -> Image.Image:
    with Image.open(source) as image:
        return ImageOps.exif_transpose(image).convert("RGB")


def pixel_difference(press: Image.Image, source: Path) -> tuple[int, float]:
    """Largest difference of a channel and the share of pixels that differ at
    all, against the source decoded and turned by Pillow. A lossless turn
    differs only by the decoder's rounding (at most 3 to 5, a few % of pixels);
    re-encoding at quality 92 gives 16 and a third of the pixels."""
    expected = upright(source)
    assert press.size == expected.size, (press.size, expected.size)
    difference = ImageChops.difference(press.convert("RGB"), expected)
    largest = max(high for _, high in difference.getextrema())
    histogram = difference.convert("L").histogram()
    return largest, sum(histogram[1:]) / (press.width * press.height)


def same_quantization(press: Image.Image, source: Path) -> bool:
    """The press copy kept the source's quantization tables (transposed when
    the turn swaps the axes): the coefficients were moved, not re-encoded."""
    with Image.open(source) as original:
        tables, turned = original.quantization, orientation(source) in SWAPPING
    for key, table in tables.items():
        if turned:
            table = [table[col * 8 + row] for row in range(8) for col in range(8)]
        if list(press.quantization[key]) != list(table):
            return False
    return True


def decode(payload: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(payload))
    image.load()
    return image
