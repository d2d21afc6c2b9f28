"""Vaccination, after the shot: the observation area and the site's signs."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .deportiva import DAY, GUINDA, SUN, court, elder, shade_under, staff, tent_row
from .lens import Photo, develop
from .nature import cast_shadow
from .people import stamp
from .props import chair, sign, sign_stand
from .space import box, cylinder, pole


def observacion(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=56, height=1.7, horizon=0.44, focus=6.5, aperture=0.012)
    cam = ph.cam
    court(ph, rng)
    shade_under(ph, -8, 8, 2.0, 14.0)
    tent_row(ph, 8.0, [-6, 0, 6], depth=8)
    for row in range(3):
        z = 5.5 + row * 2.2
        for col in range(6):
            x = -5.0 + col * 2.0
            ph.add(z - 0.25, lambda ly, d, x=x, z=z: chair(d, cam, x, z, facing=-1))
            if rng.random() < 0.7:
                look = elder(rng)
                ph.add(
                    z - 0.3,
                    lambda ly, d, x=x, z=z, lk=look: stamp(
                        ly, cam, x, z - 0.1, lk, "sit", "front", shadow=0, dim=0.82
                    ),
                )
    tex = sign(
        (900, 1100),
        [
            ("ÁREA DE", 0.8),
            ("OBSERVACIÓN", 1.0),
            ("", 0.3),
            ("Permanezca aquí", 0.55),
            ("30 minutos", 0.9),
            ("después de su vacuna", 0.55),
        ],
        (250, 250, 246),
        (14, 94, 99),
        border=(14, 94, 99),
    )
    ph.add(3.6, lambda ly, d: sign_stand(ly, cam, tex, 2.6, 3.6, 0.75, 0.92, 0.7))
    look = staff(rng, "doctor")
    ph.add(
        7.4,
        lambda ly, d: stamp(ly, cam, -1.2, 7.4, look, "walk", "left", shadow=0.3, dim=0.85),
    )
    img = ph.render()
    return develop(img, rng, size, roll=0.3, **DAY)


def senaletica(rng: random.Random, size=(1600, 2400)):
    ph = Photo(rng, size, fov=36, height=1.3, horizon=0.5, focus=2.2, aperture=0.04)
    cam = ph.cam
    court(ph, rng)
    tent_row(ph, 12.0, [-4, 2])
    for i in range(6):
        look = elder(rng) if i % 2 else staff(rng, rng.choice(["nurse", "doctor", "vest"]))
        x, z = rng.uniform(-3, 3), rng.uniform(9, 14)
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look: stamp(
                ly, cam, x, z, lk, "stand", rng.choice(["left", "right"]), sun=SUN, shadow=0
            ),
        )
    tex = Image.new("RGB", (900, 1200), (250, 250, 246))
    dd = ImageDraw.Draw(tex)
    dd.rectangle([0, 0, 900, 260], fill=(14, 94, 99))
    top = sign(
        (900, 260), [("VACUNACIÓN", 1), ("COVID-19", 0.8)], (14, 94, 99), (250, 250, 246)
    )
    tex.paste(top, (0, 0))
    body = sign(
        (900, 520),
        [
            ("60 años", 1),
            ("y más", 1),
            ("", 0.3),
            ("Tenga a la mano su CURP", 0.42),
            ("e identificación", 0.42),
        ],
        (250, 250, 246),
        (30, 40, 50),
    )
    tex.paste(body, (0, 290))
    dd.polygon(
        [
            (300, 930),
            (560, 930),
            (560, 880),
            (680, 990),
            (560, 1100),
            (560, 1050),
            (300, 1050),
        ],
        fill=(14, 94, 99),
    )
    dd.rectangle([0, 1140, 900, 1200], fill=GUINDA)

    def stand(layer, d):
        sign_stand(layer, cam, tex, -0.12, 2.2, 0.6, 0.8, 0.55)
        cast_shadow(layer, cam, -0.12, 2.25, 1.3, 0.6, SUN, 0.35)

    ph.add(2.2, stand)

    def gel(layer, d):
        pole(d, cam, 0.62, 2.05, 0, 1.0, 0.02, (60, 60, 64))
        cylinder(d, cam, 0.62, 2.05, 0.15, 0.0, 0.03, (60, 60, 64))
        box(d, cam, 0.52, 0.72, 1.0, 1.04, 1.95, 2.15, (220, 220, 222))
        cylinder(
            d, cam, 0.62, 2.05, 0.045, 1.04, 1.26, (210, 236, 240), sides=10, ambient=0.8
        )
        box(d, cam, 0.6, 0.64, 1.26, 1.32, 2.03, 2.07, (30, 90, 170))
        cast_shadow(layer, cam, 0.62, 2.1, 1.3, 0.2, SUN, 0.35)

    ph.add(2.05, gel)
    img = ph.render()
    return develop(img, rng, size, roll=math.degrees(0.01), **DAY)
