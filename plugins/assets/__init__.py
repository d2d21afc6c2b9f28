"""Content-hashed names for the theme's CSS and JS, for long browser caching.

Templates ask ``asset("css/portal.css")`` and get ``theme/css/portal.<hash>.css``;
once the build has copied the theme, the files are renamed to match. A change
to a file changes its name, so servers may cache these forever (immutable).
"""

from __future__ import annotations

import hashlib
import os

from pelican import signals

_requested: dict[str, str] = {}


def hashed_name(theme_static: str, relative: str) -> str:
    with open(os.path.join(theme_static, relative), "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()[:10]
    stem, ext = os.path.splitext(relative)
    return f"{stem}.{digest}{ext}"


def add_asset_global(generator) -> None:
    env = getattr(generator, "env", None)
    if env is None:
        return
    settings = generator.settings
    theme_static = os.path.join(settings["THEME"], "static")
    prefix = settings["THEME_STATIC_DIR"]

    def asset(relative: str) -> str:
        if relative not in _requested:
            _requested[relative] = hashed_name(theme_static, relative)
        return f"{prefix}/{_requested[relative]}"

    env.globals["asset"] = asset


def rename_assets(pelican) -> None:
    """After the theme is copied: give each requested file its hashed name."""
    folder = os.path.join(pelican.output_path, pelican.settings["THEME_STATIC_DIR"])
    for relative, hashed in _requested.items():
        plain = os.path.join(folder, relative)
        if os.path.exists(plain):
            os.replace(plain, os.path.join(folder, hashed))
    _requested.clear()


def register() -> None:
    signals.generator_init.connect(add_asset_global)
    signals.finalized.connect(rename_assets)
