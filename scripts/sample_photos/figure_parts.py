"""Parts of a figure drawn after the body: head, hair and hat, carried things, and
the final light and softness. Used by ``figure``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PIL import Image, ImageChops, ImageFilter

from .texture import gradient, shade

if TYPE_CHECKING:
    from .figure import Figure
    from .people import Look


def draw_head(f: Figure, look: Look) -> None:
    j, d = f.j, f.d
    (nu, nv), (hu, hv) = j["neck"], j["head"]
    f.band(
        (nu, nv - 0.02),
        (hu, hv - 0.03),
        [(0, 0.028, 0.028), (1, 0.025, 0.025)],
        shade(look.skin, 0.85),
    )
    hair, skin = look.hair, look.skin
    bald = look.hair_style == "bald"
    if f.side:
        f.ball(hu, hv, 0.053, 0.066, skin)
        f.ball(hu + 0.05, hv - 0.012, 0.012, 0.014, skin)  # nose
        if not bald:
            f.ball(hu - 0.014, hv + 0.014, 0.05, 0.058, hair)
        if look.hair_style in ("long", "bun"):
            tail = 0.09 if look.hair_style == "long" else 0.0
            f.ball(hu - 0.045, hv - 0.03 - tail / 2, 0.03, 0.045 + tail / 2, hair)
        f.ball(hu - 0.004, hv - 0.006, 0.011, 0.016, shade(skin, 0.9))  # ear
        d.ellipse(
            [*f.p(hu + 0.028, hv + 0.012), *f.p(hu + 0.038, hv + 0.003)], fill=(30, 24, 20)
        )
        if look.mask:
            d.polygon(
                [
                    f.p(hu + 0.004, hv - 0.004),
                    f.p(hu + 0.062, hv - 0.004),
                    f.p(hu + 0.054, hv - 0.052),
                    f.p(hu + 0.012, hv - 0.062),
                ],
                fill=look.mask,
            )
    elif f.view == "front":
        for s in (-1, 1):
            f.ball(hu + s * 0.052, hv - 0.008, 0.011, 0.017, shade(skin, 0.92))
        if not bald:
            f.ball(hu, hv + 0.016, 0.057, 0.06, hair)
        f.ball(hu, hv - 0.006, 0.049, 0.06, skin)
        if not bald:
            d.chord(
                [*f.p(hu - 0.05, hv + 0.075), *f.p(hu + 0.05, hv - 0.01)],
                180,
                360,
                fill=hair,
            )
        for s in (-1, 1):
            d.ellipse(
                [
                    *f.p(hu + s * 0.02 - 0.008, hv + 0.012),
                    *f.p(hu + s * 0.02 + 0.008, hv + 0.002),
                ],
                fill=(40, 32, 28),
            )
        if look.mask:
            d.chord(
                [*f.p(hu - 0.048, hv + 0.004), *f.p(hu + 0.048, hv - 0.066)],
                0,
                180,
                fill=look.mask,
            )
            d.rectangle(
                [*f.p(hu - 0.047, hv - 0.004), *f.p(hu + 0.047, hv - 0.034)], fill=look.mask
            )
    else:
        for s in (-1, 1):
            f.ball(hu + s * 0.052, hv - 0.006, 0.011, 0.017, shade(skin, 0.92))
        f.ball(hu, hv, 0.051, 0.064, skin)
        if not bald:
            f.ball(hu, hv + 0.008, 0.056, 0.064, hair)
        if look.hair_style == "long":
            f.band((hu, hv), (hu, hv - 0.2), [(0, 0.055, 0.055), (1, 0.07, 0.07)], hair)
    if look.hair_style == "bun":
        f.ball(hu - 0.02 * f.side, hv + 0.06, 0.03, 0.027, hair)
    c = look.hat_color
    if look.hat == "cap":
        d.chord(
            [*f.p(hu - 0.058, hv + 0.08), *f.p(hu + 0.058, hv - 0.016)], 180, 360, fill=c
        )
        if f.side:
            d.polygon(
                [
                    f.p(hu + 0.03, hv + 0.04),
                    f.p(hu + 0.115, hv + 0.028),
                    f.p(hu + 0.11, hv + 0.038),
                    f.p(hu + 0.03, hv + 0.05),
                ],
                fill=shade(c, 0.8),
            )
    elif look.hat == "sombrero":
        d.ellipse(
            [*f.p(hu - 0.15, hv + 0.062), *f.p(hu + 0.15, hv + 0.024)], fill=shade(c, 0.85)
        )
        f.ball(hu, hv + 0.075, 0.05, 0.038, c)


def draw_props(f: Figure, look: Look, pose: str) -> None:
    d, j, p, e = f.d, f.j, f.p, max(1.0, f.hpx * 0.004)
    wu, wv = j["wr_n"]
    if look.carry == "cane":
        d.line([p(wu, wv), p(wu - 0.02, 0.0)], fill=(70, 50, 34), width=round(5 * e))
    elif look.carry == "folder":
        d.rectangle(
            [*p(wu - 0.02, wv + 0.02), *p(wu + 0.06, wv - 0.08)], fill=(210, 196, 150)
        )
    elif look.carry == "diploma" or pose == "hold":
        d.rectangle(
            [*p(-0.105, 0.785), *p(0.105, 0.635)],
            fill=(244, 240, 228),
            outline=(176, 146, 80),
            width=round(2 * e),
        )
        d.ellipse([*p(0.045, 0.685), *p(0.078, 0.652)], fill=(196, 160, 70))
        for k in (0.75, 0.73, 0.71):
            d.line([p(-0.07, k), p(0.07, k)], fill=(130, 120, 110), width=round(e))
        for s in ("n", "f"):
            u, v = j[f"wr_{s}"]
            f.ball(u * 1.12, v + 0.005, 0.02, 0.024, look.skin)
    elif look.carry == "shovel":
        fu, fv = j["wr_f"]
        tip = (wu + 0.16, 0.0) if pose == "dig" else (wu + 0.03, 0.0)
        top = (fu - 0.02, fv + 0.06) if pose == "dig" else (wu - 0.01, wv + 0.3)
        d.line([p(*top), p(*tip)], fill=(150, 110, 66), width=round(5 * e))
        d.polygon(
            [
                p(tip[0] - 0.04, tip[1] + 0.11),
                p(tip[0] + 0.04, tip[1] + 0.11),
                p(tip[0] + 0.035, tip[1] - 0.02),
                p(tip[0], tip[1] - 0.045),
                p(tip[0] - 0.035, tip[1] - 0.02),
            ],
            fill=(92, 96, 102),
        )
    elif pose == "vaccinate":
        d.line(
            [p(wu + 0.02, wv + 0.02), p(wu + 0.09, wv + 0.0)],
            fill=(236, 240, 244),
            width=round(3 * e),
        )
    elif look.carry == "jug":
        d.rounded_rectangle(
            [*p(wu - 0.02, wv + 0.07), *p(wu + 0.1, wv - 0.07)],
            radius=4 * e,
            fill=(214, 226, 234),
            outline=(140, 165, 190),
        )
        d.line(
            [p(wu + 0.1, wv - 0.06), p(wu + 0.15, 0.02)],
            fill=(205, 222, 240, 160),
            width=round(4 * e),
        )


def finish_sprite(img: Image.Image, hpx: float, light_left: bool) -> Image.Image:
    """Side light, darker legs, rounded silhouette and lens softness."""
    alpha = img.getchannel("A")
    w, h = img.size
    lit, dark = (255, 255, 255), (196, 190, 188)
    stops = [(0.3, lit), (0.8, dark)] if light_left else [(0.2, dark), (0.7, lit)]
    horiz = gradient((w, h), stops, vertical=False)
    vert = gradient((w, h), [(0.0, lit), (0.55, (250, 250, 250)), (1.0, (200, 200, 200))])
    edge = alpha.filter(ImageFilter.GaussianBlur(max(1.0, hpx * 0.01)))
    edge = edge.point(lambda a: round(200 + 55 * a / 255))
    rgb = ImageChops.multiply(img.convert("RGB"), horiz)
    rgb = ImageChops.multiply(rgb, vert)
    rgb = ImageChops.multiply(rgb, Image.merge("RGB", (edge, edge, edge)))
    rgb.putalpha(alpha)
    soft = ImageFilter.GaussianBlur(max(0.5, min(2.2, hpx * 0.0035)))
    return rgb.convert("RGBa").filter(soft).convert("RGBA")
