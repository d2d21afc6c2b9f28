"""Seeded noise, gradients and colour helpers.

Pillow's ``effect_noise`` cannot be seeded, so every random texture here is
built from ``rng.randbytes`` and scaled up: small sizes give soft blotches,
large sizes give fine grain.
"""

from __future__ import annotations

import itertools
import math
import random

from PIL import Image, ImageChops, ImageFilter

Color = tuple[int, int, int]


def mix(a, b, t: float) -> Color:
    """Linear mix of two RGB colours (t=0 -> a, t=1 -> b)."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a[:3], b[:3], strict=True))


def shade(c, k: float) -> Color:
    """Scale a colour's brightness by k (clipped)."""
    return tuple(max(0, min(255, round(v * k))) for v in c[:3])


def jitter(rng: random.Random, c, amount: int = 10) -> Color:
    return tuple(max(0, min(255, v + rng.randint(-amount, amount))) for v in c[:3])


def noise(rng: random.Random, size, cells, smooth: bool = True) -> Image.Image:
    """Value noise in mode L: a random ``cells`` grid scaled up to ``size``."""
    cw, ch = max(2, cells[0]), max(2, cells[1])
    small = Image.frombytes("L", (cw, ch), rng.randbytes(cw * ch))
    method = Image.Resampling.BICUBIC if smooth else Image.Resampling.NEAREST
    return small.resize(size, method)


def fractal(rng: random.Random, size, base: int = 6, octaves: int = 4) -> Image.Image:
    """Sum of noise octaves (mode L, mean about 128): blotches with detail."""
    w, h = size
    out = None
    for i in range(octaves):
        n = base * 2**i
        layer = noise(rng, size, (n, max(2, round(n * h / w))))
        out = layer if out is None else Image.blend(out, layer, 0.45 / (1 + i * 0.3))
    return autocontrast(out)


def autocontrast(img: Image.Image) -> Image.Image:
    lo, hi = img.getextrema()
    if hi <= lo:
        return img
    return img.point(lambda v: round((v - lo) * 255 / (hi - lo)))


def modulate(img: Image.Image, mask: Image.Image, lo: float, hi: float) -> Image.Image:
    """Multiply img by a factor from lo (mask 0) to hi (mask 255); hi may exceed 1."""
    top = max(1.0, hi)
    m = mask.point(lambda v: round(255 * (lo + (hi - lo) * v / 255) / top))
    rgb = img.convert("RGB")
    out = ImageChops.multiply(rgb, Image.merge("RGB", (m, m, m)))
    if top > 1.0:
        out = out.point(lambda v: min(255, round(v * top)))
    if img.mode == "RGBA":
        out.putalpha(img.getchannel("A"))
    return out


def gradient(size, stops, vertical: bool = True) -> Image.Image:
    """Multi-stop RGB gradient; stops are (position 0..1, colour) in order."""
    n = 512
    col = []
    for i in range(n):
        t = i / (n - 1)
        for (p0, c0), (p1, c1) in itertools.pairwise(stops):
            if p0 <= t <= p1 or (p1 == stops[-1][0] and t > p1):
                u = 0.0 if p1 == p0 else min(1.0, (t - p0) / (p1 - p0))
                col.append(mix(c0, c1, u))
                break
        else:
            col.append(tuple(stops[0][1]) if t < stops[0][0] else tuple(stops[-1][1]))
    strip = Image.new("RGB", (1, n) if vertical else (n, 1))
    strip.putdata(col)
    return strip.resize(size, Image.Resampling.BILINEAR)


def radial(size, center, radius, power: float = 1.0) -> Image.Image:
    """L mask: 255 at center fading to 0 at radius (pixels); power shapes the falloff."""
    w, h = size
    base = Image.radial_gradient("L")  # 256x256, 0 at centre, 255 at edge radius 128
    lut = [round(255 * max(0.0, 1 - min(1.0, v / 128)) ** power) for v in range(256)]
    disc = base.point(lut)
    d = max(2, round(radius * 2))
    disc = disc.resize((d, d), Image.Resampling.BILINEAR)
    out = Image.new("L", (w, h), 0)
    out.paste(disc, (round(center[0] - radius), round(center[1] - radius)))
    return out


def grain(rng: random.Random, size, amp: float, chroma: float = 0.0, clump: int = 1):
    """Zero-mean sensor noise as an RGB image centred on 128, added with offset -128."""
    w, h = size
    nw, nh = w // clump, h // clump

    def channel():
        n = Image.frombytes("L", (nw, nh), rng.randbytes(nw * nh))
        if clump > 1:
            n = n.resize((w, h), Image.Resampling.BILINEAR)
        return n

    lum = channel().filter(ImageFilter.GaussianBlur(0.5))
    k = amp / 128
    lum = lum.point(lambda v: round(128 + (v - 128) * k * 2.2))
    if chroma <= 0:
        return Image.merge("RGB", (lum, lum, lum))
    kc = chroma / 128
    chans = []
    for _ in range(3):
        c = channel().resize((w // 3, h // 3)).resize((w, h), Image.Resampling.BILINEAR)
        c = c.point(lambda v: round(128 + (v - 128) * kc * 2.5))
        chans.append(ImageChops.add(lum, c, offset=-128))
    return Image.merge("RGB", chans)


def add_signed(img: Image.Image, centred: Image.Image) -> Image.Image:
    """img + (centred - 128), per channel, clipped."""
    return ImageChops.add(img, centred, scale=1.0, offset=-128)


def ease(t: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * max(0.0, min(1.0, t)))
