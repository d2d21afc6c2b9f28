"""The Teatro Municipal Juárez set: a dim hall with rows of seats, a lit
stage with a screen, roll-up banners, red curtains, a lectern and the jury's
table. Used by ``teatro`` for the award ceremony."""

from __future__ import annotations

import copy
import random

from PIL import Image, ImageDraw

from .lens import Photo
from .people import random_look, stamp
from .props import bottle, lectern, mic, plane, sign, table
from .room import panels, planks, pool, velvet
from .space import Cam, box, warp3
from .texture import gradient, jitter, shade

PURPLE = (78, 42, 110)
GOLD = (212, 175, 92)
STAGE = 1.0  # stage height


def lifted(cam: Cam, dy: float = STAGE) -> Cam:
    """The same camera seen from a floor dy higher: draws things standing on the stage."""
    c = copy.copy(cam)
    c.height = cam.height - dy
    return c


def slide(size=(1600, 900)) -> Image.Image:
    w, h = size
    img = gradient(size, [(0, (96, 52, 134)), (1, (44, 22, 66))])
    d = ImageDraw.Draw(img)
    d.rectangle([0, h * 0.86, w, h], fill=(30, 16, 44))
    d.rectangle([w * 0.08, h * 0.62, w * 0.3, h * 0.635], fill=GOLD)
    t = sign(
        (round(w * 0.84), round(h * 0.5)),
        [
            ("CONCURSO MUNICIPAL DE CORTOMETRAJE", 0.8),
            ("«Participación Juvenil en Corto»", 1.3),
            ("Premiación 2021", 0.9),
        ],
        (76, 40, 106),
        (250, 246, 236),
        align="left",
    )
    t.putalpha(t.convert("L").point(lambda v: 255 if v > 120 else 0))
    img.paste(t, (round(w * 0.06), round(h * 0.1)), t)
    return img


def rollup(w=400, h=1000) -> Image.Image:
    img = gradient((w, h), [(0, (104, 60, 140)), (1, (52, 26, 76))])
    d = ImageDraw.Draw(img)
    d.rectangle([0, h * 0.9, w, h], fill=(250, 246, 236))
    s = sign(
        (w, round(h * 0.5)),
        [
            ("Participación", 1),
            ("Juvenil", 1),
            ("en Corto", 1),
            ("", 0.4),
            ("H. Ayuntamiento de", 0.45),
            ("San Isidro del Monte", 0.45),
        ],
        (78, 42, 108),
        (250, 246, 236),
    )
    s.putalpha(s.convert("L").point(lambda v: 255 if v > 120 else 0))
    img.paste(s, (0, round(h * 0.2)), s)
    d.ellipse([w * 0.35, h * 0.06, w * 0.65, h * 0.16], outline=GOLD, width=max(2, w // 60))
    return img


def stage_set(
    ph: Photo,
    rng: random.Random,
    zs: float,
    xo: float = 0.0,
    hall=True,
    jury=True,
    lect=True,
    screen=None,
):
    """Stage front at depth zs, centre line at x = xo. Returns the stage camera."""
    cam, sc = ph.cam, lifted(ph.cam)
    w, h = ph.wh
    ph.plate.paste(gradient((w, h), [(0, (14, 12, 16)), (1, (24, 20, 22))]))
    if hall:
        carpet = planks(rng, (800, 800), (40, 24, 26), n=40)
        plane_floor = [
            (xo - 12, 0, zs),
            (xo + 12, 0, zs),
            (xo + 12, 0, 0.5),
            (xo - 12, 0, 0.5),
        ]
        warp3(ph.plate, cam, carpet, plane_floor)
        for side in (-1, 1):
            wall = panels(rng, (1600, 600), (58, 38, 28), cols=8, rows=2)
            x = xo + side * 11
            warp3(
                ph.plate,
                cam,
                wall,
                [(x, 7, 0.5), (x, 7, zs + 1), (x, 0, zs + 1), (x, 0, 0.5)],
            )
    d = ImageDraw.Draw(ph.plate)
    curtain = velvet(rng, (1200, 600), (22, 20, 24), folds=30)
    plane(ph.plate, sc, curtain, xo - 9, xo + 9, 0, 8, zs + 9)
    plane(ph.plate, sc, screen or slide(), xo - 3.2, xo + 3.2, 1.3, 4.9, zs + 8.6)
    floor = planks(rng, (1200, 700), (120, 84, 54), n=30)
    warp3(
        ph.plate,
        sc,
        floor,
        [(xo - 9, 0, zs + 9), (xo + 9, 0, zs + 9), (xo + 9, 0, zs), (xo - 9, 0, zs)],
    )
    box(d, cam, xo - 9, xo + 9, 0, STAGE, zs - 0.02, zs, (40, 26, 20))
    for s in (-1, 1):
        plane(
            ph.plate, sc, rollup(), xo + s * 5.1 - 0.5, xo + s * 5.1 + 0.5, 0, 2.2, zs + 7.6
        )
        red = velvet(rng, (400, 800), (120, 18, 28), folds=6)
        plane(ph.plate, sc, red, xo + s * 9.5 - 1.6, xo + s * 9.5 + 1.6, -1, 8, zs + 0.4)
    plane(
        ph.plate,
        sc,
        velvet(rng, (1600, 200), (112, 16, 26), folds=40),
        xo - 11,
        xo + 11,
        6.4,
        8.5,
        zs + 0.4,
    )

    def furniture(layer, dr):
        if lect:
            lectern(dr, sc, xo - 4.2, zs + 2.6)
            plane(layer, sc, rollup(200, 200), xo - 4.4, xo - 4.0, 0.55, 0.95, zs + 2.39)
            mic(dr, sc, xo - 4.1, 1.12, zs + 2.5)
        if jury:
            table(dr, sc, xo + 2.2, xo + 5.2, zs + 4.3, zs + 5.0, cloth=(26, 24, 30))
            for i in range(3):
                bottle(dr, sc, xo + 2.6 + i * 1.0, 0.76, zs + 4.5)

    ph.add(zs + 3, furniture)
    return sc


def stage_light(img: Image.Image, ph: Photo, sc: Cam, xo, zs, gain=1.7, floor=0.3):
    cx, cy = sc.p(xo, 2.0, zs + 5)
    rx = abs(sc.p(xo + 9, 0, zs + 4)[0] - cx)
    return pool(img, (cx, cy), rx * 1.1, gain=gain, floor=floor)


def seats(ph: Photo, rng: random.Random, rows, xo=0.0, occupancy=0.12, dim=0.45):
    cam = ph.cam
    for z in rows:
        for i in range(-9, 10):
            if i == 0:
                continue
            x = xo + i * 0.56 + (0.3 if i > 0 else -0.3)
            color = jitter(rng, (96, 20, 30), 6)

            def seat(layer, d, x=x, z=z, c=color):
                box(
                    d,
                    cam,
                    x - 0.25,
                    x + 0.25,
                    0.12,
                    0.98,
                    z - 0.04,
                    z + 0.04,
                    shade(c, dim * 1.4),
                    top=shade(c, dim * 2),
                )

            ph.add(z, seat)
            if rng.random() < occupancy:
                look = random_look(rng, mask_p=0.9)
                ph.add(
                    z + 0.3,
                    lambda ly, d, x=x, z=z, lk=look: stamp(
                        ly, cam, x, z + 0.3, lk, "sit", "back", shadow=0, dim=dim
                    ),
                )


DARK = dict(
    bloom=0.35,
    threshold=200,
    vignette=0.35,
    iso_grain=3.4,
    chroma=1.2,
    warm=(1.06, 1.0, 0.9),
)
