"""Draw the sample clarifications' «screenshots» (content/aclaraciones/capturas/).

Each is a plain mock of a post or a forwarded message: the platform, the
claim's text, and no name, face, number or account of anyone. The Facebook
one is a JPEG carrying a phone's camera and GPS tags, as a real capture from
a phone can: the build must publish it without them (tests check).

    .venv/bin/python tools/make_clarification_screenshots.py
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "content" / "aclaraciones" / "capturas"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

SHOTS = [
    ("2021-04-15-cadena-whatsapp-corte-de-agua.png", "#e5ddd5", "#dcf8c6",
     "WhatsApp · Reenviado muchas veces",
     "URGENTE!!! A partir del lunes 19 de abril cortan el agua en TODA la cabecera "
     "municipal por un mes completo. Llenen sus tinacos y pásenlo a todos sus grupos."),
    ("2021-04-16-publicacion-facebook-corte-de-agua.jpg", "#f0f2f5", "#ffffff",
     "Facebook · Publicación de una página de noticias locales",
     "Se quedan sin agua!! El Ayuntamiento cortará el servicio en toda la cabecera "
     "desde el lunes y por 30 días. Nadie avisó."),
    ("2021-06-28-publicacion-facebook-presupuesto.png", "#f0f2f5", "#ffffff",
     "Facebook · Publicación compartida en grupos de la región",
     "48 MILLONES de pesos para publicidad de la presidenta este 2021. "
     "Eso dice su propio plan. ¿Y las calles?"),
]  # fmt: skip


def draw(name, background, bubble, header, text) -> Image.Image:
    width, pad = 1080, 48
    body = ImageFont.truetype(FONT, 40)
    small = ImageFont.truetype(BOLD, 30)
    lines = textwrap.wrap(text, 44)
    height = 260 + 56 * len(lines)
    image = Image.new("RGB", (width, height), background)
    pen = ImageDraw.Draw(image)
    pen.text((pad, 40), header, font=small, fill="#3b4a54")
    pen.rounded_rectangle((pad, 110, width - pad, height - 60), 28, fill=bubble)
    for row, line in enumerate(lines):
        pen.text((pad + 36, 140 + 56 * row), line, font=body, fill="#111b21")
    return image


def phone_tags() -> Image.Exif:
    """What a phone writes into a capture: its make and model, and where it was."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Teléfono de ejemplo", "Modelo X"
    exif[0x8825] = {1: "N", 2: (20.0, 33.0, 10.0), 3: "W", 4: (103.0, 20.0, 5.0)}
    return exif


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, *look in SHOTS:
        image = draw(name, *look)
        if name.endswith(".jpg"):
            image.save(OUT / name, quality=88, exif=phone_tags())
        else:
            image.save(OUT / name, optimize=True)
        print(OUT / name)


if __name__ == "__main__":
    main()
