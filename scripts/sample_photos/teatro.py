"""Award ceremony of the short-film contest at the Teatro Municipal Juárez."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from .escenario import DARK, rollup, seats, stage_light, stage_set
from .lens import Photo, develop
from .people import random_look, stamp
from .props import mic, plane, sign, table
from .room import pool
from .teatro_detalle import ganadores, reconocimiento
from .teatro_fachada import fachada
from .texture import gradient, jitter, modulate, noise, shade

__all__ = [
    "fachada",
    "ganadores",
    "general",
    "jurado",
    "moderadora",
    "proyeccion",
    "reconocimiento",
]


def _guests(rng, n, **kw):
    return [
        random_look(rng, mask_p=0.95, age=rng.choice(["young", "young", "adult"]), **kw)
        for _ in range(n)
    ]


def general(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=52, height=2.1, horizon=0.47, focus=20, aperture=0.01)
    zs = 17.0
    sc = stage_set(ph, rng, zs, xo=0.6)
    seats(ph, rng, [zs - 2.2 - i * 0.95 for i in range(14)], xo=0.6, dim=0.5)
    for i, x in enumerate((-4.0, 3.2, 3.9, 4.6)):
        look = random_look(rng, female=i == 0, top_kind="jacket", top=(30, 30, 34))
        z = zs + (2.9 if i == 0 else 5.3)
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look, i=i: stamp(
                ly,
                sc,
                x + 0.6,
                z,
                lk,
                "lectern" if i == 0 else "sit_table",
                "front",
                shadow=0.2,
            ),
        )
    img = stage_light(ph.render(), ph, sc, 0.6, zs)
    return develop(img, rng, size, roll=-0.4, **DARK)


def moderadora(rng: random.Random, size=(1600, 2400)):
    ph = Photo(rng, size, fov=18, height=1.55, horizon=0.8, focus=4.4, aperture=0.045)
    zs, xo = 1.6, 4.35
    sc = stage_set(ph, rng, zs, xo=xo, hall=False, jury=False, lect=False)
    look = random_look(
        rng,
        female=True,
        age="adult",
        top_kind="jacket",
        top=(34, 32, 40),
        hair_style="long",
        mask=(236, 238, 240),
        bottom=(30, 30, 34),
    )
    ph.add(
        zs + 2.85,
        lambda ly, d: stamp(ly, sc, 0.05, zs + 2.85, look, "lectern", "front", shadow=0),
    )

    def desk(layer, d):
        from .props import lectern

        lectern(d, sc, 0.0, zs + 2.6)
        plane(layer, sc, rollup(200, 200), -0.2, 0.2, 0.55, 0.95, zs + 2.39)
        mic(d, sc, 0.12, 1.12, zs + 2.5)

    ph.add(zs + 2.6, desk)
    img = ph.render()
    cx, cy = ph.cam.p(0, 2.6, zs + 2.8)
    img = pool(img, (cx, cy), ph.wh[0] * 0.9, gain=1.3, floor=0.45)
    return develop(img, rng, size, roll=0.5, **DARK)


def film_still(rng: random.Random, size=(1600, 900)) -> Image.Image:
    """A frame of «La voz de mi barrio»: a street of painted houses at sunset."""
    w, h = size
    img = gradient(
        size, [(0, (236, 160, 96)), (0.45, (250, 210, 150)), (0.6, (120, 90, 80))]
    )
    d = ImageDraw.Draw(img)
    x = -20
    while x < w:
        bw = rng.randint(180, 320)
        top = h * rng.uniform(0.22, 0.36)
        c = jitter(
            rng,
            rng.choice(
                [
                    (200, 70, 60),
                    (230, 180, 70),
                    (70, 140, 150),
                    (220, 120, 140),
                    (240, 230, 210),
                ]
            ),
            12,
        )
        d.rectangle([x, top, x + bw, h * 0.72], fill=shade(c, 0.85))
        d.rectangle([x + bw * 0.35, h * 0.5, x + bw * 0.6, h * 0.72], fill=(60, 40, 30))
        d.rectangle([x + bw * 0.1, h * 0.42, x + bw * 0.25, h * 0.55], fill=(50, 50, 60))
        x += bw
    d.rectangle([0, h * 0.72, w, h], fill=(96, 84, 80))
    d.ellipse([w * 0.55, h * 0.42, w * 0.6, h * 0.5], fill=(40, 30, 30))
    d.rectangle([w * 0.55, h * 0.49, w * 0.6, h * 0.74], fill=(44, 60, 90))
    img = modulate(img, noise(rng, size, (w // 3, h // 3)), 0.9, 1.05)
    return img.filter(ImageFilter.GaussianBlur(2))


def proyeccion(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=46, height=1.2, horizon=0.6, focus=14, aperture=0.014)
    zs = 8.0
    sc = stage_set(ph, rng, zs, xo=0.4, jury=False, lect=False, screen=film_still(rng))
    seats(ph, rng, [zs - 1.6 - i * 0.95 for i in range(6)], xo=0.4, occupancy=0.3, dim=0.32)
    img = ph.render()
    img = stage_light(img, ph, sc, 0.4, zs, gain=1.25, floor=0.45)
    beam = Image.new("L", img.size, 0)
    w, h = img.size
    (ax, ay), (bx, by) = sc.p(-2.8, 4.6, zs + 8.6), sc.p(3.6, 1.5, zs + 8.6)
    ImageDraw.Draw(beam).polygon(
        [(w * 0.5, -h * 0.1), (ax, ay), (bx, ay), (bx, by)], fill=26
    )
    beam = beam.filter(ImageFilter.GaussianBlur(w / 60))
    img = Image.composite(Image.new("RGB", img.size, (220, 200, 190)), img, beam)
    return develop(img, rng, size, roll=0.3, **DARK)


def jurado(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=30, height=1.7, horizon=0.66, focus=6.3, aperture=0.03)
    zs, xo = 1.0, -3.7
    sc = stage_set(ph, rng, zs, xo=xo, hall=False, jury=False, lect=False)
    names = ["Mtra. Elena Castañeda", "Prof. Jorge Ibarra", "Lic. Rosa Villaseñor"]
    for i, name in enumerate(names):
        x = -1.0 + i * 1.0
        look = random_look(
            rng,
            female=i != 1,
            top_kind="jacket",
            mask_p=1.0,
            age="adult",
            top=rng.choice([(30, 30, 36), (90, 30, 40), (60, 70, 90)]),
        )
        ph.add(
            zs + 5.3,
            lambda ly, d, x=x, lk=look: stamp(
                ly, sc, x, zs + 5.3, lk, "sit_table", "front", shadow=0
            ),
        )

        def card(layer, d, x=x, name=name):
            tex = sign((600, 160), [(name, 1)], (246, 244, 238), (30, 30, 40), bold=False)
            plane(layer, sc, tex, x - 0.14, x + 0.14, 0.76, 0.835, zs + 4.28)
            mic(d, sc, x + 0.15, 0.76, zs + 4.55)
            from .props import bottle

            bottle(d, sc, x - 0.3, 0.76, zs + 4.6)

        ph.add(zs + 4.2, card)

    def front(layer, d):
        table(d, sc, -1.7, 1.7, zs + 4.3, zs + 5.0, cloth=(58, 30, 74))
        tex = sign((1600, 300), [("JURADO CALIFICADOR", 1)], (70, 38, 96), (240, 232, 250))
        plane(layer, sc, tex, -0.8, 0.8, 0.35, 0.6, zs + 4.29)

    ph.add(zs + 4.6, front)
    img = ph.render()
    cx, cy = ph.cam.p(0, 2.2, zs + 5)
    img = pool(img, (cx, cy), ph.wh[0] * 0.6, gain=1.35, floor=0.4)
    return develop(img, rng, size, roll=-0.6, **DARK)
