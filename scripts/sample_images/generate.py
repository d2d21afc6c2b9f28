"""Write every card in CARDS to disk, each from its own seeded generator.

Seeding per file name keeps each image's bytes stable even when rows are
added, removed or reordered.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from PIL import Image

from .card import render_card
from .cards import CARDS
from .exif import camera_exif

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "content" / "boletines" / "2021" / "imagenes"
SEED = "san-isidro-del-monte-2021"
JPEG_QUALITY = 85


def build(
    name: str, area: str, when_text: str, headline: str, picto: str, orientation: int
) -> Path:
    # The draw order from rng below is part of the output; keep it as is.
    rng = random.Random(f"{SEED}:{name}")
    when = dt.datetime.strptime(when_text, "%Y-%m-%d %H:%M")
    taken = when - dt.timedelta(minutes=rng.randint(35, 150))  # photo predates bulletin
    card = render_card(area, when, headline, picto, rng)
    if orientation == 6:
        # Orientation 6 = "rotate 90° clockwise to display": store the pixels
        # turned 90° counter-clockwise.
        card = card.transpose(Image.Transpose.ROTATE_90)
    exif = camera_exif(taken, rng, orientation)
    path = OUT_DIR / name
    card.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, exif=exif)
    return path


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    names = [card.name for card in CARDS]
    if len(names) != len(set(names)):
        print("Hay nombres de archivo repetidos en CARDS", file=sys.stderr)
        return 1
    total = 0
    for card in CARDS:
        path = build(*card)
        size = path.stat().st_size
        total += size
        print(
            f"{path.relative_to(ROOT)}  {size / 1024:.0f} KB"
            + ("  (Orientation 6)" if card.orientation == 6 else "")
        )
    print(f"{len(CARDS)} imágenes, {total / 1024 / 1024:.2f} MB en total")
    return 0
