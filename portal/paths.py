"""Where the portal's code lives, apart from the project it builds.

The project (settings, content, theme) is the folder of the settings file,
by default the current one; the code is the checkout this package was
installed from (an editable install), which the build fingerprints so that
a change of code builds again.
"""

from __future__ import annotations

import os

PACKAGE = os.path.dirname(os.path.abspath(__file__))
CODE_ROOT = os.path.dirname(PACKAGE)
PLUGINS = os.path.join(CODE_ROOT, "plugins")
REQUIREMENTS = os.path.join(CODE_ROOT, "requirements.txt")


def system_files() -> list[str]:
    """Files of the machine, outside the project, whose change changes the
    output: the fonts the printed edition embeds (its PDF cache keys on their
    size and date, so the build's fingerprint must too)."""
    from print_edition.render import FONT_DIR, FONT_FILES

    return [os.path.join(FONT_DIR, name) for name in FONT_FILES]


def code_trees() -> dict[str, str]:
    """Label -> folder of every tree of code a build runs."""
    return {"plugins": PLUGINS, "portal": PACKAGE}
