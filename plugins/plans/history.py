"""A plan's changes, from the git history of its file.

Auditors need to know when a published plan changed and why; the commit log
is that record. Outside a git checkout (a tarball, a fresh test folder) the
list is empty and the page says so.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

from .model import Change

_FORMAT = "%H%x1f%cI%x1f%s"


def file_history(path: str) -> list[Change]:
    """Newest first; follows renames. Empty when git or the repository is absent."""
    folder = os.path.dirname(os.path.abspath(path))
    git = shutil.which("git")
    if git is None:
        return []
    try:
        result = subprocess.run(
            [git, "log", "--follow", f"--format={_FORMAT}", "--", os.path.basename(path)],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    if result.returncode != 0:
        return []
    changes = []
    for line in result.stdout.splitlines():
        commit, stamp, message = line.split("\x1f", 2)
        changes.append(Change(dt.datetime.fromisoformat(stamp), message, commit))
    return changes
