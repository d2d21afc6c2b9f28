"""Award ceremony, outside: the quarry-stone front of the Teatro Municipal Juárez."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .lens import Photo, develop
from .nature import (
    sky,
)
from .people import random_look, stamp
from .plants import blob_tree
from .props import (
    sign,
    table,
)
from .room import asphalt, stone
from .space import cylinder, obox, warp3
from .texture import gradient


def fachada(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=64, height=1.6, horizon=0.66, focus=19, aperture=0.006)
    cam = ph.cam
    w, h = ph.wh
    yaw = math.radians(-14)
    cx, cz = 2.0, 19.0

    def R(lx, y, lz):
        return (
            cx + lx * math.cos(yaw) - lz * math.sin(yaw),
            y,
            cz + lx * math.sin(yaw) + lz * math.cos(yaw),
        )

    ph.plate.paste(sky((w, h), [(0, (70, 120, 190)), (0.5, (150, 186, 222))], rng, 0.0))
    road = asphalt(rng, (1000, 1000))
    rd = ImageDraw.Draw(road)
    rd.rectangle([0, 480, 1000, 488], fill=(214, 180, 60))
    rd.rectangle([0, 496, 1000, 504], fill=(214, 180, 60))
    warp3(ph.plate, cam, road, [(-40, 0, 16), (40, 0, 16), (40, 0, 1), (-40, 0, 1)])
    walk = asphalt(rng, (1000, 600), (176, 170, 160))
    warp3(
        ph.plate,
        cam,
        walk,
        [R(-30, 0, -0.2), R(30, 0, -0.2), R(30, 0, -5.5), R(-30, 0, -5.5)],
    )
    wall = stone(rng, (2400, 1000), (204, 172, 150), courses=34, blocks=48)
    warp3(ph.plate, cam, wall, [R(-15, 12, 0), R(15, 12, 0), R(15, 0, 0), R(-15, 0, 0)])
    frieze = sign(
        (2400, 140),
        [("TEATRO MUNICIPAL JUÁREZ", 1)],
        (214, 182, 158),
        (96, 70, 58),
        serif=True,
    )
    warp3(
        ph.plate,
        cam,
        frieze,
        [R(-9, 9.5, -1.35), R(9, 9.5, -1.35), R(9, 8.4, -1.35), R(-9, 8.4, -1.35)],
    )
    for lx in (-4.2, 0, 4.2):
        for y0, y1, wd in ((0.45, 4.6, 2.2), (5.6, 7.4, 1.3)):
            door = Image.new("RGB", (200, 400), (150, 124, 104))
            dd = ImageDraw.Draw(door)
            dd.ellipse([6, 6, 194, 200], fill=(58, 40, 30) if y0 < 1 else (44, 50, 62))
            dd.rectangle([6, 100, 194, 400], fill=(58, 40, 30) if y0 < 1 else (44, 50, 62))
            if y0 < 1:  # doors open onto the lit lobby
                lobby = gradient((120, 260), [(0, (120, 90, 60)), (1, (236, 214, 170))])
                door.paste(lobby, (40, 140))
            else:
                dd.line([(100, 10), (100, 400)], fill=(30, 30, 36), width=6)
            warp3(
                ph.plate,
                cam,
                door,
                [
                    R(lx - wd / 2, y1, -0.02),
                    R(lx + wd / 2, y1, -0.02),
                    R(lx + wd / 2, y0, -0.02),
                    R(lx - wd / 2, y0, -0.02),
                ],
            )
    lona = sign(
        (1800, 420),
        [
            ("PREMIACIÓN", 0.9),
            ("Concurso Municipal de Cortometraje", 0.7),
            ("«Participación Juvenil en Corto»", 0.8),
        ],
        (84, 44, 116),
        (250, 246, 236),
    )
    warp3(
        ph.plate,
        cam,
        lona,
        [
            R(-1.7, 5.3, -0.04),
            R(1.7, 5.3, -0.04),
            R(1.7, 4.75, -0.04),
            R(-1.7, 4.75, -0.04),
        ],
    )
    shadows = Image.new("RGBA", ph.wh, (0, 0, 0, 0))
    sd = ImageDraw.Draw(shadows)
    for lx in (-8.4, -6.2, 6.2, 8.4, -2.1, 2.1):  # the columns' shadows on the wall
        sd.polygon(
            [
                cam.p(*R(lx + 0.5, 0.45, -0.02)),
                cam.p(*R(lx + 1.3, 0.45, -0.02)),
                cam.p(*R(lx + 1.3, 8.0, -0.02)),
                cam.p(*R(lx + 0.5, 8.0, -0.02)),
            ],
            fill=(30, 20, 30, 96),
        )
    sd.polygon(
        [
            cam.p(*R(-15, 8.4, -0.02)),
            cam.p(*R(15, 8.4, -0.02)),
            cam.p(*R(15, 7.7, -0.02)),
            cam.p(*R(-15, 7.7, -0.02)),
        ],
        fill=(30, 20, 30, 90),
    )
    shadows = shadows.filter(ImageFilter.GaussianBlur(6))
    ph.plate.paste(shadows, (0, 0), shadows)

    def portico(layer, dr):
        for i in range(3):
            obox(
                dr,
                cam,
                *R(0, 0, -1.6 - i * 0.5)[::2],
                20 - i * 0.0,
                1.2 + i * 1.0,
                math.degrees(yaw),
                0,
                0.45 - i * 0.15,
                (190, 168, 150),
                top=(214, 196, 180),
            )
        for lx in (-8.4, -6.2, 6.2, 8.4, -2.1, 2.1):
            px, _, pz = R(lx, 0, -1.4)
            cylinder(
                dr, cam, px, pz, 0.42, 0.45, 8.3, (214, 184, 160), sides=24, ambient=0.45
            )
            obox(dr, cam, px, pz, 1.1, 1.1, math.degrees(yaw), 8.3, 8.45, (196, 166, 144))
        obox(
            dr,
            cam,
            *R(0, 0, -1.4)[::2],
            19.5,
            1.4,
            math.degrees(yaw),
            9.5,
            10.1,
            (196, 164, 140),
            top=(220, 196, 176),
        )

    ph.add(cz - 2, portico)
    cast = [
        ("filtro", -1.0, -3.2),
        ("v", 1.2, -4.5),
        ("v", 1.9, -4.8),
        ("v", 3.4, -6.5),
        ("v", -4.5, -5.5),
        ("v", -3.8, -6.2),
        ("v", 5.5, -3.0),
    ]
    for kind, lx, lz in cast:
        px, _, pz = R(lx, 0, lz)
        look = random_look(rng, mask_p=1.0)
        if kind == "filtro":
            look.vest = (120, 30, 46)
            ph.add(
                pz + 0.1,
                lambda ly, dr, px=px, pz=pz: table(
                    dr, cam, px - 0.6, px + 0.6, pz - 0.35, pz + 0.35, cloth=(240, 240, 240)
                ),
            )
            pz += 0.8
        view = "front" if kind == "filtro" else rng.choice(["back", "right"])
        ph.add(
            pz,
            lambda ly, dr, px=px, pz=pz, lk=look, v=view: stamp(
                ly, cam, px, pz, lk, "stand", v, sun=(0.3, 0.25), shadow=0
            ),
        )
    ph.add(7, lambda ly, dr: blob_tree(dr, cam, rng, -4.6, 7, 7.5, 4.0, (50, 74, 44)))
    img = ph.render()
    img = over_sun(img)
    return develop(
        img,
        rng,
        size,
        bloom=0.12,
        vignette=0.22,
        iso_grain=2.4,
        soften=1.0,
        warm=(1.04, 1.0, 0.95),
        roll=0.8,
    )


def over_sun(img: Image.Image) -> Image.Image:
    """Late-morning light: warm on the left, a little shade on the right."""
    w, h = img.size
    g = gradient((w, h), [(0, (255, 252, 244)), (1, (222, 222, 228))], vertical=False)
    return ImageChops.multiply(img, g)
