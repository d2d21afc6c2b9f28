"""Lights and decorations: out-of-focus bokeh, strings of bulbs and of papel picado."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from .space import Cam, over
from .texture import jitter, mix


def bokeh(layer: Image.Image, rng: random.Random, pts, r: float, colors, alpha=(90, 200)):
    """Out-of-focus point lights: soft-edged discs, brighter at the rim."""
    big = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(big)
    for x, y in pts:
        c = jitter(rng, rng.choice(colors), 10)
        a = rng.randint(*alpha)
        rr = r * rng.uniform(0.85, 1.15)
        d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=(*c, a))
        d.ellipse(
            [x - rr * 0.86, y - rr * 0.86, x + rr * 0.86, y + rr * 0.86],
            fill=(*mix(c, (0, 0, 0), 0.12), round(a * 0.8)),
        )
    big = big.convert("RGBa").filter(ImageFilter.GaussianBlur(max(1.0, r * 0.06)))
    over(layer, big.convert("RGBA"), (0, 0))


def catenary(p0, p1, sag: float, n: int):
    """Points along a hanging string between two 3-D points."""
    out = []
    for i in range(n):
        t = (i + 0.5) / n
        x, y, z = (a + (b - a) * t for a, b in zip(p0, p1, strict=True))
        out.append((x, y - sag * 4 * t * (1 - t), z))
    return out


def papel_picado(
    layer: Image.Image, cam: Cam, rng: random.Random, p0, p1, sag=0.4, n=16, colors=None
):
    """A string of papel picado flags between two points."""
    colors = colors or [
        (226, 40, 110),
        (250, 190, 30),
        (40, 160, 210),
        (120, 190, 60),
        (240, 110, 30),
        (150, 70, 190),
        (236, 236, 236),
    ]
    d = ImageDraw.Draw(layer)
    d.line(
        [cam.p(*q) for q in catenary(p0, p1, sag, 40)],
        fill=(60, 60, 60),
        width=max(1, round(0.006 * cam.k((p0[2] + p1[2]) / 2))),
    )
    for x, y, z in catenary(p0, p1, sag, n):
        k = cam.k(z)
        w, h = 0.3 * k, 0.38 * k
        sx, sy = cam.p(x, y, z)
        c = rng.choice(colors)
        sway = rng.uniform(-0.15, 0.15) * w
        pts = [
            (sx - w / 2, sy),
            (sx + w / 2, sy),
            (sx + w / 2 + sway, sy + h),
            (sx + sway, sy + h * 0.92),
            (sx - w / 2 + sway, sy + h),
        ]
        d.polygon(pts, fill=(*c, 225))
        for _ in range(5):  # cut-outs let the sky through
            cx, cy = (
                sx + rng.uniform(-0.3, 0.3) * w + sway / 2,
                sy + rng.uniform(0.2, 0.8) * h,
            )
            r = rng.uniform(0.04, 0.09) * w
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(0, 0, 0, 0))


def bulbs(layer: Image.Image, cam: Cam, p0, p1, sag=0.5, n=20, color=(255, 222, 160)):
    """A string of warm light bulbs with a small glow each."""
    d = ImageDraw.Draw(layer)
    d.line(
        [cam.p(*q) for q in catenary(p0, p1, sag, 40)],
        fill=(30, 30, 30),
        width=max(1, round(0.008 * cam.k((p0[2] + p1[2]) / 2))),
    )
    for x, y, z in catenary(p0, p1, sag, n):
        k = cam.k(z)
        sx, sy = cam.p(x, y - 0.05, z)
        r = max(1.5, 0.03 * k)
        d.ellipse([sx - r * 3, sy - r * 3, sx + r * 3, sy + r * 3], fill=(*color, 40))
        d.ellipse([sx - r, sy - r, sx + r, sy + r], fill=(255, 250, 230, 255))
