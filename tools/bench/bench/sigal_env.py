"""Sigal in a virtualenv of its own, outside the repository, and its settings.

Installed from ``tools/bench/requirements.txt`` (pinned, PyPI only) with the
interpreter running the benchmark, so both tools run on the same Python and
the same Pillow wheel. Reinstalled only when that file changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

STAMP = ".bench-installed"


def _digest(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def ensure_venv(venv: str, requirements: str) -> tuple[str, float]:
    """Return the ``sigal`` executable and the seconds spent installing (0 if none)."""
    stamp = os.path.join(venv, STAMP)
    wanted = _digest(requirements)
    sigal = os.path.join(venv, "bin", "sigal")
    try:
        with open(stamp, encoding="utf-8") as handle:
            if handle.read().strip() == wanted and os.access(sigal, os.X_OK):
                return sigal, 0.0
    except OSError:
        pass
    print(f"Installing Sigal into {venv} (not timed) …", flush=True)
    start = time.perf_counter()
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    subprocess.run(
        [
            os.path.join(venv, "bin", "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
            requirements,
        ],
        check=True,
    )
    with open(stamp, "w", encoding="utf-8") as handle:
        handle.write(wanted + "\n")
    return sigal, time.perf_counter() - start


def versions(venv: str) -> dict:
    """Sigal's, Pillow's and its codecs' versions inside the Sigal virtualenv."""
    code = (
        "import json, sigal, PIL; from PIL import features as f;"
        "print(json.dumps({'sigal': sigal.__version__, 'pillow': PIL.__version__,"
        "'libjpeg': f.version('jpg'), 'libwebp': f.version('webp'),"
        "'turbo': f.check('libjpeg_turbo')}))"
    )
    out = subprocess.run(
        [os.path.join(venv, "bin", "python"), "-c", code],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)


def write_config(path: str, album: str, size: int, thumb: tuple[int, int], quality: int):
    """Sigal configured like our matched recipe: one fitted JPEG and one thumbnail.

    HTML pages are off (``write_html = False``) so that Sigal is timed on its
    image pipeline alone, like ours; this can only make Sigal look faster.
    """
    text = f'''"""Sigal settings written by tools/bench/bench_images.py (overwritten each run)."""

source = {album!r}
destination = "_build"  # overridden on the command line for each run
img_processor = "ResizeToFit"
img_size = ({size}, {size})  # long side at most {size}, no upscaling
img_format = "JPEG"
jpg_options = {{"quality": {quality}, "optimize": True, "progressive": True}}
make_thumbs = True
thumb_size = {thumb!r}
thumb_fit = True
autorotate_images = True
copy_exif_data = False
keep_orig = False
use_orig = False
video_extensions = []  # no video
zip_gallery = False
write_html = False
'''
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def count_outputs(folder: str) -> tuple[int, int]:
    """Image files under ``folder`` and their total bytes."""
    files = size = 0
    for dirpath, _, names in os.walk(folder):
        for name in names:
            if name.lower().endswith((".jpg", ".jpeg", ".webp", ".png")):
                files += 1
                size += os.path.getsize(os.path.join(dirpath, name))
    return files, size
