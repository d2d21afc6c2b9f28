"""The Sala de Cabildo of the Palacio Municipal: panelled room, coat of arms, flags,
the council's long table and the public's chairs. Used by ``cabildo``."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .lens import Photo, develop
from .people import random_look, stamp
from .props import (
    bottle,
    chair,
    flat,
    font,
    mic,
    plane,
    sign,
    table,
)
from .room import glow, panels, pool, tiles
from .space import Cam, box, pole, warp3
from .texture import gradient, jitter, shade

GUINDA = (112, 26, 44)


WALL = (232, 224, 206)


ROOM = dict(
    bloom=0.2,
    threshold=225,
    vignette=0.3,
    iso_grain=2.8,
    chroma=0.8,
    warm=(1.05, 1.0, 0.92),
)


MEMBERS = [
    "Regidora",
    "Síndico",
    "Regidor",
    "Presidenta Municipal",
    "Secretario",
    "Regidora",
    "Regidor",
    "Regidora",
]


def escudo(size=600) -> Image.Image:
    """The town's coat of arms, simplified: a shield with a tree and a hill."""
    img = Image.new("RGBA", (size, round(size * 1.2)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size
    shield = [
        (0.05 * s, 0.05 * s),
        (0.95 * s, 0.05 * s),
        (0.95 * s, 0.7 * s),
        (0.5 * s, 1.15 * s),
        (0.05 * s, 0.7 * s),
    ]
    d.polygon(shield, fill=(196, 160, 72))
    inner = [(x * 0.86 + 0.07 * s, y * 0.86 + 0.07 * s) for x, y in shield]
    d.polygon(inner, fill=GUINDA)
    d.polygon(
        [(0.2 * s, 0.8 * s), (0.5 * s, 0.45 * s), (0.8 * s, 0.8 * s)], fill=(70, 110, 70)
    )
    d.ellipse([0.38 * s, 0.2 * s, 0.62 * s, 0.44 * s], fill=(236, 210, 120))
    return img


def jalisco(layer, cam: Cam, x, z, hgt=2.4):
    d = ImageDraw.Draw(layer)
    pole(d, cam, x, z, 0, hgt, 0.02, (176, 150, 86))
    for i in range(8):
        u = i / 8
        c = (20, 54, 140) if u < 0.5 else (236, 192, 40)
        lum = 0.72 + 0.3 * (0.5 + 0.5 * math.cos(i * 2.3))
        d.polygon(
            [
                cam.p(x + 0.03 + 0.5 * u, hgt - 0.02, z),
                cam.p(x + 0.03 + 0.5 * (u + 0.125), hgt - 0.02, z),
                cam.p(x + 0.5 * (u + 0.125) - 0.1, hgt - 1.55, z),
                cam.p(x + 0.5 * u - 0.1, hgt - 1.55, z),
            ],
            fill=shade(c, lum),
        )


def room(ph: Photo, rng: random.Random, back: float, xo=0.0, width=13.0, windows=True):
    """Back wall at depth back, side walls at xo +- width/2, floor and ceiling."""
    cam = ph.cam
    w, h = ph.wh
    x0, x1 = xo - width / 2, xo + width / 2
    ph.plate.paste(gradient((w, h), [(0, (226, 222, 214)), (1, (120, 110, 100))]))
    floor = tiles(rng, (1400, 1400), (196, 182, 160), (184, 170, 150), n=(14, 14))
    warp3(ph.plate, cam, floor, [(x0, 0, back), (x1, 0, back), (x1, 0, 0.3), (x0, 0, 0.3)])
    ceil = Image.new("RGB", (800, 800), (236, 234, 228))
    cd = ImageDraw.Draw(ceil)
    for i in range(3):
        for j in range(5):
            cd.rectangle(
                [120 + i * 240, 60 + j * 150, 200 + i * 240, 130 + j * 150],
                fill=(255, 255, 252),
            )
    warp3(
        ph.plate,
        cam,
        ceil,
        [(x0, 3.6, 0.3), (x1, 3.6, 0.3), (x1, 3.6, back), (x0, 3.6, back)],
    )
    wall = panels(rng, (1800, 360), (96, 60, 36), cols=10, rows=1)
    plaster = gradient((900, 400), [(0, WALL), (1, shade(WALL, 0.9))])
    warp3(
        ph.plate,
        cam,
        plaster,
        [(x0, 3.6, back), (x1, 3.6, back), (x1, 1.3, back), (x0, 1.3, back)],
    )
    warp3(
        ph.plate,
        cam,
        wall,
        [(x0, 1.3, back), (x1, 1.3, back), (x1, 0, back), (x0, 0, back)],
    )
    for x, z0, z1 in ((x0, back, 0.3), (x1, 0.3, back)):
        warp3(
            ph.plate, cam, plaster, [(x, 3.6, z0), (x, 3.6, z1), (x, 1.3, z1), (x, 1.3, z0)]
        )
        warp3(ph.plate, cam, wall, [(x, 1.3, z0), (x, 1.3, z1), (x, 0, z1), (x, 0, z0)])
    if windows:
        for i in range(3):
            z = back - 2.5 - i * 3.2
            if z < 1:
                continue
            glass = gradient((200, 400), [(0, (250, 236, 210)), (1, (214, 206, 196))])
            warp3(
                ph.plate,
                cam,
                glass,
                [
                    (x0 + 0.01, 3.0, z + 0.8),
                    (x0 + 0.01, 3.0, z - 0.8),
                    (x0 + 0.01, 1.1, z - 0.8),
                    (x0 + 0.01, 1.1, z + 0.8),
                ],
            )
    title = sign(
        (2400, 200),
        [("H. AYUNTAMIENTO DE SAN ISIDRO DEL MONTE", 1)],
        WALL,
        (150, 116, 52),
        serif=True,
    )
    plane(ph.plate, cam, title, xo - 3.2, xo + 3.2, 3.0, 3.35, back - 0.01)
    plane(ph.plate, cam, escudo(), xo - 0.45, xo + 0.45, 1.75, 2.85, back - 0.01)


def council(
    ph: Photo, rng: random.Random, z, xs, pose="sit_table", cam=None, dim=1.0, roles=None
):
    """The long table at depth z with the members seated behind it."""
    cam = cam or ph.cam
    roles = roles or [MEMBERS[i % len(MEMBERS)] for i in range(len(xs))]
    x0, x1 = min(xs) - 0.8, max(xs) + 0.8
    looks = []
    for i, x in enumerate(xs):
        role = roles[i]
        female = role.startswith(("Regidora", "Presidenta"))
        look = random_look(
            rng,
            female=female,
            age="adult",
            mask_p=1.0,
            top_kind=rng.choice(["jacket", "jacket", "long"]),
        )
        if look.top_kind == "jacket":
            look.top = jitter(
                rng,
                rng.choice([(34, 36, 44), (50, 50, 56), (70, 40, 50), (90, 96, 110)]),
                6,
            )
        looks.append(look)
        p = pose(i) if callable(pose) else pose

        def seat(layer, d, x=x, lk=look, p=p):
            box(d, cam, x - 0.3, x + 0.3, 0.45, 1.25, z + 1.05, z + 1.12, (40, 26, 22))
            stamp(layer, cam, x, z + 0.85, lk, p, "front", shadow=0, dim=dim)

        ph.add(z + 0.9, seat)

    def desk(layer, d):
        table(d, cam, x0, x1, z - 0.4, z + 0.4, cloth=GUINDA)
        for i, x in enumerate(xs):
            plate = sign((500, 140), [(roles[i], 1)], (246, 242, 232), (40, 36, 40))
            plane(layer, cam, plate, x - 0.16, x + 0.16, 0.76, 0.85, z - 0.38)
            mic(d, cam, x + 0.18, 0.76, z - 0.1)
            flat(d, cam, x - 0.3, x - 0.05, 0.762, z - 0.1, z + 0.1, (236, 232, 220))
            if i % 2:
                bottle(d, cam, x - 0.35, 0.76, z + 0.05)

    ph.add(z - 0.4, desk)
    return looks


def public(ph: Photo, rng: random.Random, rows, xs, occupancy=0.55, dim=0.85):
    cam = ph.cam
    for z in rows:
        for x in xs:
            ph.add(
                z - 0.25,
                lambda ly, d, x=x, z=z: chair(d, cam, x, z, (52, 52, 58), facing=1),
            )
            if rng.random() < occupancy:
                look = random_look(
                    rng, mask_p=1.0, age=rng.choice(["adult", "old", "young"])
                )
                ph.add(
                    z,
                    lambda ly, d, x=x, z=z, lk=look: stamp(
                        ly, cam, x, z, lk, "sit", "back", shadow=0, dim=dim
                    ),
                )


def finish(ph: Photo, rng, size, light=None, roll=0.0):
    img = ph.render()
    w, h = ph.wh
    img = pool(img, light or (w * 0.5, h * 0.3), w * 0.9, gain=1.15, floor=0.7)
    img = glow(img, (0, h * 0.4), w * 0.5, (255, 220, 170), 0.25)
    return develop(img, rng, size, roll=roll, **ROOM)


def acta(size=(850, 1100)) -> Image.Image:
    w, h = size
    img = gradient(size, [(0, (250, 250, 246)), (1, (238, 236, 230))])
    d = ImageDraw.Draw(img)
    d.text(
        (w / 2, 70),
        "ACTA DE LA SESIÓN ORDINARIA",
        font=font(30),
        fill=(30, 30, 30),
        anchor="ma",
    )
    d.text(
        (w / 2, 115),
        "DEL H. AYUNTAMIENTO DE SAN ISIDRO DEL MONTE",
        font=font(22),
        fill=(30, 30, 30),
        anchor="ma",
    )
    d.text(
        (w / 2, 150),
        "24 de febrero de 2021",
        font=font(20, bold=False),
        fill=(60, 60, 60),
        anchor="ma",
    )
    y = 210
    for i in range(24):
        ln = 0.9 if i % 6 != 5 else 0.5
        d.line([(70, y), (70 + (w - 140) * ln, y)], fill=(120, 120, 124), width=6)
        y += 30
    for i in range(3):
        x = 120 + i * 230
        d.line([(x, h - 120), (x + 180, h - 120)], fill=(40, 40, 40), width=2)
        d.line(
            [(x + 20, h - 140), (x + 70, h - 170), (x + 110, h - 135), (x + 160, h - 160)],
            fill=(30, 40, 120),
            width=4,
        )
    return img
