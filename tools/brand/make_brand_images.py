"""Draw the theme's logo (512 px), default social card (1200×630), the
fonoteca's podcast artwork (1400 px square JPEG, RGB: what Apple Podcasts
asks for, 1400–3000 px) and the brand kit the press room offers journalists
(img/marca/: the mark as SVG and transparent PNG, the horizontal logotype in
positive and negative).

Run once after changing the brand; the images are committed in theme/static/img.
"""

import os

from PIL import Image, ImageDraw, ImageFont

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "theme", "static", "img")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
GUINDA, ORO, WHITE = (105, 28, 50), (165, 127, 44), (255, 255, 255)


def mark(draw, x, y, size):
    s = size / 40
    draw.rounded_rectangle([x, y, x + size, y + size], radius=6 * s, fill=GUINDA)
    w = max(2, round(2.4 * s))
    draw.line([(x + 8 * s, y + 30 * s), (x + 32 * s, y + 30 * s)], fill=WHITE, width=w)
    for col in (11, 17, 23, 29):
        draw.line(
            [(x + col * s, y + 30 * s), (x + col * s, y + 17 * s)], fill=WHITE, width=w
        )
    draw.line(
        [
            (x + 7 * s, y + 15 * s),
            (x + 20 * s, y + 8 * s),
            (x + 33 * s, y + 15 * s),
            (x + 7 * s, y + 15 * s),
        ],
        fill=WHITE,
        width=w,
        joint="curve",
    )


def main():
    os.makedirs(OUT, exist_ok=True)
    logo = Image.new("RGB", (512, 512), WHITE)
    mark(ImageDraw.Draw(logo), 0, 0, 512)
    logo.save(os.path.join(OUT, "logo.png"), optimize=True)

    card = Image.new("RGB", (1200, 630), WHITE)
    draw = ImageDraw.Draw(card)
    draw.rectangle([0, 0, 1200, 630], fill=(246, 243, 239))
    draw.rectangle([0, 560, 1200, 630], fill=GUINDA)
    draw.rectangle([0, 552, 1200, 560], fill=ORO)
    mark(draw, 90, 150, 200)
    draw.text(
        (340, 170), "Comunicación Social", font=ImageFont.truetype(FONT, 64), fill=GUINDA
    )
    draw.text(
        (340, 260),
        "H. Ayuntamiento de",
        font=ImageFont.truetype(FONT_REGULAR, 44),
        fill=(40, 40, 40),
    )
    draw.text(
        (340, 315),
        "San Isidro del Monte",
        font=ImageFont.truetype(FONT_REGULAR, 44),
        fill=(40, 40, 40),
    )
    draw.text(
        (90, 578),
        "Boletines · Fototeca · Transparencia",
        font=ImageFont.truetype(FONT, 30),
        fill=WHITE,
    )
    card.save(os.path.join(OUT, "tarjeta-social.png"), optimize=True)
    podcast_artwork()
    brand_kit()


def podcast_artwork(size=1400):
    """Square cover for the podcast and radio feeds; legible as a thumbnail."""
    art = Image.new("RGB", (size, size), (246, 243, 239))
    draw = ImageDraw.Draw(art)
    draw.rectangle([0, size - 230, size, size], fill=GUINDA)
    draw.rectangle([0, size - 248, size, size - 230], fill=ORO)
    mark(draw, (size - 520) // 2, 150, 520)

    def centred(y, text, font, fill):
        width = draw.textlength(text, font=font)
        draw.text(((size - width) / 2, y), text, font=font, fill=fill)

    centred(730, "Fonoteca", ImageFont.truetype(FONT, 150), GUINDA)
    centred(920, "Comunicación Social", ImageFont.truetype(FONT_REGULAR, 72), (40, 40, 40))
    centred(size - 175, "San Isidro del Monte", ImageFont.truetype(FONT, 84), WHITE)
    art.save(
        os.path.join(OUT, "podcast-fonoteca.jpg"), quality=85, optimize=True, progressive=True
    )


# The mark as the header draws it (theme/templates/base.html), on a 40-unit grid.
MARK_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="{size}" height="{size}">
<title>{title}</title>
<rect width="40" height="40" rx="6" fill="#691c32"/>
<path d="M8 30h24M11 30V17m6 13V17m6 13V17m6 13V17M7 15l13-7 13 7z" stroke="#fff" stroke-width="2.4" fill="none" stroke-linejoin="round"/>
</svg>
"""


def brand_kit():
    """What a newsroom needs to credit the office: the mark in vector and in
    three PNG sizes with a transparent background, and the logotype with the
    office's name for light and dark backgrounds. Small files: no photos."""
    folder = os.path.join(OUT, "marca")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "simbolo.svg"), "w", encoding="utf-8") as handle:
        handle.write(MARK_SVG.format(size=512, title="Comunicación Social · San Isidro del Monte"))
    for size in (256, 512, 1024):
        big = size * 4  # drawn larger and reduced: smooth edges on transparency
        image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
        mark(ImageDraw.Draw(image), 0, 0, big)
        image = image.resize((size, size), Image.LANCZOS)
        image.save(os.path.join(folder, f"simbolo-{size}.png"), optimize=True)
    for name, background, ink, second in (
        ("logotipo-horizontal.png", WHITE, GUINDA, (40, 40, 40)),
        ("logotipo-horizontal-negativo.png", GUINDA, WHITE, WHITE),
    ):
        logo = Image.new("RGB", (1260, 300), background)
        draw = ImageDraw.Draw(logo)
        if background == GUINDA:  # the mark's own square would vanish: outline it
            draw.rounded_rectangle([46, 46, 254, 254], radius=34, fill=WHITE)
        mark(draw, 50, 50, 200)
        draw.text((290, 62), "Comunicación Social", font=ImageFont.truetype(FONT, 72), fill=ink)
        draw.text(
            (292, 168),
            "H. Ayuntamiento de San Isidro del Monte",
            font=ImageFont.truetype(FONT_REGULAR, 44),
            fill=second,
        )
        logo = logo.quantize(colors=64)  # flat colours: a small PNG
        logo.save(os.path.join(folder, name), optimize=True)


if __name__ == "__main__":
    main()
