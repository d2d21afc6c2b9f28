"""Fair crowds and the plaza dressed for the market. Used by ``tianguis``."""

from __future__ import annotations

import random

from .lens import Photo
from .people import random_look, stamp
from .plaza import buildings, dusk_sky, pavement, stall, strings, trees

DUSK = dict(
    bloom=0.4,
    threshold=190,
    vignette=0.3,
    iso_grain=3.0,
    chroma=1.0,
    warm=(1.06, 1.0, 0.92),
)


def visitor(rng: random.Random, kid=False):
    look = random_look(
        rng, mask_p=0.9, age="young" if kid else rng.choice(["adult", "young", "old"])
    )
    if kid:
        look.height = rng.uniform(1.05, 1.35)
    if rng.random() < 0.25:
        look.carry = "bag"
    return look


def crowd(ph: Photo, rng: random.Random, n, xr, zr, dim=0.6, motion=0.0):
    cam = ph.cam
    for _ in range(n):
        z = rng.uniform(*zr)
        x = rng.uniform(*xr) * z / zr[1] if xr[0] < 0 else rng.uniform(*xr)
        look = visitor(rng, kid=rng.random() < 0.15)
        view = rng.choice(["left", "right", "back", "front", "left", "right"])
        pose = "walk" if view in ("left", "right") else rng.choice(["stand", "walk"])
        mv = (
            (motion * cam.k(z) * (1 if view == "right" else -1), 0)
            if motion and view in ("left", "right") and rng.random() < 0.7
            else (0, 0)
        )
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look, v=view, p=pose: stamp(
                ly, cam, x, z, lk, p, v, shadow=0.3, dim=dim
            ),
            motion=mv,
        )


def square(ph: Photo, rng: random.Random, t: float, lit: float, stalls, papel=True):
    w, h = ph.wh
    ph.plate.paste(dusk_sky((w, h), t))
    buildings(ph, rng, 52, t)
    pavement(ph, rng, lit=lit)
    trees(
        ph,
        rng,
        [(-16, 18), (-15, 30), (17, 20), (15, 33), (-22, 42), (22, 44), (-6, 44)],
        lit=lit * 0.8,
    )
    for x, z in stalls:
        ph.add(z, lambda ly, d, x=x, z=z: stall(ly, d, ph.cam, rng, x, z, lit=lit + 0.15))
    if papel:
        strings(ph, rng, [((-14, 5.2, z), (14, 5.2, z)) for z in (7, 12, 18, 25)])
        strings(ph, rng, [((-14, 4.6, z), (14, 4.6, z)) for z in (9.5, 21)], kind="bulbs")
