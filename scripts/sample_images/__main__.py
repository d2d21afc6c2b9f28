"""Let ``python -m scripts.sample_images`` regenerate the images."""

import sys

from .generate import main

sys.exit(main())
