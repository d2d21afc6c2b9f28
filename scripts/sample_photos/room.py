"""Interiors and built surfaces: textures for velvet, wood planks and panels,
floor tiles, stone blocks and asphalt, plus lighting helpers (glows, pools
of light) applied to a rendered frame.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .texture import Color, fractal, gradient, modulate, noise, radial, shade


def velvet(rng: random.Random, size, color: Color, folds: int = 14) -> Image.Image:
    """Curtain: vertical folds, light on the crests, dark in the troughs."""
    w, h = size
    strip = Image.new("RGB", (w, 1))
    phase = [rng.uniform(0, 6.28) for _ in range(3)]
    vals = []
    for x in range(w):
        t = x / w * folds * 2 * math.pi
        v = 0.62 + 0.3 * math.cos(t + phase[0]) + 0.08 * math.cos(2.7 * t + phase[1])
        vals.append(shade(color, max(0.25, v)))
    strip.putdata(vals)
    img = strip.resize((w, h))
    return modulate(
        img, gradient((w, h), [(0, (255,) * 3), (1, (200,) * 3)]).convert("L"), 0.0, 1.0
    )


def planks(rng: random.Random, size, color: Color, n: int = 24, vertical=False):
    """Wood planks with grain, seams and slight colour changes between boards."""
    w, h = size
    img = Image.new("RGB", size, color)
    d = ImageDraw.Draw(img)
    step = (w if vertical else h) / n
    for i in range(n):
        c = shade(color, rng.uniform(0.88, 1.1))
        a, b = i * step, (i + 1) * step
        box = [a, 0, b, h] if vertical else [0, a, w, b]
        d.rectangle(box, fill=c)
        seam = [a, 0, a + 2, h] if vertical else [0, a, w, a + 2]
        d.rectangle(seam, fill=shade(color, 0.55))
        if not vertical:
            for _ in range(2):
                x = rng.uniform(0, w)
                d.line([(x, a), (x, b)], fill=shade(color, 0.6), width=2)
    grain = noise(rng, (w, h), (w // 3, 6) if vertical else (6, h // 3))
    return modulate(img, grain, 0.85, 1.08)


def panels(rng: random.Random, size, color: Color, cols=6, rows=2) -> Image.Image:
    """Wall of wood panels with bevelled frames."""
    w, h = size
    img = planks(rng, size, color, n=cols * 4, vertical=True)
    d = ImageDraw.Draw(img)
    pw, ph = w / cols, h / rows
    e = max(2, round(min(pw, ph) * 0.05))
    for i in range(cols):
        for j in range(rows):
            x0, y0 = i * pw + e * 2, j * ph + e * 2
            x1, y1 = (i + 1) * pw - e * 2, (j + 1) * ph - e * 2
            d.rectangle([x0, y0, x1, y1], outline=shade(color, 1.25), width=e)
            d.line([(x0 + e, y1), (x1, y1)], fill=shade(color, 0.55), width=e)
            d.line([(x1, y0 + e), (x1, y1)], fill=shade(color, 0.6), width=e)
    return img


def tiles(
    rng: random.Random,
    size,
    c1: Color,
    c2: Color | None = None,
    n=(12, 12),
    grout: Color = (150, 146, 138),
) -> Image.Image:
    w, h = size
    img = Image.new("RGB", size, grout)
    d = ImageDraw.Draw(img)
    tw, th = w / n[0], h / n[1]
    for i in range(n[0]):
        for j in range(n[1]):
            c = c2 if c2 and (i + j) % 2 else c1
            d.rectangle(
                [i * tw + 2, j * th + 2, (i + 1) * tw - 2, (j + 1) * th - 2],
                fill=shade(c, rng.uniform(0.95, 1.05)),
            )
    return modulate(img, fractal(rng, (w // 4, h // 4)).resize(size), 0.85, 1.05)


def stone(rng: random.Random, size, color: Color, courses=10, blocks=6) -> Image.Image:
    """Quarry stone (cantera) in courses of blocks."""
    w, h = size
    img = Image.new("RGB", size, shade(color, 0.9))
    d = ImageDraw.Draw(img)
    ch = h / courses
    for j in range(courses):
        off = (j % 2) * 0.5
        bw = w / blocks
        for i in range(-1, blocks + 1):
            x0 = (i + off) * bw
            d.rectangle(
                [x0 + 1, j * ch + 1, x0 + bw - 1, (j + 1) * ch - 1],
                fill=shade(color, rng.uniform(0.95, 1.05)),
            )
    img = modulate(img, fractal(rng, (w // 3, h // 3)).resize(size), 0.82, 1.06)
    return modulate(img, noise(rng, size, (w // 2, h // 2)), 0.9, 1.04)


def asphalt(rng: random.Random, size, color=(84, 84, 86), grain=0.06) -> Image.Image:
    """Asphalt or concrete: broad stains and a faint fine grain."""
    w, h = size
    img = Image.new("RGB", size, color)
    img = modulate(img, fractal(rng, (w // 4, h // 4), base=3).resize(size), 0.9, 1.05)
    return modulate(img, noise(rng, size, (w // 2, h // 2)), 1 - grain, 1 + grain / 2)


def glow(img: Image.Image, center, radius, color: Color, strength=0.8) -> Image.Image:
    """Add light: a soft radial glow (screen blend)."""
    m = radial(img.size, center, radius, power=2.0).point(lambda v: round(v * strength))
    light = Image.new("RGB", img.size, color)
    return ImageChops.screen(
        img.convert("RGB"), ImageChops.multiply(light, Image.merge("RGB", (m, m, m)))
    )


def pool(img: Image.Image, center, radius, gain=1.6, floor=0.35, power=1.2) -> Image.Image:
    """Light the frame like a spotlight: full gain at the centre, `floor` far away."""
    m = radial(img.size, center, radius, power=power)
    top = max(1.0, gain)
    lut = [round(255 * (floor + (gain - floor) * v / 255) / top) for v in range(256)]
    m = m.point(lut)
    out = ImageChops.multiply(img.convert("RGB"), Image.merge("RGB", (m, m, m)))
    if top > 1:
        out = out.point(lambda v: min(255, round(v * top)))
    return out


def darken_edges(img: Image.Image, amount=0.5) -> Image.Image:
    """Global falloff of light towards the frame edges (dim interiors)."""
    w, h = img.size
    m = radial(img.size, (w / 2, h / 2), math.hypot(w, h) / 2, power=0.7)
    m = m.point(lambda v: round(255 * (1 - amount + amount * v / 255)))
    return ImageChops.multiply(img, Image.merge("RGB", (m, m, m)))


def soft(img: Image.Image, r: float) -> Image.Image:
    return img.filter(ImageFilter.GaussianBlur(r))
