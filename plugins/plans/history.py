"""A plan's technical trail: the commits that touched its file, for auditors.

The page's «Historial de cambios» is what staff wrote in ``history:``; this
is only the record underneath it (date and commit id, linked to the
repository when ``REPOSITORY_COMMIT_URL`` is set), and never the commit's
subject, which is written for engineers. Outside a git checkout (a tarball,
a fresh test folder) or with ``GIT_TRAIL`` off, the trail is empty and the
page leaves it out. No date shown as the plan's comes from here.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

from .model import Commit

_FORMAT = "%H%x1f%cI"


def file_trail(path: str) -> list[Commit]:
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
    trail = []
    for line in result.stdout.splitlines():
        commit, stamp = line.split("\x1f", 1)
        trail.append(Commit(dt.datetime.fromisoformat(stamp), commit))
    return trail
