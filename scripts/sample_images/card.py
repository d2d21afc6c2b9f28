"""Compose one card: background, area label, headline, date, pictogram, footer.

Drawn at SS times the final size and scaled down so edges come out smooth;
every random choice comes from the caller's seeded generator.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont

from .cards import AREAS
from .palette import CREAM, GOLD, GOLD_LIGHT, INK, darken, lighten
from .pen import Pen
from .pictograms import PICTOGRAMS

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
W, H = 1600, 900  # final size
SS = 2  # supersampling: draw at twice the size, then reduce (smooth edges)

FOOTER_TEXT = "H. Ayuntamiento de San Isidro del Monte · Comunicación Social"

MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / name), size * SS)


def spanish_date(when: dt.datetime) -> str:
    """The date as printed on the card, e.g. «9 de febrero de 2021»."""
    return f"{when.day} de {MONTHS_ES[when.month - 1]} de {when.year}"


def wrap(draw: ImageDraw.ImageDraw, text: str, fnt, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=fnt) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def background(base, rng: random.Random) -> Image.Image:
    """Diagonal gradient of the area's colour with faint geometric shapes."""
    w, h = W * SS, H * SS
    grad = Image.linear_gradient("L")
    horiz = grad.rotate(90).resize((w, h))  # 255 on the left
    vert = grad.resize((w, h))  # 255 at the bottom
    mask = Image.blend(ImageChops.invert(horiz), vert, 0.5)
    light = Image.new("RGB", (w, h), lighten(base, 0.10))
    dark = Image.new("RGB", (w, h), darken(base, 0.30))
    img = Image.composite(dark, light, mask)

    overlay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    o = ImageDraw.Draw(overlay)
    s = SS
    # large circle, top right
    cx, cy, r = 1490 + rng.randint(-40, 40), -80 + rng.randint(-30, 30), 430
    o.ellipse(
        [(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill=(255, 255, 255, 13)
    )
    # halo behind the pictogram
    cx, cy, r = 1215, 410, 345
    o.ellipse(
        [(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill=(255, 255, 255, 12)
    )
    # ring, bottom left
    cx, cy, r = -60 + rng.randint(-30, 30), 760, 250
    o.ellipse(
        [(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s],
        outline=(255, 255, 255, 16),
        width=26 * s,
    )
    # faint diagonal stripes
    x0 = 820 + rng.randint(-60, 60)
    for i in range(4):
        x = x0 + i * 46
        o.polygon(
            [
                ((x) * s, 810 * s),
                ((x + 22) * s, 810 * s),
                ((x + 22 + 260) * s, 550 * s),
                ((x + 260) * s, 550 * s),
            ],
            fill=(255, 255, 255, 9),
        )
    # dot grid
    gx, gy = 1380 + rng.randint(-20, 20), 650 + rng.randint(-20, 20)
    for i in range(6):
        for j in range(4):
            x, y = gx + i * 26, gy + j * 26
            o.ellipse(
                [(x - 3) * s, (y - 3) * s, (x + 3) * s, (y + 3) * s], fill=(*GOLD_LIGHT, 70)
            )
    img.paste(overlay, (0, 0), overlay)
    return img


def shield(draw: ImageDraw.ImageDraw, x: float, y: float, w: float, h: float, fill, inner):
    pts = [(x, y), (x + w, y), (x + w, y + h * 0.58), (x + w / 2, y + h), (x, y + h * 0.58)]
    draw.polygon([(a * SS, b * SS) for a, b in pts], fill=fill)
    cx, cy, r = x + w / 2, y + h * 0.42, w * 0.2
    draw.ellipse([(cx - r) * SS, (cy - r) * SS, (cx + r) * SS, (cy + r) * SS], fill=inner)


def render_card(
    area: str, when: dt.datetime, headline: str, picto: str, rng: random.Random
) -> Image.Image:
    label, base = AREAS[area]
    img = background(base, rng)
    d = ImageDraw.Draw(img)
    s = SS

    # area label
    d.rectangle([100 * s, 112 * s, 116 * s, 128 * s], fill=GOLD)
    d.text(
        (134 * s, 120 * s),
        label.upper(),
        font=font("DejaVuSans-Bold.ttf", 26),
        fill=GOLD_LIGHT,
        anchor="lm",
    )

    # headline: the largest type that fits in 4 lines
    max_w, top, max_h = 780 * s, 178, 440
    for size in (70, 66, 62, 58, 54, 50, 46):
        fnt = font("DejaVuSans-Bold.ttf", size)
        lines = wrap(d, headline, fnt, max_w)
        line_h = round(size * 1.2)
        if len(lines) <= 4 and len(lines) * line_h <= max_h:
            break
    y = top
    for line in lines:
        d.text((100 * s, y * s), line, font=fnt, fill=(255, 255, 255))
        y += line_h
    y += 30
    d.rectangle([100 * s, y * s, 220 * s, (y + 6) * s], fill=GOLD)
    d.text(
        (100 * s, (y + 30) * s),
        spanish_date(when),
        font=font("DejaVuSans.ttf", 32),
        fill=lighten(base, 0.78),
    )

    # pictogram on a cream disc with a gold ring
    cx, cy, r = 1215, 410, 255
    d.ellipse(
        [(cx - r - 22) * s, (cy - r - 22) * s, (cx + r + 22) * s, (cy + r + 22) * s],
        outline=GOLD,
        width=5 * s,
    )
    d.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill=CREAM)
    PICTOGRAMS[picto](Pen(d, cx * s, cy * s, 1.55 * s), darken(base, 0.05), GOLD, CREAM)

    # footer band
    d.rectangle([0, 804 * s, W * s, 810 * s], fill=GOLD)
    d.rectangle([0, 810 * s, W * s, H * s], fill=CREAM)
    shield(d, 100, 826, 40, 56, base, GOLD)
    d.text(
        (164 * s, 855 * s),
        FOOTER_TEXT,
        font=font("DejaVuSans-Bold.ttf", 27),
        fill=darken(base, 0.15),
        anchor="lm",
    )
    d.text(
        (1500 * s, 855 * s),
        "Boletín informativo",
        font=font("DejaVuSans.ttf", 24),
        fill=INK,
        anchor="rm",
    )

    img = img.resize((W, H), Image.Resampling.LANCZOS)
    return add_grain(img, rng)


def add_grain(img: Image.Image, rng: random.Random, amp: int = 3) -> Image.Image:
    """Fine zero-mean grain from the seeded generator (effect_noise can't be seeded)."""
    nw, nh = W // 2, H // 2
    noise = Image.frombytes("L", (nw, nh), rng.randbytes(nw * nh))
    noise = noise.resize((W, H), Image.Resampling.BILINEAR)
    noise = noise.point(lambda v: v * 2 * amp // 255)
    return ImageChops.add(
        img, Image.merge("RGB", (noise, noise, noise)), scale=1.0, offset=-amp
    )
