"""Let ``python -m scripts.sample_photos`` regenerate the gallery photos."""

import sys

from .generate import main

sys.exit(main())
