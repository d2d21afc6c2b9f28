"""Plants and trees: broad trees and pines, burnt snags, nursery saplings
and tufts of dry grass, placed in metres through the camera."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .space import Cam
from .texture import Color, jitter, mix, shade


def blob_tree(
    d: ImageDraw.ImageDraw,
    cam: Cam,
    rng: random.Random,
    x,
    z,
    hgt,
    crown,
    color: Color,
    trunk=(60, 48, 38),
    light=(1.0, 0.6),
) -> None:
    """A broad tree (ash, laurel, oak): trunk and limbs, and a crown of many leaf
    clusters, lighter towards the light and darker inside and below."""
    k = cam.k(z)
    bx, by = cam.p(x, 0, z)
    top_y = by - hgt * k
    cx, cy = bx + rng.uniform(-0.2, 0.2) * crown * k, top_y + crown * 0.55 * k
    tw = max(1, round(0.08 * hgt * k / 4))
    d.line([(bx, by), (cx, cy + crown * 0.3 * k)], fill=trunk, width=tw)
    for _ in range(4):
        ex = cx + rng.uniform(-0.5, 0.5) * crown * k
        d.line(
            [(cx, cy + crown * 0.35 * k), (ex, cy - rng.uniform(0, 0.3) * crown * k)],
            fill=trunk,
            width=max(1, tw // 2),
        )
    rx, ry = crown * 0.6 * k, crown * 0.5 * k
    lobes = [
        (cx + rng.uniform(-0.45, 0.45) * rx, cy + rng.uniform(-0.35, 0.3) * ry)
        for _ in range(rng.randint(3, 5))
    ]  # an irregular crown of a few masses
    n = min(1400, round(45 * crown * crown))
    for i in range(n):
        a = rng.uniform(0, 2 * math.pi)
        rr = math.sqrt(rng.random())
        lx, ly = lobes[i % len(lobes)]
        px, py = lx + math.cos(a) * rr * rx * 0.62, ly + math.sin(a) * rr * ry * 0.62
        r = rng.uniform(0.14, 0.32) * k
        up = (cy - py) / ry * 0.6 + (cx - px) / rx * light[1] * 0.6
        depth = i / n  # later clusters sit on the outside
        lum = 0.55 + 0.25 * depth + 0.3 * max(-0.5, min(0.8, up)) * light[0]
        c = shade(jitter(rng, color, 7), lum)
        d.ellipse([px - r, py - r * 0.85, px + r, py + r * 0.85], fill=c)


def pine(d: ImageDraw.ImageDraw, cam: Cam, rng: random.Random, x, z, hgt, color: Color):
    k = cam.k(z)
    bx, by = cam.p(x, 0, z)
    d.line([(bx, by), (bx, by - hgt * k)], fill=(58, 44, 34), width=max(1, round(0.2 * k)))
    tiers = 7
    for t in range(tiers):
        f = t / tiers
        y = by - (hgt * (0.25 + 0.72 * f)) * k
        wdt = hgt * 0.32 * (1 - f) * k + 0.2 * k
        pts = [(bx - wdt, y + rng.uniform(0, 0.3) * k)]
        for i in range(1, 8):
            pts.append((bx - wdt + 2 * wdt * i / 8, y - rng.uniform(0.1, 0.5) * k))
        pts += [(bx + wdt, y + rng.uniform(0, 0.3) * k), (bx, y - hgt * 0.2 * k)]
        d.polygon(pts, fill=shade(jitter(rng, color, 5), 0.75 + 0.3 * f))


def snag(d: ImageDraw.ImageDraw, cam: Cam, rng: random.Random, x, z, hgt, y0=0.0) -> None:
    """A burnt, dead tree: a tapering charred trunk, lit on one side, with stubs."""
    k = cam.k(z)
    bx, by = cam.p(x, y0, z)
    lean = rng.uniform(-0.05, 0.05) * hgt * k
    r0, r1 = rng.uniform(0.12, 0.22) * k, 0.03 * k
    dark = jitter(rng, (44, 40, 38), 6)
    lit = jitter(rng, (112, 104, 96), 8)
    segs = 6
    pts_l, pts_r = [], []
    for i in range(segs + 1):
        t = i / segs
        cx = bx + lean * t + rng.uniform(-0.02, 0.02) * k
        cy = by - hgt * k * t
        r = r0 + (r1 - r0) * t
        pts_l.append((cx - r, cy))
        pts_r.append((cx + r, cy))
    d.polygon(pts_l + pts_r[::-1], fill=dark)
    lit_side = [
        (px + (qx - px) * 0.55, py) for (px, py), (qx, qy) in zip(pts_l, pts_r, strict=True)
    ]
    d.polygon(pts_l + lit_side[::-1], fill=lit)
    d.polygon(
        [
            (px + 0.15 * (qx - px), py)
            for (px, py), (qx, _) in zip(pts_l, lit_side, strict=True)
        ]
        + lit_side[::-1],
        fill=mix(dark, lit, 0.5),
    )
    for _ in range(rng.randint(1, 4)):
        t = rng.uniform(0.35, 0.9)
        sx, sy = bx + lean * t, by - hgt * t * k
        s = rng.choice((-1, 1))
        d.line(
            [
                (sx, sy),
                (sx + s * rng.uniform(0.3, 1.0) * k, sy - rng.uniform(0.2, 0.9) * k),
            ],
            fill=dark,
            width=max(1, round(0.05 * k)),
        )
    d.ellipse(
        [bx - r0 * 1.6, by - r0 * 0.5, bx + r0 * 1.6, by + r0 * 0.5], fill=(62, 54, 46)
    )


def sapling(
    layer: Image.Image,
    cam: Cam,
    rng: random.Random,
    x,
    z,
    kind="pino",
    bag=True,
    hgt=0.45,
    y0=0.0,
) -> None:
    """A nursery tree: black bag and a small crown (pine tuft or broad leaves)."""
    d = ImageDraw.Draw(layer)
    k = cam.k(z)
    bx, by = cam.p(x, y0, z)
    if bag:
        bw, bh = 0.065 * k, 0.15 * k
        d.rounded_rectangle(
            [bx - bw, by - bh, bx + bw, by], radius=bw * 0.3, fill=(30, 30, 32)
        )
        for f, c in ((-0.55, (74, 74, 78)), (-0.2, (52, 52, 56)), (0.5, (40, 40, 44))):
            d.line(
                [(bx + bw * f, by - bh * 0.9), (bx + bw * (f + 0.1), by - bh * 0.1)],
                fill=c,
                width=max(1, round(0.012 * k)),
            )
        d.ellipse(
            [bx - bw, by - bh - bw * 0.3, bx + bw, by - bh + bw * 0.3], fill=(70, 54, 40)
        )
        by -= bh
    top = by - hgt * k
    d.line([(bx, by), (bx, top)], fill=(86, 70, 50), width=max(1, round(0.012 * k)))
    green = (58, 96, 48) if kind == "pino" else (78, 112, 52)
    for _ in range(28 if kind == "pino" else 18):
        t = rng.uniform(0.15, 1.0)
        y = by - (by - top) * t
        if kind == "pino":
            a = rng.uniform(-2.4, -0.7)
            ln = rng.uniform(0.05, 0.12) * k * (1.2 - t * 0.5)
            d.line(
                [(bx, y), (bx + math.cos(a) * ln * 1.4, y + math.sin(a) * ln)],
                fill=shade(jitter(rng, green, 10), 0.8 + 0.3 * t),
                width=max(1, round(0.01 * k)),
            )
        else:
            r = rng.uniform(0.025, 0.05) * k
            px = bx + rng.uniform(-0.12, 0.12) * k * (1.2 - t)
            d.ellipse(
                [px - r, y - r * 0.6, px + r, y + r * 0.6],
                fill=shade(jitter(rng, green, 12), 0.75 + 0.35 * t),
            )


def grass(
    layer: Image.Image,
    cam: Cam,
    rng: random.Random,
    x0,
    x1,
    z0,
    z1,
    count,
    color,
    blade=0.25,
) -> None:
    """Dry grass tufts scattered over the ground between depths z0 and z1."""
    d = ImageDraw.Draw(layer)
    for _ in range(count):
        z = z0 + (z1 - z0) * rng.random() ** 1.5
        x = rng.uniform(x0, x1) * z / z1 if x0 < 0 else rng.uniform(x0, x1)
        k = cam.k(z)
        bx, by = cam.p(x, 0, z)
        for _ in range(rng.randint(4, 9)):
            a = rng.uniform(-2.2, -0.9)
            ln = rng.uniform(0.4, 1.0) * blade * k
            c = jitter(rng, color, 18)
            d.line(
                [(bx, by), (bx + math.cos(a) * ln * 0.6, by + math.sin(a) * ln)],
                fill=c,
                width=max(1, round(0.006 * k)),
            )
