"""COVID-19 vaccination for people aged 60 and over at the Unidad Deportiva
Municipal: a concrete court under white tents, spaced plastic chairs, a
queue along the chain-link fence, health staff in blue and white."""

from __future__ import annotations

import random

from .deportiva import DAY, GUINDA, SUN, court, elder, fence, shade_under, staff, tent_row
from .lens import Photo, develop
from .people import random_look, stamp
from .props import chair, plane, sign, table, tent
from .room import pool
from .space import box
from .vacuna_detalle import observacion, senaletica

__all__ = [
    "aplicacion",
    "espera",
    "fila",
    "observacion",
    "registro",
    "senaletica",
]


def fila(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=54, height=1.6, horizon=0.48, focus=6.0, aperture=0.014)
    cam = ph.cam
    court(ph, rng)
    fence(ph, 2.3, 1.0, 40)
    z = 2.6
    for _ in range(22):
        look = elder(rng) if rng.random() < 0.7 else random_look(rng, mask_p=1.0)
        x = 1.2 + rng.uniform(-0.25, 0.25)
        view = rng.choice(["back", "back", "left", "right"])
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look, v=view: stamp(
                ly, cam, x, z, lk, "stand", v, shadow=0, sun=SUN
            ),
        )
        z += rng.uniform(0.9, 1.6)
    for i in range(3):
        look = staff(rng, "vest")
        zz = 9 + i * 9
        ph.add(
            zz,
            lambda ly, d, zz=zz, lk=look: stamp(
                ly, cam, -0.3, zz, lk, "stand", "front", shadow=0, sun=SUN
            ),
        )
    ph.add(30, lambda ly, d: tent(d, cam, -6, 30, 8, 8, 2.6))
    ban = sign(
        (1400, 300),
        [("UNIDAD DEPORTIVA MUNICIPAL", 1), ("Sede de vacunación", 0.6)],
        (246, 244, 238),
        GUINDA,
    )
    ph.add(38, lambda ly, d: plane(ly, cam, ban, -1.0, 3.0, 2.4, 3.2, 38))
    img = ph.render()
    return develop(img, rng, size, roll=-0.7, **DAY)


def espera(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=62, height=2.1, horizon=0.4, focus=8.0, aperture=0.008)
    cam = ph.cam
    court(ph, rng)
    shade_under(ph, -9, 9, 3.0, 15.0)
    tent_row(ph, 6.0, [-6, 0, 6])
    tent_row(ph, 12.0, [-6, 0, 6])
    for row in range(5):
        z = 4.0 + row * 2.0
        for col in range(6):
            x = -6.2 + col * 2.3 + (row % 2) * 0.4
            ph.add(z + 0.25, lambda ly, d, x=x, z=z: chair(d, cam, x, z, facing=1))
            if rng.random() < 0.62:
                look = elder(rng)
                ph.add(
                    z,
                    lambda ly, d, x=x, z=z, lk=look: stamp(
                        ly, cam, x, z, lk, "sit", "back", shadow=0, dim=0.8
                    ),
                )
    ban = sign(
        (1800, 360),
        [("VACUNACIÓN COVID-19", 1), ("Personas de 60 años y más", 0.6)],
        (246, 244, 238),
        (14, 94, 99),
    )
    ph.add(15.5, lambda ly, d: plane(ly, cam, ban, -2.5, 2.5, 1.4, 2.4, 15.5))
    for x, z in ((-3.0, 9.0), (3.4, 12.5)):
        look = staff(rng, "doctor")
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=look: stamp(
                ly, cam, x, z, lk, "walk", "right", shadow=0.3
            ),
        )
    img = ph.render()
    return develop(img, rng, size, roll=0.5, **DAY)


def registro(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=50, height=1.55, horizon=0.45, focus=5.2, aperture=0.02)
    cam = ph.cam
    court(ph, rng)
    shade_under(ph, -7, 7, 2.0, 10.0)
    tent_row(ph, 6.0, [-3.2, 3.2])
    for i, x in enumerate((-3.4, -1.2, 1.2, 3.4)):
        ph.add(
            6.0,
            lambda ly, d, x=x: table(
                d, cam, x - 0.9, x + 0.9, 5.7, 6.3, cloth=(240, 240, 238)
            ),
        )
        look = staff(rng, "vest")
        ph.add(
            6.8,
            lambda ly, d, x=x, lk=look: stamp(
                ly, cam, x, 6.8, lk, "sit_table", "front", shadow=0, dim=0.85
            ),
        )
        if i != 2:
            ph.add(5.0, lambda ly, d, x=x: chair(d, cam, x, 5.2, facing=1))
            old = elder(rng)
            ph.add(
                5.1,
                lambda ly, d, x=x, lk=old: stamp(
                    ly, cam, x + 0.05, 5.1, lk, "sit", "back", shadow=0, dim=0.85
                ),
            )
            comp = random_look(rng, mask_p=1.0, carry="folder")
            ph.add(
                4.4,
                lambda ly, d, x=x, lk=comp: stamp(
                    ly, cam, x + 0.7, 4.4, lk, "stand", "back", shadow=0.3
                ),
            )
        for k in range(3):
            ph.add(
                5.9,
                lambda ly, d, x=x, k=k: d.polygon(
                    [
                        cam.p(x - 0.5 + k * 0.3, 0.762, 5.8),
                        cam.p(x - 0.3 + k * 0.3, 0.762, 5.8),
                        cam.p(x - 0.3 + k * 0.3, 0.762, 6.05),
                        cam.p(x - 0.5 + k * 0.3, 0.762, 6.05),
                    ],
                    fill=(250, 250, 246),
                ),
            )
    ban = sign(
        (1600, 260),
        [("REGISTRO", 1), ("Presente su comprobante o CURP", 0.55)],
        (14, 94, 99),
        (250, 250, 246),
    )
    ph.add(8.4, lambda ly, d: plane(ly, cam, ban, -1.6, 1.6, 1.7, 2.35, 8.4))
    img = ph.render()
    return develop(img, rng, size, roll=0.8, **DAY)


def aplicacion(rng: random.Random, size=(2400, 1600)):
    ph = Photo(rng, size, fov=44, height=1.5, horizon=0.45, focus=6.2, aperture=0.02)
    cam = ph.cam
    court(ph, rng)
    shade_under(ph, -8, 8, 1.0, 14.0, alpha=0.5)
    tent_row(ph, 7.5, [-5, 1, 7], depth=7)
    for i, (x, z) in enumerate(((-0.2, 6.2), (-3.2, 8.6), (2.9, 9.4))):
        man = elder(rng, female=i == 1, top_kind="short", hat=None)
        man.carry = None
        nurse = staff(rng, "nurse")
        ph.add(z + 0.1, lambda ly, d, x=x, z=z: chair(d, cam, x + 0.62, z + 0.1, facing=-1))
        ph.add(
            z,
            lambda ly, d, x=x, z=z, lk=man: stamp(
                ly, cam, x + 0.6, z, lk, "sit", "left", shadow=0.25, dim=0.9
            ),
        )
        ph.add(
            z - 0.1,
            lambda ly, d, x=x, z=z, lk=nurse: stamp(
                ly, cam, x, z - 0.1, lk, "vaccinate", "right", shadow=0.3, dim=0.9
            ),
        )

        def cart(layer, d, x=x, z=z):
            table(
                d,
                cam,
                x - 1.3,
                x - 0.7,
                z - 0.3,
                z + 0.2,
                cloth=(236, 236, 234),
                skirt=False,
            )
            box(
                d,
                cam,
                x - 1.2,
                x - 0.85,
                0.76,
                1.0,
                z - 0.2,
                z + 0.05,
                (40, 110, 180),
                top=(240, 240, 240),
            )

        ph.add(z - 0.2, cart)
    img = ph.render()
    img = pool(img, cam.p(0, 1.1, 6.2), ph.wh[0] * 0.8, gain=1.1, floor=0.85)
    return develop(img, rng, size, roll=-0.4, **DAY)
