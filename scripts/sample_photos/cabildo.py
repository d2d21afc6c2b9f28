"""Public ordinary session of the Cabildo in the Sala de Cabildo of the
Palacio Municipal: wood-panelled walls, the long table with a guinda cloth,
name plates and microphones, the flags, and the public's chairs."""

from __future__ import annotations

import math
import random

from .lens import Photo
from .people import random_look, stamp
from .props import bottle, chair, flag_mx, flat, mic, plane, sign, table
from .sala_cabildo import (
    GUINDA,
    acta,
    council,
    finish,
    jalisco,
    public,
    room,
)
from .space import box, warp3
from .texture import jitter, shade


def sala(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=54, height=1.65, horizon=0.4, focus=10.5, aperture=0.008)
    back = 12.5
    room(ph, rng, back)
    council(ph, rng, 10.6, [-3.5 + i * 1.0 for i in range(8)])
    ph.add(11.6, lambda ly, d: flag_mx(ly, ph.cam, -5.0, 11.6))
    ph.add(11.6, lambda ly, d: jalisco(ly, ph.cam, 4.6, 11.6))
    public(ph, rng, [2.2, 3.3, 4.4, 5.5], [-4.2, -3.0, -1.8, 1.0, 2.2, 3.4])
    return finish(ph, rng, size, roll=-0.5)


def votacion(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=48, height=1.55, horizon=0.44, focus=7.6, aperture=0.015)
    back = 8.8
    room(ph, rng, back, windows=False)
    council(
        ph,
        rng,
        6.8,
        [-3.5 + i * 1.0 for i in range(8)],
        pose=lambda i: "sit_table" if i == 4 else "sit_raise",
    )
    ph.add(7.9, lambda ly, d: flag_mx(ly, ph.cam, -4.6, 7.9))
    public(ph, rng, [2.0], [-2.6, -1.4, 0.9, 2.1], occupancy=0.8)
    return finish(ph, rng, size, roll=0.6)


def presidenta(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=30, height=1.3, horizon=0.5, focus=5.35, aperture=0.03)
    room(ph, rng, 7.2, windows=False)
    council(
        ph,
        rng,
        4.5,
        [-1.05, 0.0, 1.05],
        pose="sit_table",
        roles=["Síndico", "Presidenta Municipal", "Secretario"],
    )
    ph.add(6.1, lambda ly, d: flag_mx(ly, ph.cam, -1.5, 6.1, hgt=2.5, width=0.6))
    return finish(ph, rng, size, roll=-0.3)


def regidores(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=48, height=1.3, horizon=0.5, focus=3.6, aperture=0.02)
    cam = ph.cam
    room(ph, rng, 11.5, xo=0.0, width=8.0, windows=False)
    ph.add(
        6.0,
        lambda ly, d: box(
            d, cam, -0.45, 0.45, 0, 0.76, 1.6, 10, shade(GUINDA, 0.9), top=GUINDA
        ),
    )
    for side, view in ((-1, "right"), (1, "left")):
        for i in range(6):
            z = 2.3 + i * 1.1 + (0.5 if side > 0 else 0)
            look = random_look(rng, age="adult", mask_p=1.0, top_kind="jacket")
            look.top = jitter(
                rng, rng.choice([(34, 36, 44), (60, 60, 66), (80, 40, 50)]), 6
            )
            ph.add(
                z + 0.02,
                lambda ly, d, z=z, lk=look, s=side, v=view: stamp(
                    ly, cam, s * 0.95, z, lk, "sit", v, shadow=0
                ),
            )

            def things(layer, d, z=z, s=side):
                mic(d, cam, s * 0.3, 0.76, z + 0.2, lean=-0.15 * s)
                flat(
                    d,
                    cam,
                    s * 0.38 - 0.15,
                    s * 0.38 + 0.15,
                    0.762,
                    z - 0.3,
                    z + 0.05,
                    (230, 226, 214),
                )

            ph.add(z - 0.3, things)
    return finish(ph, rng, size, roll=0.9)


def publico(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=50, height=1.45, horizon=0.42, focus=4.0, aperture=0.016)
    cam = ph.cam
    room(ph, rng, 9.0, xo=-1.0, width=9.0)
    for row, x in enumerate((-1.5, -0.3, 0.9, 2.1)):
        for j in range(6):
            z = 2.2 + j * 1.1 + row * 0.15
            ph.add(
                z + 0.01, lambda ly, d, x=x, z=z: chair(d, cam, x - 0.1, z, (52, 52, 58))
            )
            if rng.random() < 0.6:
                look = random_look(
                    rng, mask_p=1.0, age=rng.choice(["adult", "old", "young"])
                )
                ph.add(
                    z,
                    lambda ly, d, x=x, z=z, lk=look: stamp(
                        ly, cam, x, z, lk, "sit", "right", shadow=0
                    ),
                )
    return finish(ph, rng, size, light=(ph.wh[0] * 0.3, ph.wh[1] * 0.3), roll=-0.7)


def firma(rng: random.Random, size=(1600, 2400)):
    ph = Photo(rng, size, fov=46, height=1.12, horizon=0.06, focus=0.62, aperture=0.035)
    cam = ph.cam
    room(ph, rng, 6.0, windows=False)
    top = 0.76
    ph.add(1.5, lambda ly, d: table(d, cam, -1.4, 1.4, 0.3, 2.6, cloth=GUINDA))
    doc = acta()

    def paper(layer, d):
        flat(d, cam, -0.2, 0.17, top + 0.001, 0.44, 0.86, (30, 34, 52))  # folder
        a = math.radians(-6)
        cs = []
        for lx, lz in ((-0.108, 0.14), (0.108, 0.14), (0.108, -0.14), (-0.108, -0.14)):
            cs.append(
                (
                    lx * math.cos(a) - lz * math.sin(a),
                    top + 0.003,
                    0.64 + lx * math.sin(a) + lz * math.cos(a),
                )
            )
        warp3(layer, cam, doc, cs)
        pen = [cam.p(0.05, top + 0.01, 0.56), cam.p(0.17, top + 0.01, 0.5)]
        d.line(pen, fill=(20, 20, 24), width=round(0.01 * cam.k(0.53)))
        d.line(
            [pen[1], cam.p(0.185, top + 0.01, 0.49)],
            fill=(200, 170, 90),
            width=round(0.007 * cam.k(0.5)),
        )

    ph.add(0.64, paper)

    def back(layer, d):
        plate = sign(
            (500, 140), [("Presidenta Municipal", 1)], (246, 242, 232), (40, 36, 40)
        )
        plane(layer, cam, plate, -0.3, 0.0, top, top + 0.09, 1.45)
        mic(d, cam, 0.2, top, 1.6)
        bottle(d, cam, 0.45, top, 1.5)

    ph.add(1.5, back)
    look = random_look(rng, female=True, age="adult", top_kind="jacket", top=(40, 40, 48))
    ph.add(
        2.3, lambda ly, d: stamp(ly, cam, 0.05, 2.3, look, "sit_table", "front", shadow=0)
    )
    return finish(ph, rng, size)
