"""Synthetic camera photos: 12 megapixels, ~3–6 MB, costly to decode like real ones.

A real photo compresses badly because of fine detail and sensor noise; a flat
test card would make every decoder and encoder look fast. Each photo here has
a sky and ground of smooth gradients, a light fall-off, hills, buildings and
blobs with soft edges (a blurred background), a few sharp subjects in focus,
medium-scale texture (foliage, gravel) and per-channel sensor noise. Every
photo comes from its own seeded generator, so the bytes are the same on every
run with the same Pillow; a few are "taken in portrait": stored turned, with
EXIF Orientation 6, as cameras do.

Photos go to a pool outside the repository (generated once per parameters);
a benchmark run uses an album folder holding exactly N of them (hard links).
"""

from __future__ import annotations

import json
import os
import random
import shutil
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta

from PIL import Image, ImageChops, ImageDraw, ImageFilter

GENERATOR_VERSION = 1
WIDTH, HEIGHT = 4000, 3000
QUALITY = 90
SEED = 20240611
ORIENTATION = 0x0112
MANIFEST = "manifest.json"


def is_portrait(index: int) -> bool:
    """One photo in six was taken holding the camera upright (2 of 8, 4 of 24)."""
    return index % 6 == 2


def _color(rng: random.Random, base: tuple[int, int, int], spread: int) -> tuple:
    return tuple(max(0, min(255, c + rng.randint(-spread, spread))) for c in base)


def _vertical_gradient(size, stops: list[tuple[int, int, int]]) -> Image.Image:
    column = Image.new("RGB", (1, len(stops)))
    column.putdata(stops)
    return column.resize(size, Image.Resampling.BICUBIC)


def _noise(rng: random.Random, size, amplitude: float, chroma: float = 0.0) -> Image.Image:
    """Zero-centred noise (offset 128), roughly Gaussian (the mean of two uniforms).

    ``amplitude`` is shared by the three channels (luminance), ``chroma`` is
    drawn for each channel on its own.
    """

    def band(amp: float) -> Image.Image:
        lut = [max(0, min(255, round(128 + (v - 127.5) / 127.5 * amp))) for v in range(256)]
        a = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
        b = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
        return ImageChops.add(a, b, scale=2.0).point(lut)

    luma = band(amplitude)
    if not chroma:
        return Image.merge("RGB", (luma, luma, luma))
    return Image.merge(
        "RGB", [ImageChops.add(luma, band(chroma), offset=-128) for _ in range(3)]
    )


def _texture(rng: random.Random, size, cell: int, amplitude: float, chroma: float = 0.0):
    small = (max(2, size[0] // cell), max(2, size[1] // cell))
    return _noise(rng, small, amplitude, chroma).resize(size, Image.Resampling.BICUBIC)


def _add(image: Image.Image, noise: Image.Image, mask: Image.Image | None = None):
    noisy = ImageChops.add(image, noise, offset=-128)
    return noisy if mask is None else Image.composite(noisy, image, mask)


def scene(rng: random.Random, width: int, height: int) -> Image.Image:
    size = (width, height)
    horizon = int(height * rng.uniform(0.35, 0.6))
    sky_top = _color(rng, (70, 120, 200), 40)
    sky_low = _color(rng, (200, 215, 235), 25)
    ground_near = _color(rng, (60, 90, 40), 30)
    ground_far = _color(rng, (130, 140, 90), 30)
    image = _vertical_gradient(size, [sky_top, sky_low])
    ground = _vertical_gradient((width, height - horizon), [ground_far, ground_near])
    image.paste(ground, (0, horizon))

    # Light fall-off from a sun somewhere in the sky (a vignette the other way).
    glow = Image.radial_gradient("L").resize(
        (width * 2, height * 2), Image.Resampling.BILINEAR
    )
    cx, cy = rng.randint(0, width), rng.randint(0, horizon)
    glow = glow.crop((width - cx, height - cy, 2 * width - cx, 2 * height - cy))
    warm = Image.new("RGB", size, _color(rng, (255, 230, 180), 20))
    image = Image.composite(image, warm, glow.point(lambda v: min(255, 60 + 2 * v)))

    draw = ImageDraw.Draw(image)
    # Hills on the horizon.
    for _ in range(rng.randint(2, 4)):
        points = [(0, horizon)]
        for x in range(0, width + 200, 200):
            points.append((x, horizon - rng.randint(0, height // 8)))
        points.append((width, horizon + 40))
        draw.polygon(points, fill=_color(rng, (80, 100, 70), 30))
    # Buildings and blobs, to be blurred into the background.
    for _ in range(rng.randint(25, 45)):
        x, y = rng.randint(-200, width), rng.randint(horizon - height // 5, height)
        w, h = rng.randint(80, 700), rng.randint(60, 600)
        fill = _color(rng, (150, 130, 110), 90)
        if rng.random() < 0.5:
            draw.rectangle((x, y - h, x + w, y), fill=fill)
            for wx in range(x + 15, x + w - 30, 60):  # windows
                for wy in range(y - h + 15, y - 30, 70):
                    draw.rectangle(
                        (wx, wy, wx + 25, wy + 35), fill=_color(rng, (60, 70, 90), 40)
                    )
        else:
            draw.ellipse((x, y - h, x + w, y), fill=fill)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(2.0, 5.0)))

    # Medium-scale texture: foliage and gravel in the ground, haze in the sky.
    ground_mask = Image.new("L", size, 0)
    ImageDraw.Draw(ground_mask).rectangle((0, horizon, width, height), fill=255)
    image = _add(image, _texture(rng, size, 3, 34, 8), ground_mask)
    image = _add(image, _texture(rng, size, 14, 30, 10), ground_mask)
    image = _add(image, _texture(rng, size, 40, 12))

    # Sharp subjects in focus: people-ish figures, posts, signs.
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(6, 14)):
        x, y = rng.randint(0, width), rng.randint(horizon, height)
        s = rng.randint(60, 260)
        fill = _color(rng, (120, 100, 90), 100)
        shape = rng.random()
        if shape < 0.4:
            draw.ellipse((x - s // 4, y - 3 * s, x + s // 4, y - 5 * s // 2), fill=fill)
            draw.rounded_rectangle(
                (x - s // 3, y - 5 * s // 2, x + s // 3, y), s // 8, fill=fill
            )
        elif shape < 0.7:
            draw.rectangle(
                (x, y - 4 * s, x + s // 6, y), fill=_color(rng, (90, 90, 90), 30)
            )
        else:
            draw.rectangle(
                (x, y - s, x + 2 * s, y), fill=fill, outline=(20, 20, 20), width=6
            )
            draw.text((x + 10, y - s + 10), "SAN ISIDRO", fill=(250, 250, 250))
    image = image.filter(ImageFilter.UnsharpMask(radius=2, percent=60, threshold=2))

    # Sensor noise, per channel (chroma noise included).
    return _add(image, _noise(rng, size, 12, 7))


def camera_exif(rng: random.Random, index: int, orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "Canon EOS 90D"  # Model
    exif[0x0131] = "Firmware Version 1.1.1"  # Software
    taken = datetime(2024, 5, 1, 9, 0) + timedelta(minutes=37 * index + rng.randint(0, 30))
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x013B] = "Fotógrafo de prueba"
    if orientation != 1:
        exif[ORIENTATION] = orientation
    return exif.tobytes()


def make_photo(path: str, index: int, seed: int = SEED) -> int:
    rng = random.Random(f"{seed}:{index}")
    portrait = is_portrait(index)
    if portrait:
        # Orientation 6 = "rotate 90° clockwise to display": store it turned
        # 90° counter-clockwise, at the sensor's 4000 × 3000.
        upright = scene(rng, HEIGHT, WIDTH)
        stored = upright.transpose(Image.Transpose.ROTATE_90)
    else:
        stored = scene(rng, WIDTH, HEIGHT)
    exif = camera_exif(rng, index, 6 if portrait else 1)
    partial = f"{path}.partial-{os.getpid()}"
    stored.save(partial, "JPEG", quality=QUALITY, exif=exif, subsampling="4:2:0")
    os.replace(partial, path)
    return os.path.getsize(path)


def _params(seed: int) -> dict:
    import PIL

    return {
        "generator": GENERATOR_VERSION,
        "size": [WIDTH, HEIGHT],
        "quality": QUALITY,
        "seed": seed,
        "pillow": PIL.__version__,
    }


def _name(index: int) -> str:
    return f"foto-{index:03d}.jpg"


def ensure_pool(pool_dir: str, count: int, workers: int, seed: int = SEED) -> list[str]:
    """Photos 0..count-1 in ``pool_dir``; made only when missing or stale."""
    os.makedirs(pool_dir, exist_ok=True)
    manifest_path = os.path.join(pool_dir, MANIFEST)
    params = _params(seed)
    try:
        with open(manifest_path, encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError):
        manifest = {}
    if manifest.get("params") != params:
        manifest = {"params": params, "files": {}}
    files = manifest["files"]
    missing = [
        i
        for i in range(count)
        if files.get(_name(i)) is None
        or not os.path.isfile(os.path.join(pool_dir, _name(i)))
        or os.path.getsize(os.path.join(pool_dir, _name(i))) != files[_name(i)]
    ]
    if missing:
        print(f"Generating {len(missing)} synthetic photos in {pool_dir} …", flush=True)
        paths = [os.path.join(pool_dir, _name(i)) for i in missing]
        with ProcessPoolExecutor(max_workers=max(1, workers)) as executor:
            sizes = list(executor.map(make_photo, paths, missing, [seed] * len(missing)))
        for index, size in zip(missing, sizes, strict=True):
            files[_name(index)] = size
        partial = manifest_path + ".partial"
        with open(partial, "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, indent=1, sort_keys=True)
        os.replace(partial, manifest_path)
    return [os.path.join(pool_dir, _name(i)) for i in range(count)]


def make_album(pool_paths: list[str], album_dir: str) -> list[str]:
    """A folder with exactly these photos (hard links into the pool)."""
    wanted = {os.path.basename(p): p for p in pool_paths}
    os.makedirs(album_dir, exist_ok=True)
    for name in os.listdir(album_dir):
        path = os.path.join(album_dir, name)
        if name not in wanted or not os.path.samefile(path, wanted[name]):
            os.remove(path)
    for name, source in wanted.items():
        target = os.path.join(album_dir, name)
        if not os.path.exists(target):
            try:
                os.link(source, target)
            except OSError:
                shutil.copy2(source, target)
    return sorted(os.path.join(album_dir, name) for name in wanted)
