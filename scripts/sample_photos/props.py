"""Things that tell the event: signs and banners with text, chairs, tables,
lecterns, microphones, flags, tents, bokeh lights, papel picado.

Everything is placed in metres through the camera; flat things with text
are drawn as textures and warped onto their 3-D rectangle.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .space import Cam, box, cylinder, pole, warp3
from .texture import Color, shade

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def font(size: int, bold=True, serif=False) -> ImageFont.FreeTypeFont:
    name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(str(FONTS / name), max(4, size))


def sign(
    size,
    lines,
    bg: Color,
    fg: Color,
    *,
    bold=True,
    serif=False,
    border=None,
    align="center",
    scale=1.0,
) -> Image.Image:
    """A flat sign: lines are (text, relative size); laid out top to bottom."""
    w, h = size
    img = Image.new("RGBA", (w, h), (*bg, 255))
    d = ImageDraw.Draw(img)
    if border:
        d.rectangle([0, 0, w - 1, h - 1], outline=border, width=max(2, h // 40))
    total = sum(s for _, s in lines) * 1.25
    y = (h - total * h * 0.8 * scale / max(total, 1)) / 2
    unit = h * 0.8 * scale / max(total, 1)
    for text, s in lines:
        f = font(round(unit * s), bold, serif)
        while d.textlength(text, font=f) > w * 0.92 and f.size > 6:
            f = font(f.size - 2, bold, serif)
        x = w / 2 if align == "center" else w * 0.06
        cy = y + unit * s * 0.62
        d.text((x, cy), text, font=f, fill=fg, anchor="mm" if align == "center" else "lm")
        y += unit * s * 1.25
    return img


def plane(layer: Image.Image, cam: Cam, tex: Image.Image, x0, x1, y0, y1, z0, z1=None):
    """Warp a texture onto an upright rectangle from (x0, z0) to (x1, z1)."""
    z1 = z0 if z1 is None else z1
    warp3(layer, cam, tex, [(x0, y1, z0), (x1, y1, z1), (x1, y0, z1), (x0, y0, z0)])


def chair(d, cam: Cam, x, z, color=(236, 236, 232), facing=-1, seat=0.45, back=0.86):
    """A stackable plastic (or folding) chair; facing -1 looks at the camera, +1 away."""
    leg = shade(color, 0.72)
    fz, bz = (z - 0.2, z + 0.2) if facing < 0 else (z + 0.2, z - 0.2)
    for dx in (-0.21, 0.21):
        for zz, splay in ((fz, 0.03 * -facing), (bz, 0.03 * facing)):
            a, b = cam.p(x + dx * 1.08, 0, zz + splay), cam.p(x + dx, seat, zz)
            d.line([a, b], fill=leg, width=max(1, round(0.022 * cam.k(zz))))
    d.polygon(
        [
            cam.p(x - 0.23, seat, fz),
            cam.p(x + 0.23, seat, fz),
            cam.p(x + 0.22, seat, bz),
            cam.p(x - 0.22, seat, bz),
        ],
        fill=shade(color, 0.97),
    )
    d.polygon(
        [
            cam.p(x - 0.23, seat, fz),
            cam.p(x + 0.23, seat, fz),
            cam.p(x + 0.23, seat - 0.035, fz),
            cam.p(x - 0.23, seat - 0.035, fz),
        ],
        fill=shade(color, 0.8),
    )
    pts = []
    for i in range(13):  # backrest outline: straight sides, rounded top
        t = i / 12
        ang = math.pi * t
        pts.append((x - 0.22 * math.cos(ang), back - 0.06 + 0.06 * math.sin(ang)))
    outline = [(x + 0.2, seat + 0.02), *pts[::-1], (x - 0.2, seat + 0.02)]
    outline = [cam.p(px, py, bz + 0.02 * facing) for px, py in outline]
    d.polygon(outline, fill=shade(color, 0.88 if facing > 0 else 0.92))
    for k in range(3):  # the slots in the backrest
        y = back - 0.13 - k * 0.07
        d.polygon(
            [
                cam.p(x - 0.14, y, bz),
                cam.p(x + 0.14, y, bz),
                cam.p(x + 0.14, y - 0.025, bz),
                cam.p(x - 0.14, y - 0.025, bz),
            ],
            fill=shade(color, 0.55),
        )


def table(d, cam: Cam, x0, x1, z0, z1, top=0.76, cloth: Color = (120, 30, 45), skirt=True):
    if skirt:
        box(d, cam, x0, x1, 0, top, z0, z1, shade(cloth, 0.92), top=cloth)
    else:
        for x in (x0 + 0.05, x1 - 0.05):
            for z in (z0 + 0.05, z1 - 0.05):
                pole(d, cam, x, z, 0, top, 0.02, (70, 70, 74))
        box(d, cam, x0, x1, top - 0.03, top, z0, z1, cloth)


def lectern(d, cam: Cam, x, z, wood=(104, 66, 40), w=0.6):
    box(d, cam, x - w / 2, x + w / 2, 0, 1.05, z - 0.2, z + 0.2, wood, top=shade(wood, 1.2))
    box(
        d,
        cam,
        x - w / 2 - 0.03,
        x + w / 2 + 0.03,
        1.05,
        1.12,
        z - 0.26,
        z + 0.14,
        shade(wood, 0.9),
        top=shade(wood, 1.25),
    )


def mic(d, cam: Cam, x, y, z, lean=-0.15):
    """A gooseneck microphone on a table or lectern."""
    k = cam.k(z)
    bx, by = cam.p(x, y, z)
    d.ellipse(
        [bx - 0.05 * k, by - 0.015 * k, bx + 0.05 * k, by + 0.01 * k], fill=(30, 30, 32)
    )
    pts = [
        cam.p(x + lean * t * t * 0.5, y + 0.35 * math.sin(t * 1.2), z - 0.25 * t)
        for t in (0, 0.25, 0.5, 0.75, 1.0)
    ]
    d.line(pts, fill=(26, 26, 28), width=max(1, round(0.012 * k)), joint="curve")
    hx, hy = pts[-1]
    r = 0.02 * cam.k(z - 0.25)
    d.ellipse([hx - r, hy - r * 1.6, hx + r, hy + r * 0.4], fill=(20, 20, 22))


def flag_mx(layer: Image.Image, cam: Cam, x, z, hgt=2.4, width=0.5):
    """A Mexican flag hanging in folds from an indoor pole."""
    d = ImageDraw.Draw(layer)
    pole(d, cam, x, z, 0, hgt, 0.02, (176, 150, 86))
    (tx, ty) = cam.p(x, hgt + 0.08, z)
    r = 0.035 * cam.k(z)
    d.ellipse([tx - r, ty - r, tx + r, ty + r], fill=(190, 160, 80))
    folds = 9
    for i in range(folds):
        u0, u1 = i / folds, (i + 1) / folds
        band = (
            (0, 104, 71)
            if (u0 + u1) / 2 < 0.36
            else ((236, 236, 232) if (u0 + u1) / 2 < 0.64 else (206, 17, 38))
        )
        lum = 0.72 + 0.3 * (0.5 + 0.5 * math.cos(i * 2.1))
        xa, xb = x + 0.03 + width * u0, x + 0.03 + width * u1
        drop = 0.45 + 0.5 * (u0**1.5)
        quad = [
            cam.p(xa, hgt - 0.02 - 0.1 * u0, z),
            cam.p(xb, hgt - 0.02 - 0.1 * u1, z),
            cam.p(xb - 0.15 * u1, hgt - 0.3 - drop - 0.9, z),
            cam.p(xa - 0.15 * u0, hgt - 0.3 - drop - 0.9, z),
        ]
        d.polygon(quad, fill=shade(band, lum))
        if 0.36 < (u0 + u1) / 2 < 0.64:  # a hint of the coat of arms
            cx, cy = cam.p((xa + xb) / 2 - 0.05, hgt - 0.75, z)
            rr = 0.045 * cam.k(z)
            d.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=(150, 110, 60))


def tent(
    d, cam: Cam, x, z, w=6.0, dd=6.0, h=2.4, color=(240, 240, 238), legs=True, peak=0.6
):
    """A canopy (toldo): poles, a roof and a short valance."""
    x0, x1, z0, z1 = x - w / 2, x + w / 2, z - dd / 2, z + dd / 2
    if legs:
        for px in (x0, x1):
            for pz in (z0, z1):
                pole(d, cam, px, pz, 0, h, 0.025, (170, 170, 172))
    top = (x, h + peak, z)
    c = [(x0, h, z0), (x1, h, z0), (x1, h, z1), (x0, h, z1)]
    tris = [(c[0], c[1]), (c[1], c[2]), (c[3], c[0]), (c[2], c[3])]
    for (a, b), lum in zip(tris, (0.92, 0.8, 0.86, 0.7), strict=True):
        d.polygon([cam.p(*a), cam.p(*b), cam.p(*top)], fill=shade(color, lum))
    under = shade(color, 0.6)
    if cam.height < h:
        d.polygon([cam.p(*q) for q in c], fill=under)
    for a, b in ((c[0], c[1]), (c[1], c[2]), (c[3], c[0])):
        d.polygon(
            [
                cam.p(*a),
                cam.p(*b),
                cam.p(b[0], h - 0.25, b[2]),
                cam.p(a[0], h - 0.25, a[2]),
            ],
            fill=shade(color, 0.95),
        )


def bottle(d, cam: Cam, x, y, z):
    cylinder(d, cam, x, z, 0.035, y, y + 0.2, (200, 220, 235), sides=8, ambient=0.8)
    cylinder(d, cam, x, z, 0.015, y + 0.2, y + 0.24, (40, 90, 170), sides=6)


def sign_stand(
    layer: Image.Image, cam: Cam, tex: Image.Image, x, z, w=0.9, h=1.2, bottom=0.5
):
    """An easel-like stand holding a sign facing the camera."""
    d = ImageDraw.Draw(layer)
    for dx in (-w * 0.35, w * 0.35):
        pole(d, cam, x + dx, z + 0.05, 0, bottom + h * 0.9, 0.015, (40, 40, 44))
    plane(layer, cam, tex, x - w / 2, x + w / 2, bottom, bottom + h, z)


def flat(d, cam: Cam, x0, x1, y, z0, z1, fill):
    """A horizontal rectangle (paper on a table, a mat on the floor)."""
    d.polygon(
        [cam.p(x0, y, z0), cam.p(x1, y, z0), cam.p(x1, y, z1), cam.p(x0, y, z1)], fill=fill
    )
