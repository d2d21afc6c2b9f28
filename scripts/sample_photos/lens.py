"""What makes a drawing read as a photograph: depth of field, haze, bloom,
vignetting, tone curve, sharpening and sensor noise.

A scene draws a background *plate* (sky, walls, ground) and adds *items*,
each with its depth. Items are drawn from far to near on layers grouped by
their blur, and each layer is blurred by its circle of confusion before it is
composited, so the subject is sharp and the rest falls off as with a real lens.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

from .space import Cam, over
from .texture import add_signed, fractal, grain, modulate, radial

LEVELS = (0, 1.2, 2.5, 4, 6, 9, 13, 19, 27, 38, 54)  # blur radii at render scale
Draw = Callable[[Image.Image, ImageDraw.ImageDraw], None]


def level(r: float) -> float:
    return min(LEVELS, key=lambda v: abs(v - r))


def blur_rgba(img: Image.Image, r: float) -> Image.Image:
    if r <= 0.3:
        return img
    return img.convert("RGBa").filter(ImageFilter.GaussianBlur(r)).convert("RGBA")


def smear(img: Image.Image, dx: float, dy: float = 0.0, steps: int = 9) -> Image.Image:
    """Motion blur: the mean of shifted copies along (dx, dy)."""
    out = img
    for i in range(1, steps):
        t = i / (steps - 1) - 0.5
        moved = ImageChops.offset(img, round(dx * t), round(dy * t))
        out = Image.blend(out, moved, 1 / (i + 1))
    return out


class Photo:
    def __init__(
        self,
        rng: random.Random,
        size=(2400, 1600),
        ss: int = 2,
        *,
        fov=50.0,
        height=1.6,
        horizon=0.5,
        focus=6.0,
        aperture=0.012,
        haze=None,
    ):
        """aperture: entrance pupil in metres (50 mm at f/4 = 0.0125); haze:
        (colour, metres) for the air between the camera and far things."""
        self.rng, self.size, self.ss = rng, size, ss
        w, h = size[0] * ss, size[1] * ss
        self.cam = Cam(w, h, fov, height, horizon)
        self.plate = Image.new("RGB", (w, h), (128, 128, 128))
        self.focus, self.aperture, self.haze = focus, aperture, haze
        self.items: list[tuple[float, int, Draw, tuple]] = []

    @property
    def wh(self) -> tuple[int, int]:
        return self.plate.size

    def coc(self, z: float) -> float:
        """Blur radius in render pixels for something at depth z."""
        return 0.45 * self.aperture * abs(1 / max(z, 0.1) - 1 / self.focus) * self.cam.f

    def add(self, z: float, fn: Draw, motion=(0, 0), extra_blur: float = 0.0) -> None:
        self.items.append((z, len(self.items), fn, (motion, extra_blur)))

    def ground_rows(
        self, img: Image.Image, y: float = 0.0, far_r=None, t=0.0
    ) -> Image.Image:
        """Blur the ground (height y - t*z) row by row according to its depth."""
        w, h = img.size
        radii = []
        for row in range(h):
            z = self.cam.z_of_row(row + 0.5, y, t)
            radii.append(far_r if math.isinf(z) and far_r is not None else self.coc(z))
        cache: dict[float, Image.Image] = {}
        out = None
        for lv in sorted({level(r) for r in radii}):
            cache[lv] = img if lv == 0 else img.filter(ImageFilter.GaussianBlur(lv))
            mask = Image.new("L", (1, h))
            mask.putdata([255 if level(r) == lv else 0 for r in radii])
            mask = mask.filter(ImageFilter.BoxBlur(12)).resize((w, h))
            out = cache[lv] if out is None else Image.composite(cache[lv], out, mask)
        return out

    def render(self) -> Image.Image:
        canvas = self.plate.convert("RGBA")
        items = sorted(self.items, key=lambda it: (-it[0], it[1]))
        groups: list[tuple[tuple, list]] = []
        for z, _, fn, (motion, extra) in items:
            key = (level(self.coc(z) + extra), motion)
            if groups and groups[-1][0] == key:
                groups[-1][1].append((z, fn))
            else:
                groups.append((key, [(z, fn)]))
        for (r, motion), members in groups:
            layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
            draw = ImageDraw.Draw(layer)
            for _, fn in members:
                fn(layer, draw)
            box = layer.getbbox()
            if not box:
                continue
            pad = round(3 * r + abs(motion[0]) + abs(motion[1]) + 4)
            box = (
                max(0, box[0] - pad),
                max(0, box[1] - pad),
                min(canvas.width, box[2] + pad),
                min(canvas.height, box[3] + pad),
            )
            part = layer.crop(box)
            if motion != (0, 0):
                part = smear(part.convert("RGBa"), *motion).convert("RGBA")
            part = blur_rgba(part, r)
            if self.haze:
                zmean = sum(z for z, _ in members) / len(members)
                part = self.hazed(part, zmean)
            over(canvas, part, box[:2])
        return canvas.convert("RGB")

    def hazed(self, part: Image.Image, z: float) -> Image.Image:
        color, dist = self.haze
        t = 1 - math.exp(-z / dist)
        if t < 0.02:
            return part
        tint = Image.new("RGB", part.size, color)
        rgb = Image.blend(part.convert("RGB"), tint, min(0.85, t))
        rgb.putalpha(part.getchannel("A"))
        return rgb


def develop(
    img: Image.Image,
    rng: random.Random,
    size,
    *,
    bloom=0.25,
    threshold=215,
    vignette=0.28,
    iso_grain=5.0,
    chroma=0.0,
    warm=(1.0, 1.0, 1.0),
    contrast=0.12,
    lift=6,
    soften=0.8,
    saturation=0.88,
    roll=0.0,
    veil=0.1,
    mottle=0.05,
) -> Image.Image:
    """Turn the rendered frame into a camera JPEG's pixels at the final size."""
    if mottle:  # uneven light and surfaces: nothing in a photo is perfectly flat
        m = fractal(rng, (img.width // 16, img.height // 16), base=4, octaves=4)
        img = modulate(
            img, m.resize(img.size, Image.Resampling.BICUBIC), 1 - mottle, 1 + mottle / 2
        )
    if veil:  # veiling glare: light scattered in the lens softens local contrast
        img = Image.blend(img, img.filter(ImageFilter.GaussianBlur(img.width / 25)), veil)
    if soften:
        img = img.filter(ImageFilter.GaussianBlur(soften))
    if bloom:
        hi = img.convert("L").point(
            lambda v: max(0, v - threshold) * 255 // (256 - threshold)
        )
        glow = img.filter(ImageFilter.GaussianBlur(img.width / 90))
        glow = ImageChops.multiply(
            glow,
            Image.merge("RGB", [hi.filter(ImageFilter.GaussianBlur(img.width / 90))] * 3),
        )
        img = ImageChops.screen(img, glow.point(lambda v: round(v * bloom * 4)))
    if roll:  # a hand-held camera is rarely level
        big = img.rotate(roll, Image.Resampling.BICUBIC)
        m = 1 + abs(roll) * 0.03
        cw, ch = img.width / m, img.height / m
        img = big.crop(
            (
                (img.width - cw) / 2,
                (img.height - ch) / 2,
                (img.width + cw) / 2,
                (img.height + ch) / 2,
            )
        )
    img = img.resize(size, Image.Resampling.LANCZOS)
    if saturation != 1:
        img = ImageEnhance.Color(img).enhance(saturation)
    w, h = size
    if vignette:
        v = radial((w, h), (w / 2, h / 2), math.hypot(w, h) * 0.62, power=0.5)
        v = v.point(lambda a: round(255 * (1 - vignette * (1 - a / 255) ** 1.6)))
        img = ImageChops.multiply(img, Image.merge("RGB", (v, v, v)))
    luts = []
    for gain in warm:
        lut = []
        for x in range(256):
            t = x / 255
            s = t + contrast * (t - 0.5) * (1 - abs(2 * t - 1))  # gentle S-curve
            lut.append(max(0, min(255, round(lift + (255 - lift) * s * gain))))
        luts += lut
    img = img.point(luts)
    img = img.filter(ImageFilter.UnsharpMask(radius=1.4, percent=45, threshold=2))
    if iso_grain:
        img = add_signed(img, grain(rng, size, iso_grain, chroma))
    return img
