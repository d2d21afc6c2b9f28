"""Skip a build whose inputs have not changed since the last good one.

The fingerprint covers everything a build reads: the git commit (plans show
their history), every file under content/,
the theme, the plugins, the settings files, the portal package and pinned
requirements (path, size and modification time: a stat, not a read), plus
the command's settings overrides, and the machine's fonts that the printed
edition embeds (``paths.system_files``). Output also depends on the clock (embargo,
veda, the agenda's upcoming events, the current month), so each build records
``valid_until``, the first moment its output would change by time alone.

The state lives beside the output folder (``.<output>-state.json``), never in
it, and is written only after a successful build.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess

from portal import paths

VERSION = 1


def _walk(root: str):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            yield os.path.relpath(path, root), stat.st_size, stat.st_mtime_ns


def git_head(folder: str) -> str:
    """The commit checked out where ``folder`` lives: plan pages show their git
    history, which a commit changes without touching a file."""
    git = shutil.which("git")
    if git is None:
        return ""
    try:
        result = subprocess.run(
            [git, "-C", folder, "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def fingerprint(content: str, theme: str, settings_files, overrides) -> str:
    digest = hashlib.sha256(f"v{VERSION}".encode())
    digest.update(f"git\0{git_head(content)}\n".encode())
    trees = {"content": content, "theme": theme, **paths.code_trees()}
    for label, root in sorted(trees.items()):
        for entry in _walk(root):
            digest.update(f"{label}\0{entry[0]}\0{entry[1]}\0{entry[2]}\n".encode())
    for path in paths.system_files():
        try:
            stat = os.stat(path)
        except OSError:  # missing: the build says so, and a later install changes this
            stat = None
        entry = f"{stat.st_size}\0{stat.st_mtime_ns}" if stat else "-"
        digest.update(f"system\0{path}\0{entry}\n".encode())
    fixed = [*settings_files, paths.REQUIREMENTS]
    for path in fixed:
        with open(path, "rb") as handle:
            digest.update(path.encode() + b"\0" + handle.read())
    digest.update(json.dumps(overrides, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def state_path(output: str) -> str:
    output = os.path.abspath(output)
    return os.path.join(os.path.dirname(output), f".{os.path.basename(output)}-state.json")


def read(output: str) -> dict:
    try:
        with open(state_path(output), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return {}


def unchanged(output: str, state: dict, print_: str, now: dt.datetime) -> bool:
    """True when ``output`` is what a build would write now."""
    if not os.path.isdir(output):
        return False
    if state.get("fingerprint") != print_:
        return False
    until = state.get("valid_until")
    return until is None or now < dt.datetime.fromisoformat(until)


def record(
    output: str, print_: str, valid_until: dt.datetime | None, warnings: list[str]
) -> None:
    state = {
        "fingerprint": print_,
        "valid_until": valid_until.isoformat() if valid_until else None,
        "warnings": warnings,  # shown again when a build is skipped
    }
    target = state_path(output)
    with open(target + ".tmp", "w", encoding="utf-8") as handle:
        json.dump(state, handle)
    os.replace(target + ".tmp", target)


def forget(output: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(state_path(output))
