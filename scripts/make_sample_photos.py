#!/usr/bin/env python3
"""Regenerate the sample photo galleries in content/galerias/ (with fake EXIF).

Thin entry point; the work lives in the ``sample_photos`` package next to
this file (see its docstring for why the photos carry EXIF). Run from the
repository root:

    .venv/bin/python scripts/make_sample_photos.py            # everything
    .venv/bin/python scripts/make_sample_photos.py cabildo    # only matching photos

or, equivalently, ``.venv/bin/python -m scripts.sample_photos``.
"""

import sys

from sample_photos.generate import main

if __name__ == "__main__":
    sys.exit(main())
