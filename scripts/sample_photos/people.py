"""People as simple but plausible figures: a skeleton from ``poses``, limbs as
tapered capsules, clothes in everyday colours, soft side light and a contact
shadow. No faces beyond a hint of eyes: most are seen from afar, from behind
or in profile, and in 2021 almost all of them wear a face mask.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from .figure import sprite
from .nature import cast_shadow
from .space import Cam, over
from .texture import Color, jitter

SKINS = [
    (222, 178, 146),
    (206, 158, 122),
    (190, 140, 106),
    (172, 122, 90),
    (150, 104, 76),
    (132, 90, 66),
]
DARK_HAIR = [(26, 21, 19), (38, 29, 24), (52, 38, 29), (66, 48, 35), (90, 62, 40)]
GRAY_HAIR = [(140, 138, 134), (176, 173, 168), (204, 201, 196), (118, 112, 106)]
TOPS = [
    (38, 44, 62),
    (230, 228, 222),
    (120, 30, 45),
    (74, 92, 122),
    (150, 150, 148),
    (196, 168, 120),
    (60, 90, 70),
    (170, 60, 50),
    (88, 64, 100),
    (212, 190, 80),
    (110, 140, 180),
    (40, 40, 42),
    (200, 110, 130),
    (235, 235, 238),
    (80, 120, 140),
]
BOTTOMS = [
    (48, 62, 92),
    (36, 46, 72),
    (30, 30, 34),
    (142, 124, 96),
    (84, 84, 90),
    (60, 52, 46),
    (72, 86, 120),
]
SHOES = [(25, 24, 24), (60, 42, 30), (230, 230, 228), (90, 80, 72), (40, 40, 50)]
MASKS = [(168, 206, 228), (236, 238, 240), (120, 170, 205), (40, 42, 48), (200, 220, 232)]


@dataclass
class Look:
    height: float
    skin: Color
    hair: Color
    hair_style: str  # short, long, bun, bald
    top: Color
    top_kind: str  # long, short, jacket, coat
    bottom: Color
    shoes: Color
    female: bool
    skirt: bool = False
    vest: Color | None = None
    mask: Color | None = None
    hat: str | None = None  # cap, sombrero
    hat_color: Color = (40, 40, 44)
    carry: str | None = None  # bag, cane, folder, shovel, jug, diploma
    sway: float = 0.0  # -1..1: how this person stands (weight shift, arms, head)


def random_look(
    rng: random.Random, age: str = "adult", female=None, mask_p=0.85, hat_p=0.08, **over_
) -> Look:
    female = rng.random() < 0.5 if female is None else female
    old = age == "old"
    style = rng.choice(
        ["long", "long", "bun", "short"] if female else ["short"] * 5 + ["bald"]
    )
    look = Look(
        height=(rng.uniform(1.5, 1.66) if female else rng.uniform(1.62, 1.8))
        - (0.04 if old else 0)
        - (0.06 if age == "young" else 0),
        skin=jitter(rng, rng.choice(SKINS), 6),
        hair=rng.choice(GRAY_HAIR if old and rng.random() < 0.85 else DARK_HAIR),
        hair_style=("short" if old and style == "long" and rng.random() < 0.6 else style),
        top=jitter(rng, rng.choice(TOPS), 12),
        top_kind=rng.choice(["long", "short", "jacket", "long"]),
        bottom=jitter(rng, rng.choice(BOTTOMS), 8),
        shoes=rng.choice(SHOES),
        female=female,
        skirt=female and rng.random() < (0.45 if old else 0.2),
        mask=rng.choice(MASKS) if rng.random() < mask_p else None,
        hat=("sombrero" if old and rng.random() < 0.5 else "cap")
        if rng.random() < hat_p
        else None,
        hat_color=jitter(
            rng,
            rng.choice(
                [
                    (40, 40, 44),
                    (200, 176, 124),
                    (150, 30, 40),
                    (230, 230, 230),
                    (50, 70, 110),
                ]
            ),
            10,
        ),
    )
    look.sway = rng.uniform(-1, 1)
    for k, v in over_.items():
        setattr(look, k, v)
    return look


def stamp(
    layer: Image.Image,
    cam: Cam,
    x: float,
    z: float,
    look: Look,
    pose="stand",
    view="back",
    lift=0.0,
    shadow=0.35,
    sun=None,
    light_left=True,
    dim=1.0,
) -> None:
    """Draw a person standing at (x, ground, z) onto a layer; sun: the ground
    direction of cast shadows (see nature.cast_shadow) for outdoor daylight."""
    hpx = look.height * cam.k(z)
    if hpx < 4:
        return
    fx, fy = cam.p(x, lift, z)
    if sun:
        cast_shadow(layer, cam, x, z, look.height, 0.42, sun, alpha=0.4, y0=lift)
    if shadow:
        sw, sh = hpx * 0.42, max(2.0, hpx * 0.06)
        sd = Image.new("RGBA", (round(sw * 2), round(sh * 4)), (0, 0, 0, 0))
        ImageDraw.Draw(sd).ellipse(
            [sw * 0.5, sh * 1.5, sw * 1.5, sh * 2.5], fill=(0, 0, 0, round(255 * shadow))
        )
        sd = sd.filter(ImageFilter.GaussianBlur(sh * 0.6))
        over(layer, sd, (fx - sw, fy - sh * 2))
    cap = 2600.0  # huge (near, blurred) figures are drawn smaller and scaled up
    img, (ax, ay) = sprite(look, pose, view, min(hpx, cap), light_left)
    if hpx > cap:
        f = hpx / cap
        img = img.resize(
            (round(img.width * f), round(img.height * f)), Image.Resampling.BILINEAR
        )
        ax, ay = ax * f, ay * f
    if dim != 1.0:
        a = img.getchannel("A")
        img = img.convert("RGB").point(lambda v: round(v * dim))
        img.putalpha(a)
    over(layer, img, (fx - ax, fy - ay))
