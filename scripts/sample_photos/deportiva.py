"""The Unidad Deportiva Municipal as a vaccination site: the concrete court, trees,
the fence, tents and their shade, and the looks of older people and health staff.
Used by ``vacuna``."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from .lens import Photo
from .nature import (
    sky,
)
from .people import random_look
from .plants import blob_tree
from .props import (
    tent,
)
from .room import asphalt
from .space import box, pole, warp3
from .texture import jitter, modulate, noise

SKY = [(0.0, (74, 126, 196)), (0.55, (150, 190, 226)), (0.75, (196, 214, 230))]


SUN = (-0.8, 0.35)  # morning: shadows fall to the left


DAY = dict(bloom=0.14, threshold=232, vignette=0.2, iso_grain=2.2, warm=(1.04, 1.0, 0.95))


GUINDA = (120, 30, 46)


def elder(rng: random.Random, **kw):
    look = random_look(rng, age="old", mask_p=1.0, hat_p=0.25, **kw)
    if rng.random() < 0.25:
        look.carry = "cane"
    return look


def staff(rng: random.Random, kind: str):
    look = random_look(rng, age="adult", mask_p=1.0)
    if kind == "nurse":
        look.top, look.bottom, look.top_kind = (92, 150, 200), (86, 140, 190), "short"
        look.mask = (236, 238, 240)
    elif kind == "doctor":
        look.top, look.top_kind = (244, 244, 242), "coat"
    else:
        look.vest = GUINDA
    look.hat = None
    return look


def court(ph: Photo, rng: random.Random, far=60.0):
    """Sky, trees and bleachers far away, and the concrete court with its lines."""
    cam = ph.cam
    w, h = ph.wh
    ph.plate.paste(sky((w, h), SKY, rng, clouds=0.1, top=0.0, bottom=0.3))
    d = ImageDraw.Draw(ph.plate)
    for i in range(20):  # a farther, hazier row: eucalyptus and ash trees
        x = -70 + i * 7.5 + rng.uniform(-3, 3)
        tall = rng.random() < 0.4
        blob_tree(
            d,
            cam,
            rng,
            x,
            far + 28 + rng.uniform(0, 12),
            rng.uniform(13, 19) if tall else rng.uniform(9, 12),
            rng.uniform(3, 4) if tall else rng.uniform(5, 7),
            jitter(rng, (104, 124, 112), 6),
            trunk=(110, 110, 104),
        )
    for i in range(24):
        blob_tree(
            d,
            cam,
            rng,
            -60 + i * 5.5 + rng.uniform(-2, 2),
            far + rng.uniform(0, 10),
            rng.uniform(8, 13),
            rng.uniform(4, 6),
            jitter(rng, (70, 96, 60), 8),
        )
    box(d, cam, -30, 30, 0, 2.5, far - 8, far - 4, (170, 168, 162), top=(200, 198, 192))
    slab = asphalt(rng, (1400, 1400), (178, 176, 170))
    slab = modulate(slab, noise(rng, slab.size, (30, 30)), 0.88, 1.04)
    sd = ImageDraw.Draw(slab)
    for x in (200, 1200):
        sd.line([(x, 0), (x, 1400)], fill=(226, 196, 70), width=8)
    sd.line([(0, 700), (1400, 700)], fill=(236, 236, 236), width=8)
    sd.ellipse([560, 560, 840, 840], outline=(236, 236, 236), width=8)
    warp3(ph.plate, cam, slab, [(-40, 0, far), (40, 0, far), (40, 0, 0.5), (-40, 0, 0.5)])


def fence(ph: Photo, x, z0, z1, hgt=2.2):
    """A chain-link fence along the depth axis at x."""
    cam = ph.cam
    mesh = Image.new("RGBA", (1600, 200), (0, 0, 0, 0))
    md = ImageDraw.Draw(mesh)
    for i in range(-40, 440):
        md.line([(i * 4, 0), (i * 4 + 200, 200)], fill=(150, 154, 156, 150), width=1)
        md.line([(i * 4, 200), (i * 4 + 200, 0)], fill=(150, 154, 156, 150), width=1)

    def draw(layer, d):
        warp3(layer, cam, mesh, [(x, hgt, z1), (x, hgt, z0), (x, 0, z0), (x, 0, z1)])
        z = z0
        while z <= z1:
            pole(d, cam, x, z, 0, hgt, 0.03, (130, 134, 138))
            z += 3.0

    ph.add((z0 + z1) / 2, draw)


def tent_row(ph: Photo, z, xs, width=6.0, depth=6.0, color=(244, 244, 242)):
    for x in xs:
        ph.add(
            z + depth / 2,
            lambda ly, d, x=x: tent(d, ph.cam, x, z, width, depth, 2.7, color, peak=0.5),
        )


def shade_under(ph: Photo, x0, x1, z0, z1, alpha=0.45):
    """The tents' shade on the ground, drawn on the plate."""
    cam = ph.cam
    layer = Image.new("RGBA", ph.wh, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    d.polygon(
        [
            cam.p(x0 - 1.2, 0, z0 + 0.5),
            cam.p(x1 - 1.2, 0, z0 + 0.5),
            cam.p(x1 - 1.2, 0, z1),
            cam.p(x0 - 1.2, 0, z1),
        ],
        fill=(20, 22, 30, round(255 * alpha)),
    )
    ph.plate.paste(layer, (0, 0), layer)
