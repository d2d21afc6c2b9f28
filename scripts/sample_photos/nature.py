"""Outdoor pieces: sky and clouds, hill ridges, ground textures, trees,
saplings and grass. Sizes are in metres at a depth, through the camera.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .space import Cam, over, warp
from .texture import Color, fractal, gradient, jitter, modulate, noise, shade


def sky(size, stops, rng: random.Random, clouds: float = 0.3, top=0.0, bottom=0.6):
    """Sky gradient with soft cumulus; stops go from the top of the frame down."""
    w, h = size
    img = gradient((w, h), stops)
    if clouds <= 0:
        return img
    n = fractal(rng, (w // 4, h // 4), base=4, octaves=5)
    cut = round(255 * (1 - clouds))
    mask = n.point(lambda v: 0 if v < cut else min(255, (v - cut) * 3))
    band = gradient(
        (w // 4, h // 4),
        [
            (top, (0, 0, 0)),
            (top + 0.08, (255, 255, 255)),
            (bottom, (140, 140, 140)),
            (bottom + 0.1, (0, 0, 0)),
        ],
    )
    mask = ImageChops.multiply(mask, band.convert("L"))
    mask = mask.filter(ImageFilter.GaussianBlur(3)).resize((w, h), Image.Resampling.BICUBIC)
    under = ImageChops.offset(mask, 0, -h // 60).filter(ImageFilter.GaussianBlur(w / 200))
    white = Image.new("RGB", (w, h), (250, 250, 248))
    gray = Image.new("RGB", (w, h), (196, 200, 208))
    img = Image.composite(white, img, mask)
    shade_m = ImageChops.subtract(mask, under).point(lambda v: min(255, v * 2))
    return Image.composite(gray, img, shade_m)


def ridge(rng: random.Random, n: int, rough: float = 1.0, octaves: int = 6) -> list[float]:
    """A 1-D terrain profile of n samples, roughly within -1..1."""
    waves = [
        (2 ** (i + 1) * rng.uniform(0.8, 1.2), rng.uniform(0, 6.28), rough**i / 2**i)
        for i in range(octaves)
    ]
    total = sum(a for _, _, a in waves)
    return [
        sum(a * math.sin(f * math.pi * i / n + ph) for f, ph, a in waves) / total
        for i in range(n)
    ]


def hill(
    layer: Image.Image,
    cam: Cam,
    rng: random.Random,
    z: float,
    base_y: float,
    amp: float,
    color: Color,
    *,
    rough=0.55,
    tex=0.18,
    dots=0,
    dot_color=None,
    flat_top=None,
) -> list[tuple[float, float]]:
    """A ridge at depth z: heights in metres above the ground line. Returns its outline."""
    w, h = layer.size
    n = 160
    prof = ridge(rng, n, rough)
    pts = []
    for i in range(n + 1):
        sx = w * i / n
        hgt = base_y + amp * (prof[min(i, n - 1)] * 0.5 + 0.5)
        if flat_top is not None:
            hgt = min(hgt, flat_top + amp * 0.02 * prof[min(i, n - 1)])
        pts.append((sx, cam.p(0, hgt, z)[1]))
    poly = [(0, h), *pts, (w, h)]
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).polygon(poly, fill=255)
    top = min(y for _, y in pts)
    fill = gradient(
        (w, h),
        [
            (0, shade(color, 1.08)),
            (max(0.01, top / h), shade(color, 1.05)),
            (1, shade(color, 0.85)),
        ],
    )
    fill = modulate(
        fill, fractal(rng, (w // 8, h // 8)).resize((w, h)), 1 - tex, 1 + tex * 0.5
    )
    if dots:
        dd = ImageDraw.Draw(fill)
        k = cam.k(z)
        for _ in range(dots):
            x = rng.uniform(0, w)
            i = min(n, max(0, round(x / w * n)))
            y = rng.uniform(pts[i][1], h)
            r = rng.uniform(1.5, 3.5) * k * (1 + (y - top) / h * 0.5)
            c = jitter(rng, dot_color or shade(color, 0.6), 8)
            dd.ellipse([x - r, y - r * 0.8, x + r, y + r * 0.8], fill=c)
    layer.paste(fill, (0, 0), mask)
    return pts


def ground_texture(rng: random.Random, size, base: Color, var: Color, streak=0.0):
    """Flat texture for the ground, to be warped into perspective."""
    w, h = size
    img = Image.new("RGB", size, base)
    img = Image.composite(
        Image.new("RGB", size, var),
        img,
        fractal(rng, (w // 4, h // 4), base=5).resize(size),
    )
    fine = noise(rng, size, (w // 2, h // 2))
    img = modulate(img, fine, 0.8, 1.1)
    if streak:
        blades = noise(rng, (w, h // 6), (w // 2, h // 12)).resize(size)
        img = modulate(img, blades, 1 - streak, 1 + streak / 2)
    return img


def ground_plane(
    plate: Image.Image,
    cam: Cam,
    tex: Image.Image,
    width: float,
    z0: float,
    z1: float,
    y: float = 0.0,
    xc: float = 0.0,
    t: float = 0.0,
) -> None:
    """Warp a texture onto the ground rectangle x in [xc-w/2, xc+w/2], z in [z0, z1]
    (the ground at height y - t*z)."""
    y0, y1 = y - t * z0, y - t * z1
    quad = [
        cam.p(xc - width / 2, y1, z1),
        cam.p(xc + width / 2, y1, z1),
        cam.p(xc + width / 2, y0, z0),
        cam.p(xc - width / 2, y0, z0),
    ]
    warp(plate, tex, quad)


def soft_shadow(layer: Image.Image, cx, cy, rx, ry, alpha=0.4) -> None:
    sh = Image.new("RGBA", (round(rx * 3), round(ry * 5)), (0, 0, 0, 0))
    ImageDraw.Draw(sh).ellipse(
        [rx * 0.5, ry * 1.5, rx * 2.5, ry * 3.5], fill=(0, 0, 0, round(255 * alpha))
    )
    sh = (
        sh.convert("RGBa")
        .filter(ImageFilter.GaussianBlur(max(1.0, ry * 0.7)))
        .convert("RGBA")
    )
    over(layer, sh, (cx - rx * 1.5, cy - ry * 2.5))


def scatter(
    layer: Image.Image,
    cam: Cam,
    rng: random.Random,
    density: float,
    zr,
    palette,
    kind="blade",
    size=0.05,
    y0=0.0,
    t=0.0,
    xlim=None,
    crowd=0.03,
) -> None:
    """Small marks spread evenly over the ground between depths zr = (z0, z1),
    ``density`` per square metre, each ``size`` metres: grass blades, pebbles,
    shrubs. Marks far enough to be smaller than a pixel are left out, and far
    away no more than ``crowd`` marks are drawn per square pixel."""
    d = ImageDraw.Draw(layer)
    w = layer.width
    z0 = max(0.3, zr[0])
    z1 = min(zr[1], size * cam.f / 1.5)  # beyond this a mark is under 1.5 pixels
    if z1 <= z0:
        return
    half = w / 2 / cam.f  # visible half-width per metre of depth
    zs = []
    zb = z0
    while zb < z1:  # geometric depth bands; far bands are capped in marks per pixel
        ze = min(z1, zb * 1.25)
        zc = (zb + ze) / 2
        cap = crowd * cam.f * cam.f * max(0.2, cam.height) / zc**3
        n = round(half * (ze * ze - zb * zb) * min(density, cap))
        zs += [(rng.uniform(zb * zb, ze * ze)) ** 0.5 for _ in range(n)]
        zb = ze
    rng.shuffle(zs)
    for z in zs:
        x = rng.uniform(-half, half) * z
        if xlim and not xlim[0] <= x <= xlim[1]:
            continue
        k = cam.k(z)
        sx, sy = cam.p(x, y0 - t * z, z)
        s = size * k * rng.uniform(0.6, 1.4)
        c = jitter(rng, rng.choice(palette), 10)
        if kind == "blade":
            for _ in range(3):
                a = rng.uniform(-2.3, -0.85)
                d.line(
                    [(sx, sy), (sx + math.cos(a) * s * 0.5, sy + math.sin(a) * s)],
                    fill=c,
                    width=max(1, round(s * 0.06)),
                )
        elif kind == "pebble":
            r = max(0.6, s * 0.5)
            d.ellipse([sx - r, sy - r * 0.55, sx + r, sy + r * 0.55], fill=c)
        elif kind == "shrub":
            r = max(0.8, s * 0.5)
            d.ellipse(
                [sx - r * 1.2, sy - r * 0.2, sx + r * 1.4, sy + r * 0.35],
                fill=(116, 98, 72),
            )
            d.ellipse([sx - r, sy - r * 1.1, sx + r, sy + r * 0.2], fill=c)
            d.ellipse(
                [sx - r * 0.7, sy - r * 1.1, sx + r * 0.3, sy - r * 0.3],
                fill=shade(c, 1.25),
            )


def cast_shadow(
    layer: Image.Image, cam: Cam, x, z, height, width, sun=(0.5, -0.35), alpha=0.42, y0=0.0
) -> None:
    """A soft shadow on the ground from an upright thing at (x, z); sun is the
    ground direction (dx, dz) the shadow falls towards, per metre of height."""
    dx, dz = sun[0] * height, sun[1] * height
    pts = [
        cam.p(x - width / 2, y0, z),
        cam.p(x + width / 2, y0, z),
        cam.p(x + dx + width / 3, y0, z + dz),
        cam.p(x + dx - width / 3, y0, z + dz),
    ]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    pad = max(4, round(cam.k(z) * width * 0.3))
    x0, y0_ = min(xs) - pad, min(ys) - pad
    img = Image.new("RGBA", (round(max(xs) - x0 + pad), round(max(ys) - y0_ + pad)))
    ImageDraw.Draw(img).polygon(
        [(px - x0, py - y0_) for px, py in pts], fill=(20, 16, 24, round(255 * alpha))
    )
    img = img.convert("RGBa").filter(ImageFilter.GaussianBlur(pad / 3)).convert("RGBA")
    over(layer, img, (x0, y0_))
