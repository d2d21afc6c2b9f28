#!/usr/bin/env python3
"""Regenerate the 2021 bulletins' sample images (with fake camera EXIF).

Thin entry point; the work lives in the ``sample_images`` package next to
this file (see its docstring for why the images carry EXIF). Run from the
repository root:

    .venv/bin/python scripts/make_sample_images.py

or, equivalently, ``.venv/bin/python -m scripts.sample_images``.
"""

import sys

from sample_images.generate import main

if __name__ == "__main__":
    sys.exit(main())
