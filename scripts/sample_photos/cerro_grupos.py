"""Reforestation, with people: registration at the foot of the hill, the
nursery trees waiting, and the group photo at the end."""

from __future__ import annotations

import random

from .deportiva import SUN
from .lens import Photo
from .monte import HAZE, hillside, landscape, shoot, snags, volunteer
from .people import random_look, stamp
from .plants import pine, sapling
from .props import table, tent


def registro(rng: random.Random, size=(2400, 1600)):
    t = -0.02
    ph = Photo(
        rng, size, fov=56, height=1.6, horizon=0.46, focus=7, aperture=0.012, haze=HAZE
    )
    cam = ph.cam
    landscape(ph, rng, 0.0, valley=0.0)
    hillside(ph, rng, t)
    snags(ph, rng, 25, (60, 200), t)
    ph.add(62, lambda ly, d: pine(d, cam, rng, -30, 62, 11, (44, 70, 48)))
    ph.add(8.5, lambda ly, d: tent(d, cam, 0.5, 8.5, 4, 3.2, 2.4, (244, 244, 242)))
    ph.add(8.0, lambda ly, d: table(d, cam, -0.6, 1.6, 7.6, 8.2, cloth=(236, 236, 234)))
    for x in (-0.1, 1.0):
        look = random_look(rng, age="adult", mask_p=1.0, vest=(28, 86, 50), hat_p=0)
        ph.add(
            8.6,
            lambda ly, d, x=x, lk=look: stamp(
                ly, cam, x, 8.6, lk, "sit_table", "front", shadow=0
            ),
        )
    for i in range(5):
        z = 6.9 - i * 0.8
        look = volunteer(rng, carry=rng.choice(["shovel", None]))
        ph.add(
            z,
            lambda ly, d, z=z, lk=look: stamp(
                ly,
                cam,
                0.2 + rng.uniform(-0.2, 0.2),
                z,
                lk,
                "stand",
                "back",
                shadow=0,
                sun=SUN,
            ),
        )
    for row in range(4):
        for col in range(9):
            x, z = -5.5 + col * 0.26, 6.2 + row * 0.26
            ph.add(
                z,
                lambda ly, d, x=x, z=z: sapling(
                    ly, cam, rng, x, z, rng.choice(["pino", "encino"]), hgt=0.35
                ),
            )
    return shoot(ph, rng, size, t, -0.5)


def arbolitos(rng: random.Random, size=(1600, 2400)):
    t = 0.0
    ph = Photo(
        rng, size, fov=44, height=0.95, horizon=0.22, focus=1.6, aperture=0.03, haze=HAZE
    )
    cam = ph.cam
    landscape(ph, rng, 0.0, valley=-40.0)
    hillside(ph, rng, 0.0)
    for row in range(12):
        for col in range(7):
            x = -0.9 + col * 0.27 + (row % 2) * 0.12
            z = 1.0 + row * 0.27
            kind = rng.choice(["pino", "pino", "encino", "madrono"])
            ph.add(
                z,
                lambda ly, d, x=x, z=z, k=kind: sapling(
                    ly, cam, rng, x, z, k, hgt=rng.uniform(0.3, 0.45)
                ),
            )
    for x in (-0.6, 0.5, 1.3):
        look = volunteer(rng)
        ph.add(
            6.5,
            lambda ly, d, x=x, lk=look: stamp(
                ly, cam, x, 6.5, lk, "stand", "front", shadow=0, sun=SUN
            ),
        )
    return shoot(ph, rng, size, t, -1.0)


def grupo(rng: random.Random, size=(2400, 1600)):
    t = -0.05
    ph = Photo(
        rng, size, fov=50, height=1.55, horizon=0.4, focus=7.2, aperture=0.014, haze=HAZE
    )
    cam = ph.cam
    landscape(ph, rng, 0.0, valley=-80.0)
    hillside(ph, rng, t)
    snags(ph, rng, 20, (14, 90), t)
    for row, (z, n) in enumerate(((7.8, 11), (7.0, 10))):
        for i in range(n):
            x = -3.2 + i * 0.64 + (0.32 if row else 0)
            look = volunteer(rng, carry="shovel" if i % 3 == 0 else None)
            if row == 0:
                look.height += 0.05
            ph.add(
                z,
                lambda ly, d, x=x, z=z, lk=look: stamp(
                    ly, cam, x, z, lk, "stand", "front", lift=-t * z, shadow=0, sun=SUN
                ),
            )
    return shoot(ph, rng, size, t, 0.4)
