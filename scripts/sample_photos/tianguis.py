"""The Tianguis Cultural in the Plaza de Armas, from the last sun to night."""

from __future__ import annotations

import copy
import math
import random

from PIL import Image, ImageDraw

from .feria import DUSK, crowd, square, visitor
from .lens import Photo, develop
from .lights import bokeh
from .people import random_look, stamp
from .plaza import buildings, dusk_sky, kiosk, pavement, strings, trees
from .props import chair, plane, sign, table
from .room import glow, pool
from .space import box, pole, warp3
from .texture import jitter, shade


def kiosko(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=62, height=1.75, horizon=0.5, focus=16, aperture=0.006)
    stalls = [(-7 + i * 0.3, 6 + i * 2.6) for i in range(6)] + [
        (7 - i * 0.3, 6.5 + i * 2.6) for i in range(6)
    ]
    square(ph, rng, 0.25, 0.62, stalls)
    ph.add(27, lambda ly, d: kiosk(ly, d, ph.cam, 1.0, 27, lit=0.7))
    crowd(ph, rng, 46, (-6, 6), (4, 30))
    img = ph.render()
    img = glow(img, ph.cam.p(1.0, 4.5, 27), ph.wh[0] * 0.12, (255, 210, 150), 0.5)
    return develop(img, rng, size, roll=-0.6, **DUSK)


def puestos(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=50, height=1.65, horizon=0.5, focus=6.5, aperture=0.018)
    stalls = [(-2.8 + i * 0.35, 4.2 + i * 2.7) for i in range(7)]
    square(ph, rng, 0.45, 0.55, stalls)
    crowd(ph, rng, 22, (-0.5, 3.5), (3.2, 18), dim=0.62)
    img = ph.render()
    img = pool(img, ph.cam.p(-2.5, 1.5, 5), ph.wh[0] * 0.6, gain=1.25, floor=0.75)
    return develop(img, rng, size, roll=0.7, **DUSK)


def papel(rng: random.Random, size=(1600, 2400)):
    ph = Photo(rng, size, fov=50, height=1.6, horizon=0.78, focus=7, aperture=0.014)
    w, h = ph.wh
    ph.plate.paste(dusk_sky((w, h), 0.55))
    buildings(ph, rng, 34, 0.6)
    pavement(ph, rng, lit=0.4)
    trees(ph, rng, [(-7, 12), (7.5, 14), (-6, 20)], lit=0.35)
    crowd(ph, rng, 14, (-2.5, 2.5), (3.0, 12.0), dim=0.45)
    strings(
        ph,
        rng,
        [
            ((-9, 4.2 + 0.3 * (i % 2), z), (9, 4.2 + 0.3 * (i % 2), z))
            for i, z in enumerate((3.5, 5.0, 6.8, 9.0, 12.0, 16.0))
        ],
    )
    strings(ph, rng, [((-9, 3.9, z), (9, 3.9, z)) for z in (4.2, 8.0, 13.0)], kind="bulbs")
    img = ph.render()
    return develop(img, rng, size, roll=1.2, **DUSK)


def book_cover(rng: random.Random) -> Image.Image:
    c = jitter(
        rng,
        rng.choice(
            [
                (170, 40, 40),
                (30, 60, 120),
                (230, 200, 80),
                (40, 110, 80),
                (236, 230, 214),
                (90, 60, 120),
                (20, 20, 24),
                (200, 110, 50),
            ]
        ),
        15,
    )
    img = Image.new("RGB", (300, 440), c)
    d = ImageDraw.Draw(img)
    ink = (250, 246, 236) if sum(c) < 380 else (30, 30, 34)
    for k in range(rng.randint(1, 3)):
        d.rectangle([40, 70 + k * 46, 40 + rng.randint(120, 220), 96 + k * 46], fill=ink)
    d.rectangle([40, 380, 160, 396], fill=ink)
    if rng.random() < 0.5:
        d.ellipse([90, 170, 210, 290], fill=shade(c, 0.7))
    return img


def libros(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=48, height=1.3, horizon=-0.05, focus=1.05, aperture=0.035)
    cam = ph.cam
    w, h = ph.wh
    ph.plate.paste(dusk_sky((w, h), 0.6))
    pts = [(rng.uniform(0, w), rng.uniform(0, h * 0.3)) for _ in range(30)]
    bokeh(ph.plate, rng, pts, w * 0.025, [(255, 214, 150), (255, 236, 200), (240, 120, 90)])
    crowd(ph, rng, 8, (-3, 3), (5, 9), dim=0.5)
    top = 0.78
    ph.add(
        2.0, lambda ly, d: table(d, cam, -1.3, 1.3, 0.55, 2.2, top=top, cloth=(60, 50, 44))
    )
    for row in range(5):
        for col in range(6):
            x = -1.05 + col * 0.36 + rng.uniform(-0.03, 0.03) + (row % 2) * 0.1
            z = 0.72 + row * 0.3
            a = math.radians(rng.uniform(-8, 8))
            cover = book_cover(rng)
            th = rng.uniform(0.015, 0.04)

            def lay(layer, d, x=x, z=z, a=a, cover=cover, th=th):
                cs = []
                for lx, lz in ((-0.12, 0.16), (0.12, 0.16), (0.12, -0.16), (-0.12, -0.16)):
                    cs.append(
                        (
                            x + lx * math.cos(a) - lz * math.sin(a),
                            top + th,
                            z + (lx * math.sin(a) + lz * math.cos(a)) * 0.85,
                        )
                    )
                front = [cs[3], cs[2], (cs[2][0], top, cs[2][2]), (cs[3][0], top, cs[3][2])]
                d.polygon([cam.p(*q) for q in front], fill=(236, 230, 214))
                warp3(layer, cam, cover, cs)

            ph.add(z, lay)
    img = ph.render()
    img = pool(img, cam.p(0, top, 1.0), w * 0.8, gain=1.3, floor=0.55)
    return develop(img, rng, size, roll=-0.8, **DUSK)


def guitar(d, cam, x, z, y=0.95, lit=1.0):
    k = cam.k(z)
    cx, cy = cam.p(x + 0.05, y, z - 0.15)
    body = shade((170, 100, 50), lit)
    d.ellipse([cx - 0.19 * k, cy - 0.1 * k, cx + 0.19 * k, cy + 0.17 * k], fill=body)
    d.ellipse([cx - 0.25 * k, cy + 0.05 * k, cx + 0.1 * k, cy + 0.25 * k], fill=body)
    d.ellipse(
        [cx - 0.06 * k, cy + 0.02 * k, cx + 0.03 * k, cy + 0.1 * k], fill=(30, 20, 14)
    )
    d.line(
        [(cx + 0.1 * k, cy + 0.02 * k), (cx + 0.55 * k, cy - 0.22 * k)],
        fill=shade((60, 36, 20), lit),
        width=max(2, round(0.05 * k)),
    )


def musica(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=40, height=2.2, horizon=0.52, focus=8.4, aperture=0.02)
    cam = ph.cam
    w, h = ph.wh
    ph.plate.paste(dusk_sky((w, h), 0.9))
    buildings(ph, rng, 40, 0.9)
    pavement(ph, rng, lit=0.35)
    trees(ph, rng, [(-8, 20), (9, 22)], lit=0.3)
    ban = sign(
        (1800, 320),
        [("FORO · TIANGUIS CULTURAL", 1), ("Plaza de Armas", 0.55)],
        (60, 30, 80),
        (250, 240, 220),
    )

    def stage(layer, d):
        box(d, cam, -2.4, 2.4, 0, 0.45, 8.0, 11.0, (40, 34, 30), top=(90, 70, 56))
        plane(layer, cam, ban, -2.2, 2.2, 2.4, 3.2, 10.9)
        for x in (-2.3, 2.3):
            pole(d, cam, x, 10.9, 0, 3.3, 0.03, (30, 30, 32))
            px, py = cam.p(x, 3.3, 10.9)
            r = 0.12 * cam.k(10.9)
            d.ellipse([px - r, py - r, px + r, py + r], fill=(255, 170, 220))

    ph.add(10.9, stage)
    for i, x in enumerate((-0.7, 0.8)):
        look = random_look(
            rng,
            female=i == 0,
            mask_p=0.0,
            age="young",
            top=(30, 30, 34) if i else (200, 60, 70),
        )
        pose = "stand" if i == 0 else "sit"

        def play(layer, d, x=x, lk=look, p=pose, i=i):
            sc = copy.copy(cam)
            sc.height = cam.height - 0.45
            if p == "sit":
                chair(d, sc, x, 9.6, (30, 30, 30), facing=-1)
            stamp(layer, sc, x, 9.4, lk, p, "front", shadow=0.3, dim=0.95)
            guitar(d, sc, x, 9.4, y=1.05 if p == "stand" else 0.75)
            pole(d, sc, x + 0.3, 9.0, 0, 1.45 if p == "stand" else 1.0, 0.01, (20, 20, 20))

        ph.add(9.4, play)
    crowd(ph, rng, 18, (-3.5, 3.5), (3.5, 7.4), dim=0.45)
    img = ph.render()
    img = pool(img, cam.p(0, 1.6, 9.4), w * 0.5, gain=1.6, floor=0.45)
    img = glow(img, cam.p(-2.3, 3.3, 10.9), w * 0.1, (255, 120, 200), 0.6)
    img = glow(img, cam.p(2.3, 3.3, 10.9), w * 0.1, (120, 160, 255), 0.6)
    return develop(img, rng, size, roll=0.4, **DUSK)


def paseantes(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=52, height=1.6, horizon=0.5, focus=5.5, aperture=0.02)
    stalls = [(-4.5, 8), (-1.5, 9), (1.5, 9.5), (4.5, 8.5), (-6, 12), (6.5, 12.5)]
    square(ph, rng, 0.95, 0.4, stalls, papel=False)
    strings(ph, rng, [((-10, 3.6, z), (10, 3.6, z)) for z in (5.5, 10.0)], kind="bulbs")
    crowd(ph, rng, 20, (-3.5, 3.5), (3.0, 8.0), dim=0.7, motion=0.5)
    img = ph.render()
    for x, z in stalls[:4]:
        img = glow(img, ph.cam.p(x, 2.2, z - 1), ph.wh[0] * 0.08, (255, 200, 140), 0.45)
    return develop(img, rng, size, roll=-0.9, **DUSK)


def filtro(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=46, height=1.6, horizon=0.5, focus=4.6, aperture=0.02)
    cam = ph.cam
    square(ph, rng, 0.0, 0.75, [(-6, 12), (-3, 14), (3, 14.5), (6.5, 12.5)])
    crowd(ph, rng, 12, (-6, 6), (9, 20), dim=0.75)

    def post(layer, d):
        table(d, cam, -1.4, -0.2, 4.3, 4.9, cloth=(240, 240, 238))
        box(d, cam, -1.0, -0.9, 0.76, 0.97, 4.45, 4.55, (210, 236, 240))
        box(d, cam, -0.98, -0.92, 0.97, 1.02, 4.48, 4.52, (30, 90, 170))
        tex = sign(
            (1000, 600),
            [("FILTRO SANITARIO", 1), ("Uso obligatorio", 0.55), ("de cubrebocas", 0.55)],
            (250, 250, 246),
            (120, 30, 46),
            border=(120, 30, 46),
        )
        plane(layer, cam, tex, -1.3, -0.3, 0.25, 0.7, 4.28)
        for x in (1.4, 2.6, 3.8):  # crowd-control barriers
            box(d, cam, x - 0.6, x + 0.6, 0.95, 1.0, 5.0, 5.03, (150, 150, 156))
            for xx in (x - 0.55, x + 0.55):
                pole(d, cam, xx, 5.0, 0, 1.0, 0.015, (140, 140, 146))

    ph.add(4.6, post)
    guard = random_look(rng, mask_p=1.0, age="adult", vest=(120, 30, 46))
    ph.add(
        5.2,
        lambda ly, d: stamp(
            ly, cam, -0.6, 5.2, guard, "pour", "right", shadow=0.35, dim=0.9
        ),
    )
    for i, x in enumerate((0.35, 1.0, 1.6)):
        look = visitor(rng)
        ph.add(
            5.0 + i * 0.5,
            lambda ly, d, x=x, i=i, lk=look: stamp(
                ly, cam, x, 5.0 + i * 0.5, lk, "stand", "left", shadow=0.35, dim=0.85
            ),
        )
    img = ph.render()
    img = glow(img, (ph.wh[0] * 0.0, ph.wh[1] * 0.45), ph.wh[0] * 0.6, (255, 170, 90), 0.35)
    return develop(img, rng, size, roll=0.5, **DUSK)
