"""The Plaza de Armas at dusk: sky, arcaded buildings, laurel trees, the
kiosk, street lamps, striped stall awnings, papel picado and bulbs. Used by
``tianguis`` for the cultural market."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .lens import Photo
from .lights import bulbs, papel_picado
from .plants import blob_tree
from .props import table
from .room import tiles
from .space import Cam, box, cylinder, pole, prism, warp3
from .texture import gradient, jitter, shade

AWNINGS = [
    ((196, 40, 50), (240, 236, 226)),
    ((30, 90, 170), (240, 236, 226)),
    ((240, 130, 30), (250, 200, 60)),
    ((40, 140, 90), (240, 236, 226)),
    ((200, 60, 130), (250, 200, 60)),
    ((120, 60, 160), (240, 236, 226)),
]
FACADES = [(214, 170, 96), (226, 214, 196), (184, 92, 64), (200, 190, 150), (160, 70, 60)]


def dusk_sky(size, t: float):
    """t = 0 at sunset glow, 1 at deep blue hour."""
    top = (int(48 - 20 * t), int(70 - 26 * t), int(128 - 30 * t))
    mid = (int(120 - 50 * t), int(118 - 50 * t), int(160 - 40 * t))
    low = (int(238 - 110 * t), int(158 - 70 * t), int(110 - 30 * t))
    return gradient(size, [(0, top), (0.35, mid), (0.62, low)])


def stripes(c1, c2, n=8, size=(400, 200)) -> Image.Image:
    img = Image.new("RGB", size, c1)
    d = ImageDraw.Draw(img)
    w = size[0] / n
    for i in range(1, n, 2):
        d.rectangle([i * w, 0, (i + 1) * w, size[1]], fill=c2)
    return img


def stall(
    layer,
    d,
    cam: Cam,
    rng: random.Random,
    x,
    z,
    w=2.4,
    dd=2.0,
    colors=None,
    lit=0.7,
    goods=True,
):
    """A market stall: metal frame, striped awning sloping to the front, table with goods."""
    c1, c2 = colors or rng.choice(AWNINGS)
    c1, c2 = shade(c1, lit), shade(c2, lit)
    x0, x1, z0, z1 = x - w / 2, x + w / 2, z - dd / 2, z + dd / 2
    for px in (x0, x1):
        for pz in (z0, z1):
            pole(d, cam, px, pz, 0, 2.3 if pz == z0 else 2.6, 0.02, (70, 70, 74))
    if goods:
        table(
            d,
            cam,
            x0 + 0.15,
            x1 - 0.15,
            z0 + 0.1,
            z0 + 0.8,
            top=0.78,
            cloth=shade(jitter(rng, (200, 190, 170), 20), lit),
        )
        for _ in range(26):
            gx = rng.uniform(x0 + 0.25, x1 - 0.25)
            gz = rng.uniform(z0 + 0.15, z0 + 0.7)
            gc = shade(
                jitter(
                    rng,
                    rng.choice(
                        [
                            (200, 60, 50),
                            (240, 190, 60),
                            (60, 120, 180),
                            (230, 230, 220),
                            (120, 70, 40),
                            (60, 140, 90),
                        ]
                    ),
                    20,
                ),
                lit * 1.1,
            )
            gh = rng.uniform(0.03, 0.18)
            box(d, cam, gx - 0.06, gx + 0.06, 0.78, 0.78 + gh, gz - 0.05, gz + 0.05, gc)
    tex = stripes(c1, c2)
    warp3(
        layer,
        cam,
        tex,
        [
            (x0 - 0.1, 2.65, z1),
            (x1 + 0.1, 2.65, z1),
            (x1 + 0.1, 2.3, z0 - 0.2),
            (x0 - 0.1, 2.3, z0 - 0.2),
        ],
    )
    warp3(
        layer,
        cam,
        tex,
        [
            (x0 - 0.1, 2.3, z0 - 0.2),
            (x1 + 0.1, 2.3, z0 - 0.2),
            (x1 + 0.1, 2.05, z0 - 0.2),
            (x0 - 0.1, 2.05, z0 - 0.2),
        ],
    )
    bx, by = cam.p(x, 2.25, z0)
    r = max(1.5, 0.04 * cam.k(z0))
    d.ellipse([bx - r, by - r, bx + r, by + r], fill=(255, 244, 210))


def kiosk(layer, d, cam: Cam, x, z, r=4.0, lit=0.8):
    """The bandstand: octagonal base, slender columns, a dome with a lantern."""
    base = [
        (
            x + r * math.cos(-i * math.pi / 4 + math.pi / 8),
            z + r * math.sin(-i * math.pi / 4 + math.pi / 8),
        )
        for i in range(8)
    ]
    prism(
        d, cam, base, 0, 1.3, shade((214, 200, 176), lit), top=shade((190, 176, 150), lit)
    )
    for i in range(8):
        cx, cz = base[i]
        cx, cz = x + (cx - x) * 0.92, z + (cz - z) * 0.92
        if cz < z + r * 0.5:
            cylinder(d, cam, cx, cz, 0.12, 1.3, 5.0, shade((236, 230, 214), lit), sides=8)
    roof = [(x + (bx - x) * 1.08, z + (bz - z) * 1.08) for bx, bz in base]
    prism(d, cam, roof, 5.0, 5.4, shade((226, 220, 204), lit))
    n = 10
    for i in range(n):  # the dome, in bands lit from the sky above
        t0, t1 = i / n, (i + 1) / n
        r0, r1 = (
            r * 1.05 * math.cos(t0 * math.pi / 2),
            r * 1.05 * math.cos(t1 * math.pi / 2),
        )
        y0, y1 = (
            5.4 + 2.0 * math.sin(t0 * math.pi / 2),
            5.4 + 2.0 * math.sin(t1 * math.pi / 2),
        )
        d.polygon(
            [
                cam.p(x - r0, y0, z),
                cam.p(x + r0, y0, z),
                cam.p(x + r1, y1, z),
                cam.p(x - r1, y1, z),
            ],
            fill=shade((70, 110, 96), lit * (0.7 + 0.4 * t0)),
        )
    box(
        d,
        cam,
        x - 0.35,
        x + 0.35,
        7.4,
        8.2,
        z - 0.35,
        z + 0.35,
        shade((236, 230, 214), lit),
    )
    for i in range(8):  # warm lights under the roof
        lx, ly_ = cam.p(x - r * 0.8 + i * r * 0.23, 4.9, z - r * 0.6)
        rr = max(2, 0.06 * cam.k(z))
        d.ellipse([lx - rr, ly_ - rr, lx + rr, ly_ + rr], fill=(255, 236, 190))


def buildings(ph: Photo, rng: random.Random, z, t: float, x0=-60, x1=60):
    """Arcaded facades across the back of the plaza, windows lit at dusk."""
    cam = ph.cam
    d = ImageDraw.Draw(ph.plate)
    x = x0
    while x < x1:
        w = rng.uniform(9, 16)
        hgt = rng.choice([7.5, 8.0, 10.5])
        c = shade(jitter(rng, rng.choice(FACADES), 8), 0.55 - 0.25 * t)
        box(d, cam, x, x + w, 0, hgt, z, z + 8, c, top=shade(c, 0.8))
        for i in range(int(w / 3.2)):  # arches of the portal at ground level
            ax = x + 0.6 + i * 3.2
            d.rectangle(
                [*cam.p(ax, 3.2, z - 0.01), *cam.p(ax + 2.4, 0, z - 0.01)],
                fill=shade((255, 200, 130), 0.55 + 0.25 * rng.random()),
            )
            d.ellipse(
                [*cam.p(ax, 3.9, z - 0.01), *cam.p(ax + 2.4, 2.5, z - 0.01)],
                fill=shade((255, 200, 130), 0.6),
            )
            if hgt > 7:
                wx = ax + 0.8
                lit = rng.random() < 0.6
                d.rectangle(
                    [*cam.p(wx, 6.3, z - 0.01), *cam.p(wx + 0.9, 4.7, z - 0.01)],
                    fill=(250, 210, 140) if lit else shade(c, 0.5),
                )
        x += w + 0.05


def trees(ph: Photo, rng: random.Random, spots, lit=0.5):
    cam = ph.cam
    for x, z in spots:
        ph.add(
            z,
            lambda ly, d, x=x, z=z: blob_tree(
                d,
                cam,
                rng,
                x,
                z,
                rng.uniform(7, 9),
                rng.uniform(4.5, 6),
                shade((52, 84, 56), lit),
                trunk=(40, 34, 30),
                light=(0.6, -0.4),
            ),
        )


def pavement(ph: Photo, rng: random.Random, far=80.0, lit=0.55):
    tex = tiles(
        rng,
        (1600, 1600),
        shade((170, 156, 140), lit),
        shade((160, 146, 132), lit),
        n=(40, 40),
        grout=shade((120, 110, 100), lit),
    )
    warp3(ph.plate, ph.cam, tex, [(-60, 0, far), (60, 0, far), (60, 0, 0.5), (-60, 0, 0.5)])


def strings(ph: Photo, rng: random.Random, pairs, kind="papel"):
    cam = ph.cam
    for p0, p1 in pairs:
        z = (p0[2] + p1[2]) / 2
        if kind == "papel":
            ph.add(
                z,
                lambda ly, d, p0=p0, p1=p1: papel_picado(
                    ly, cam, rng, p0, p1, 0.5, n=int(abs(p1[0] - p0[0]) / 0.45)
                ),
            )
        else:
            ph.add(z, lambda ly, d, p0=p0, p1=p1: bulbs(ly, cam, p0, p1, 0.6, n=24))
