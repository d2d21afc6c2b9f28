"""Reforestation on Cerro La Mesa: burnt trunks, terraces, nursery saplings
and volunteers with shovels under a clear March sky."""

from __future__ import annotations

import random

from .cerro_grupos import arbolitos, grupo, registro
from .lens import Photo
from .monte import HAZE, SUN, cepa, hillside, landscape, shoot, snags, volunteer
from .nature import soft_shadow
from .people import stamp
from .plants import sapling
from .texture import shade

__all__ = [
    "arbolitos",
    "estudiantes",
    "grupo",
    "ladera",
    "plantacion",
    "registro",
    "riego",
    "terrazas",
]


def ladera(rng: random.Random, size=(2400, 1600)):
    t = 0.08
    ph = Photo(
        rng, size, fov=58, height=1.65, horizon=0.34, focus=30, aperture=0.006, haze=HAZE
    )
    cam = ph.cam
    landscape(ph, rng, t)
    hillside(ph, rng, t)
    for _ in range(12):  # terraces: contour berms across the slope
        z = rng.uniform(14, 120)
        x0 = rng.uniform(-0.7, 0.2) * z
        pts = [
            (x0 + i * 0.5, -t * z, z + rng.uniform(-0.15, 0.15))
            for i in range(int(rng.uniform(0.2, 0.5) * z / 0.5))
        ]
        ph.add(
            z,
            lambda ly, d, pts=pts, z=z: d.line(
                [cam.p(x, y + 0.05, zz - 0.3) for x, y, zz in pts],
                fill=(104, 80, 58),
                width=max(2, round(0.3 * cam.k(z))),
            ),
        )
    snags(ph, rng, 50, (12, 260), t)
    for i in range(34):
        z = rng.uniform(9, 70) if i > 4 else rng.uniform(11, 16)
        x = rng.uniform(-0.6, 0.6) * z
        look = volunteer(rng, carry=rng.choice(["shovel", "shovel", None]))
        pose = rng.choice(["dig", "kneel", "stand", "walk", "dig"])
        view = (
            rng.choice(["left", "right"])
            if pose != "stand"
            else rng.choice(["back", "front"])
        )
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look, p=pose, v=view: stamp(
                ly, cam, x, z, lk, p, v, lift=-t * z, shadow=0, sun=SUN
            ),
        )
        ph.add(
            z - 0.6,
            lambda ly, d, x=x, z=z: sapling(
                ly, cam, rng, x + 0.8, z - 0.6, bag=False, hgt=0.5, y0=-t * (z - 0.6)
            ),
        )
    for x, z in ((-1.6, 5.0), (-1.2, 5.4), (2.0, 6.2)):
        ph.add(z, lambda ly, d, x=x, z=z: sapling(ly, cam, rng, x, z, "pino", y0=-t * z))
    return shoot(ph, rng, size, t, 0.6)


def plantacion(rng: random.Random, size=(2400, 1600)):
    t = -0.12
    ph = Photo(
        rng, size, fov=46, height=1.35, horizon=0.42, focus=4.4, aperture=0.02, haze=HAZE
    )
    cam = ph.cam
    landscape(ph, rng, 0.0, valley=-40.0)
    hillside(ph, rng, t)
    snags(ph, rng, 20, (9, 60), t)
    kid = volunteer(rng, female=True, mask=(168, 206, 228), hat=None, hair_style="long")
    boy = volunteer(rng, female=False, carry="shovel", mask=(236, 238, 240))
    cepa(ph, rng, 0.35, 4.35, t, "pino", 0.45)
    ph.add(
        4.5,
        lambda ly, d: stamp(
            ly, cam, -0.3, 4.5, kid, "kneel", "right", lift=-t * 4.5, shadow=0, sun=SUN
        ),
    )
    ph.add(
        4.9,
        lambda ly, d: stamp(
            ly, cam, 1.15, 4.9, boy, "stand", "left", lift=-t * 4.9, shadow=0, sun=SUN
        ),
    )
    for _ in range(8):
        z = rng.uniform(9, 30)
        x = rng.uniform(-0.6, 0.6) * z
        look = volunteer(rng, carry="shovel")
        pose = rng.choice(["dig", "kneel", "stand"])
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look, p=pose: stamp(
                ly,
                cam,
                x,
                z,
                lk,
                p,
                rng.choice(["left", "right"]) if p != "stand" else "back",
                lift=-t * z,
                shadow=0,
                sun=SUN,
            ),
        )
    return shoot(ph, rng, size, t, 0.9)


def riego(rng: random.Random, size=(2400, 1600)):
    t = -0.1
    ph = Photo(
        rng, size, fov=44, height=1.4, horizon=0.34, focus=4.6, aperture=0.02, haze=HAZE
    )
    cam = ph.cam
    landscape(ph, rng, 0.0, valley=-40.0)
    hillside(ph, rng, t)
    snags(ph, rng, 18, (8, 60), t)
    woman = volunteer(rng, female=True, carry="jug", hat="cap", top=(46, 96, 60))
    ph.add(
        4.6,
        lambda ly, d: stamp(
            ly, cam, -0.5, 4.6, woman, "pour", "right", lift=-t * 4.6, shadow=0, sun=SUN
        ),
    )
    cepa(ph, rng, 0.12, 4.5, t, "encino", 0.5)

    def buckets(layer, d):
        for x, c in ((-1.3, (230, 120, 40)), (-1.7, (40, 110, 190))):
            k = cam.k(4.3)
            bx, by = cam.p(x, -t * 4.3, 4.3)
            soft_shadow(layer, bx + 0.1 * k, by, 0.2 * k, 0.05 * k)
            d.polygon(
                [
                    (bx - 0.13 * k, by - 0.3 * k),
                    (bx + 0.13 * k, by - 0.3 * k),
                    (bx + 0.1 * k, by),
                    (bx - 0.1 * k, by),
                ],
                fill=c,
            )
            d.ellipse(
                [bx - 0.13 * k, by - 0.33 * k, bx + 0.13 * k, by - 0.27 * k],
                fill=shade(c, 0.6),
            )

    ph.add(4.3, buckets)
    for x, z in ((2.0, 5.2), (-2.6, 6.5), (1.0, 7.8), (3.4, 8.4)):
        cepa(ph, rng, x, z, t)
    return shoot(ph, rng, size, t, -0.3)


def estudiantes(rng: random.Random, size=(2400, 1600)):
    t = -0.14
    ph = Photo(
        rng, size, fov=50, height=1.5, horizon=0.4, focus=7.5, aperture=0.012, haze=HAZE
    )
    cam = ph.cam
    landscape(ph, rng, 0.0, valley=-60.0)
    hillside(ph, rng, t)
    snags(ph, rng, 30, (6, 80), t)
    for i in range(9):
        z = 4.5 + i * 1.2
        x = -1.6 + i * 0.45 + rng.uniform(-0.15, 0.15)
        look = volunteer(rng, carry="shovel")
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look: stamp(
                ly, cam, x, z, lk, "walk", "right", lift=-t * z, shadow=0, sun=SUN
            ),
        )
    return shoot(ph, rng, size, t, 1.1)


def terrazas(rng: random.Random, size=(2400, 1600)):
    t = -0.3
    ph = Photo(
        rng, size, fov=50, height=1.6, horizon=0.3, focus=9, aperture=0.01, haze=HAZE
    )
    landscape(ph, rng, 0.0, valley=-30.0)
    hillside(ph, rng, t, far=70)
    for n in range(16):
        z = 3.2 + n * 1.4
        for i in range(-8, 9):
            x = i * 1.5 + (0.75 if n % 2 else 0) + rng.uniform(-0.2, 0.2)
            if abs(x) < z * 0.75:
                cepa(ph, rng, x, z + rng.uniform(-0.2, 0.2), t)
    snags(ph, rng, 16, (8, 40), t, xr=0.5)
    for _ in range(5):
        z = rng.uniform(12, 24)
        look = volunteer(rng, carry="shovel")
        x = rng.uniform(-0.4, 0.4) * z
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look: stamp(
                ly,
                ph.cam,
                x,
                z,
                lk,
                "dig",
                rng.choice(["left", "right"]),
                lift=-t * z,
                shadow=0,
                sun=SUN,
            ),
        )
    return shoot(ph, rng, size, t, -0.6)
