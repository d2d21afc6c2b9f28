"""Render every gallery in ``catalog.GALLERIES`` into content/galerias/.

Each photo gets its own generator, seeded by gallery folder and file name,
so its bytes stay the same when other photos are added or changed.
Usage: ``python scripts/make_sample_photos.py [word ...]`` renders only the
photos whose folder/file contains one of the words (all when none is given).
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import sys
from pathlib import Path

from PIL import Image

from . import sidecar
from .catalog import GALLERIES, Gallery, Shot
from .exif import camera_exif

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "content" / "galerias"
SEED = "san-isidro-del-monte-galerias-2021"
JPEG_QUALITY = 88
LANDSCAPE, PORTRAIT = (2400, 1600), (1600, 2400)

# Orientation tag -> how to store the upright photo so a viewer that applies
# the tag shows it upright again (6: viewer turns 90° clockwise; 3: 180°).
STORE = {1: None, 3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90}


def build(g: Gallery, shot: Shot, folder: Path) -> Path:
    rng = random.Random(f"{SEED}:{g.folder}/{shot.file}")
    scene = getattr(importlib.import_module(f"{__package__}.{g.module}"), shot.scene)
    img = scene(rng, PORTRAIT if shot.portrait else LANDSCAPE)
    if STORE[shot.orientation] is not None:
        img = img.transpose(STORE[shot.orientation])
    taken = dt.datetime.strptime(f"{g.date[:10]} {shot.time}", "%Y-%m-%d %H:%M:%S")
    exif = camera_exif(
        taken, rng, shot.orientation, make=g.camera[0], model=g.camera[1], gps=g.gps
    )
    path = folder / shot.file
    img.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, exif=exif)
    return path


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    total = 0
    for g in GALLERIES:
        folder = OUT_DIR / g.folder
        folder.mkdir(parents=True, exist_ok=True)
        names = {s.file for s in g.shots}
        if g.cover not in names or len(names) != len(g.shots):
            print(f"{g.folder}: portada o nombres de archivo incorrectos", file=sys.stderr)
            return 1
        for stale in folder.glob("*.jpg"):
            if stale.name not in names:
                stale.unlink()
        sidecar.write(g, folder)
        for shot in g.shots:
            key = f"{g.folder}/{shot.file}"
            if words and not any(w in key for w in words):
                continue
            path = build(g, shot, folder)
            size = path.stat().st_size
            total += size
            note = f"  (Orientation {shot.orientation})" if shot.orientation != 1 else ""
            print(f"{path.relative_to(ROOT)}  {size / 1024:.0f} KB{note}", flush=True)
    print(f"{total / 1024 / 1024:.2f} MB escritos")
    return 0
