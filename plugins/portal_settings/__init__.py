"""Our settings, declared once (``declared.py``), converted and checked at start.

Connected first in ``PLUGINS``: when Pelican starts (``initialized``), the
declared defaults are merged into its settings and every value is checked,
so plugins read ``settings["NAME"]`` and never carry a default. The portal's
commands check earlier (``load``), before anything is touched, and print
every wrong value together in Spanish.
"""

from __future__ import annotations

from pelican import signals

from .checking import (
    SettingProblem,
    SettingsErrors,
    command_line_overrides,
    from_text,
    load,
    prepare,
)
from .declared import SETTINGS

__all__ = [
    "SETTINGS",
    "SettingProblem",
    "SettingsErrors",
    "command_line_overrides",
    "from_text",
    "load",
    "prepare",
    "register",
]


def prepare_settings(pelican) -> None:
    """Also when Pelican runs without our commands (``pelican`` itself)."""
    prepare(pelican.settings)


def register() -> None:
    signals.initialized.connect(prepare_settings)
