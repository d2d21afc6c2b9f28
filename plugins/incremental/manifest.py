"""What each published page was rendered from, kept beside ``output/``.

``portal.commands.build`` loads the last good build's record before building,
removes it while the new site moves into place and saves the new one after,
so a record always describes the files in ``output/``. Its key covers what every page depends
on and no page records by itself: the settings files and overrides, the
plugins, the theme's static files (their hashed names), the portal package,
the pinned requirements and Pelican's version.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from dataclasses import dataclass, field, fields

import pelican

from .keeper import Keeper

VERSION = 2


@dataclass(frozen=True)
class PageRecord:
    templates: tuple = ()
    names: tuple = ()
    objects: dict = field(default_factory=dict)
    assets: tuple = ()
    searchable: bool = False  # has data-pagefind-body: goes to the search index


def manifest_path(output: str) -> str:
    output = os.path.abspath(output)
    return os.path.join(
        os.path.dirname(output), f".{os.path.basename(output)}-pages.pickle"
    )


def _tree(digest, label: str, root: str) -> None:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                data = handle.read()
            relative = os.path.relpath(path, root)
            digest.update(f"{label}\0{relative}\0{len(data)}\0".encode() + data)


def site_key(
    theme: str, settings_files, overrides: dict, code_trees: dict, fixed=()
) -> str:
    """The digest of every input that is not content and not a template:
    ``code_trees`` (label -> folder) and ``fixed`` files are the build's code."""
    digest = hashlib.sha256(f"v{VERSION}\0pelican {pelican.__version__}\0".encode())
    for label, root in sorted(code_trees.items()):
        _tree(digest, label, root)
    _tree(digest, "static", os.path.join(theme, "static"))
    for path in [*settings_files, *fixed]:
        with open(path, "rb") as handle:
            digest.update(path.encode() + b"\0" + handle.read())
    digest.update(repr(sorted(overrides.items())).encode())
    return digest.hexdigest()


def load(output: str) -> tuple[dict, str | None]:
    """The last build's record, or ``{}`` and why it could not be read: any
    failure (a module moved since it was written, a truncated file, another
    shape) means every page is rendered, never a build that stops."""
    path = manifest_path(output)
    try:
        with open(path, "rb") as handle:
            saved = pickle.load(handle)  # noqa: S301 (our own file, beside output/)
    except FileNotFoundError:
        return {}, None
    except Exception as error:  # whatever it is, the record is unusable
        return {}, f"{type(error).__name__}: {error}"
    if not isinstance(saved, dict) or not isinstance(saved.get("pages", {}), dict):
        return {}, f"no tiene la forma esperada ({type(saved).__name__})"
    names = {f.name for f in fields(PageRecord)}
    for name, record in saved.get("pages", {}).items():
        if not isinstance(record, PageRecord) or not names <= set(vars(record)):
            return {}, f"la página {name!r} no tiene la forma esperada"
    return saved, None


def discarded_line(output: str, reason: str) -> str:
    return (
        f"Aviso: el registro de páginas {manifest_path(output)} no se pudo leer "
        f"({reason}); se descarta y se generan todas las páginas."
    )


def plan(
    output: str, staging: str, key: str, fresh: bool = False, verify: bool = False
) -> dict:
    """What the writer needs: the last build's pages (if they are in ``output``);
    ``fresh``: none, every page is rendered; ``verify``: pages that would be kept
    are rendered and compared (``verify.py``). ``discarded`` says why a record
    that exists could not be used."""
    saved, discarded = load(output)
    previous = {}
    if (
        saved.get("version") == VERSION
        and saved.get("key") == key
        and saved.get("output") == os.path.abspath(output)
        and os.path.isdir(output)
        and not fresh
    ):
        previous = saved["pages"]
    return {
        "key": key,
        "previous": previous,
        "previous_output": os.path.abspath(output),
        "keeper": Keeper(staging, output),
        "inputs": None,
        "pages": {},
        "rendered": 0,
        "reused": 0,
        "verify": verify,
        "verified": 0,
        "differences": [],
        "discarded": discarded,
    }


def save(output: str, plan_: dict) -> None:
    target = manifest_path(output)
    with open(target + ".tmp", "wb") as handle:
        pickle.dump(
            {
                "version": VERSION,
                "key": plan_["key"],
                "output": plan_["previous_output"],
                "pages": plan_["pages"],
            },
            handle,
            protocol=5,
        )
    os.replace(target + ".tmp", target)


def forget(output: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(manifest_path(output))
