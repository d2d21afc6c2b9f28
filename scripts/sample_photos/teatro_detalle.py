"""Award ceremony, close: the winners on stage and the diplomas on the jury's table."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .escenario import DARK, GOLD, slide, stage_set
from .lens import Photo, develop
from .lights import bokeh
from .people import random_look, stamp
from .props import (
    font,
)
from .room import pool, velvet
from .space import warp3
from .texture import gradient


def ganadores(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=46, height=1.5, horizon=0.6, focus=7.6, aperture=0.02)
    zs = 4.6
    screen = slide()
    d = ImageDraw.Draw(screen)
    d.rectangle([0, 0, 1600, 520], fill=(80, 44, 112))
    d.text(
        (800, 250),
        "¡Felicidades a las y los ganadores!",
        font=font(84),
        anchor="mm",
        fill=(250, 246, 236),
    )
    sc = stage_set(ph, rng, zs, xo=0.3, jury=False, lect=False, screen=screen)
    row = [
        (-2.5, 0.2, "o"),
        (-1.75, 0.5, "w"),
        (-1.05, 0.25, "w"),
        (-0.35, 0.55, "w"),
        (0.35, 0.2, "w"),
        (1.05, 0.5, "w"),
        (1.75, 0.25, "w"),
        (2.5, 0.45, "o"),
    ]
    for i, (x, dz, kind) in enumerate(row):
        official = kind == "o"
        look = random_look(
            rng,
            mask_p=1.0,
            age="adult" if official else "young",
            female=i in (0, 2, 3, 6),
            top_kind="jacket" if official else None,
        )
        if official:
            look.top = (40, 38, 46) if i == 0 else (110, 30, 46)
        elif rng.random() < 0.5:
            look.top_kind = rng.choice(["long", "short", "jacket"])
        z = zs + 2.4 + dz
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look, o=official: stamp(
                ly,
                sc,
                x + rng.uniform(-0.05, 0.05),
                z,
                lk,
                "clap" if o else "hold",
                "front",
                shadow=0.45,
            ),
        )
    for x in (-2.2, -1.6, 1.0, 2.4):  # heads of the public, out of focus
        look = random_look(rng, mask_p=1.0)
        ph.add(
            1.6,
            lambda ly, d, x=x, lk=look: stamp(
                ly, ph.cam, x, 1.6, lk, "sit", "back", shadow=0, dim=0.35
            ),
        )
    img = ph.render()
    img = pool(img, ph.cam.p(0, 2.4, zs + 2.6), ph.wh[0] * 0.7, gain=1.45, floor=0.4)
    return develop(img, rng, size, roll=0.4, **DARK)


def diploma(size=(1400, 1000)) -> Image.Image:
    w, h = size
    img = gradient(size, [(0, (248, 245, 236)), (1, (236, 230, 216))])
    d = ImageDraw.Draw(img)
    for m, c in ((18, GOLD), (34, (120, 70, 150))):
        d.rectangle([m, m, w - m, h - m], outline=c, width=6 if m == 18 else 2)
    lines = [
        ("H. AYUNTAMIENTO DE SAN ISIDRO DEL MONTE", 34, True, (70, 40, 100)),
        (
            "Dirección de Cultura · Coordinación de Comunicación Social",
            24,
            False,
            (90, 80, 80),
        ),
        ("otorga el presente", 28, False, (60, 60, 60)),
        ("RECONOCIMIENTO", 80, True, (70, 40, 100)),
        (
            "por obtener el Primer lugar en el Concurso Municipal de Cortometraje",
            26,
            False,
            (50, 50, 50),
        ),
        (
            "«Participación Juvenil en Corto» con la obra «La voz de mi barrio»",
            26,
            False,
            (50, 50, 50),
        ),
        ("San Isidro del Monte, Jal., 16 de enero de 2021", 22, False, (80, 80, 80)),
    ]
    y = 110
    for text, size_, bold, c in lines:
        d.text((w / 2, y), text, font=font(size_, bold, serif=True), fill=c, anchor="ma")
        y += size_ * 1.9
    for x in (w * 0.28, w * 0.72):
        d.line([(x - 160, h - 150), (x + 160, h - 150)], fill=(60, 60, 60), width=2)
        d.line(
            [(x - 90, h - 175), (x - 30, h - 205), (x + 20, h - 170), (x + 90, h - 200)],
            fill=(40, 50, 110),
            width=3,
        )
    d.ellipse([w / 2 - 60, h - 230, w / 2 + 60, h - 110], fill=(200, 164, 76))
    return img


def reconocimiento(rng: random.Random, size=(2400, 1600)):
    """Diplomas laid out on the jury's table, ready to be handed out."""
    ph = Photo(rng, size, fov=36, height=1.08, horizon=-0.3, focus=0.72, aperture=0.03)
    cam = ph.cam
    w, h = ph.wh
    ph.plate.paste(gradient((w, h), [(0, (20, 16, 24)), (1, (10, 8, 12))]))
    pts = [(rng.uniform(0, w), rng.uniform(0, h * 0.25)) for _ in range(14)]
    bokeh(ph.plate, rng, pts, w * 0.03, [(255, 210, 150), (170, 110, 230), (255, 236, 220)])
    top = 0.76
    cloth = velvet(rng, (1400, 900), (62, 30, 80), folds=3)
    warp3(
        ph.plate,
        cam,
        cloth,
        [(-1.6, top, 2.8), (1.6, top, 2.8), (1.6, top, 0.3), (-1.6, top, 0.3)],
    )
    doc = diploma()
    for i, (x, z, ang) in enumerate(
        ((-0.02, 0.72, 4), (0.3, 0.98, -7), (-0.3, 1.06, 9), (0.04, 1.35, -3))
    ):

        def lay(layer, d, x=x, z=z, ang=ang, i=i):
            a = math.radians(ang)
            corners = []
            for lx, lz in ((-0.14, 0.1), (0.14, 0.1), (0.14, -0.1), (-0.14, -0.1)):
                corners.append(
                    (
                        x + lx * math.cos(a) - lz * math.sin(a),
                        top + 0.002 * (4 - i),
                        z + lx * math.sin(a) + lz * math.cos(a),
                    )
                )
            shadow = [cam.p(cx + 0.01, cy, cz - 0.01) for cx, cy, cz in corners]
            d.polygon(shadow, fill=(0, 0, 0, 120))
            warp3(layer, cam, doc, corners)

        ph.add(z, lay)
    img = ph.render()
    img = pool(img, cam.p(0, top, 0.8), w * 0.8, gain=1.1, floor=0.55)
    return develop(img, rng, size, **DARK)
