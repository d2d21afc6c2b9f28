"""Cerro La Mesa in the dry season: sky, far sierra, the valley with the
town, the grassy hillside, and the volunteers' looks. Used by ``cerro``."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .lens import Photo, develop
from .nature import (
    cast_shadow,
    ground_plane,
    ground_texture,
    hill,
    scatter,
    sky,
)
from .people import random_look
from .plants import sapling, snag
from .texture import gradient, jitter, shade

SKY = [
    (0.0, (56, 104, 176)),
    (0.22, (92, 142, 204)),
    (0.36, (170, 196, 220)),
    (0.4, (200, 210, 218)),
]
DRY = (170, 146, 104)
SOIL = (122, 92, 66)
HAZE = ((186, 198, 212), 2600.0)
BLADES = [(190, 166, 120), (166, 140, 98), (138, 116, 82), (200, 182, 140), (120, 104, 76)]
SUN = (0.55, -0.5)
VOLUNTEER_TOPS = [
    (236, 236, 232),
    (46, 96, 60),
    (200, 60, 50),
    (40, 60, 110),
    (214, 190, 70),
]


def volunteer(rng: random.Random, **kw):
    look = random_look(
        rng, mask_p=0.7, hat_p=0.55, age=rng.choice(["young", "adult"]), **kw
    )
    if rng.random() < 0.5:
        look.top = jitter(rng, rng.choice(VOLUNTEER_TOPS), 8)
    look.skirt = False
    return look


def landscape(ph: Photo, rng: random.Random, t: float, valley=-150.0):
    """Sky, far sierra, valley fields with a town, under the slope t the camera is on."""
    cam = ph.cam
    w, h = ph.wh
    ph.plate.paste(sky((w, h), SKY, rng, clouds=0.0))
    for z, amp, col, dots in (
        (16000, 1300, (150, 162, 182), 0),
        (9000, 700, (132, 146, 160), 0),
        (5000, 330, (116, 128, 128), 900),
    ):
        hill(
            ph.plate,
            cam,
            rng,
            z,
            valley,
            amp,
            col,
            rough=1.1,
            tex=0.06,
            dots=dots,
            dot_color=shade(col, 0.85),
        )
    d = ImageDraw.Draw(ph.plate)
    vrow = cam.hy + cam.f * t
    fields = [
        (150, 136, 98),
        (132, 124, 86),
        (118, 120, 80),
        (160, 146, 112),
        (104, 112, 78),
    ]
    for _ in range(900):
        z = rng.uniform(600, 4800)
        x = rng.uniform(-0.7, 0.7) * z
        fw, fd = rng.uniform(80, 260), rng.uniform(60, 200)
        c = jitter(rng, rng.choice(fields), 6)
        d.polygon(
            [
                cam.p(x, valley, z),
                cam.p(x + fw, valley, z),
                cam.p(x + fw, valley, z + fd),
                cam.p(x, valley, z + fd),
            ],
            fill=c,
        )
    for _ in range(240):  # the town: small houses with tiled roofs
        z = rng.uniform(2600, 3200)
        x = rng.gauss(-500, 220)
        hh, ww = rng.uniform(3, 7), rng.uniform(6, 14)
        (ax, ay), (bx, by) = cam.p(x, valley, z), cam.p(x + ww, valley + hh, z)
        wall = jitter(
            rng, rng.choice([(228, 220, 204), (214, 196, 170), (236, 232, 224)]), 8
        )
        d.rectangle([ax, by, bx, ay], fill=wall)
        d.rectangle([ax, by - 1, bx, by + 1], fill=jitter(rng, (170, 96, 70), 10))
    (ax, ay), (bx, by) = cam.p(-520, valley + 30, 2900), cam.p(-514, valley, 2900)
    d.rectangle([ax, ay, bx, by], fill=(240, 236, 228))
    haze = gradient(
        (w, h),
        [
            (0, (0, 0, 0)),
            (cam.hy / h - 0.06, (0, 0, 0)),
            (vrow / h, (150, 150, 150)),
            (vrow / h + 0.01, (0, 0, 0)),
        ],
    )
    ph.plate = Image.composite(
        Image.new("RGB", (w, h), (200, 208, 216)), ph.plate, haze.convert("L")
    )
    return vrow


def hillside(ph: Photo, rng: random.Random, t: float, far=900.0):
    """The slope the camera stands on: dry grass, shrubs, pebbles."""
    cam = ph.cam
    w, h = ph.wh
    tex = ground_texture(rng, (1600, 1600), DRY, (138, 116, 82), streak=0.2)
    layer = Image.new("RGBA", (w, h))
    ground_plane(layer, cam, tex, far * 1.6, 1.0, far, t=t)
    scatter(
        layer,
        cam,
        rng,
        0.05,
        (2, far),
        [(92, 96, 60), (110, 104, 66), (70, 80, 56)],
        "shrub",
        0.9,
        t=t,
    )
    scatter(layer, cam, rng, 120, (1, far), BLADES, "blade", 0.085, t=t, crowd=0.004)
    scatter(
        layer,
        cam,
        rng,
        3,
        (1, far),
        [(176, 160, 132), (112, 98, 80), (140, 120, 96)],
        "pebble",
        0.05,
        t=t,
    )
    ph.plate.paste(layer, (0, 0), layer)


FIELD = dict(bloom=0.1, vignette=0.2, iso_grain=1.5, soften=1.4, warm=(1.03, 1.0, 0.96))


def snags(ph: Photo, rng, n, zr, t, xr=0.8):
    cam = ph.cam
    for _ in range(n):
        z = rng.uniform(*zr)
        x = rng.uniform(-xr, xr) * z
        hg = rng.uniform(3, 8)

        def trunk(ly, d, x=x, z=z, hg=hg):
            cast_shadow(ly, cam, x, z, hg, 0.25, SUN, 0.3, -t * z)
            snag(d, cam, rng, x, z, hg, -t * z)

        ph.add(z, trunk)


def shoot(ph: Photo, rng, size, t, roll):
    """Blur the ground by depth, render and develop."""
    ph.plate = ph.ground_rows(ph.plate, t=t)
    return develop(ph.render(), rng, size, roll=roll, **FIELD)


def cepa(ph: Photo, rng, x, z, t, kind=None, hgt=0.42):
    """A planting pit with its crescent berm downhill and a freshly planted tree."""
    cam = ph.cam

    pts = [
        (
            x + 0.34 * math.cos(a) * rng.uniform(0.8, 1.15),
            z + 0.22 * math.sin(a) * rng.uniform(0.8, 1.15),
        )
        for a in [i * math.pi / 7 for i in range(14)]
    ]

    def draw(layer, d):
        k = cam.k(z)
        d.polygon([cam.p(px, -t * pz, pz) for px, pz in pts], fill=shade(SOIL, 0.9))
        cx, cy = cam.p(x, -t * z, z)
        d.ellipse(
            [cx - 0.12 * k, cy - 0.04 * k, cx + 0.12 * k, cy + 0.03 * k],
            fill=shade(SOIL, 0.6),
        )
        d.arc(
            [cx - 0.36 * k, cy - 0.08 * k, cx + 0.36 * k, cy + 0.1 * k],
            20,
            160,
            fill=shade(SOIL, 1.3),
            width=max(1, round(0.035 * k)),
        )
        sapling(
            layer,
            cam,
            rng,
            x,
            z,
            kind or rng.choice(["pino", "encino"]),
            bag=False,
            hgt=hgt,
            y0=-t * z,
        )

    ph.add(z, draw)
