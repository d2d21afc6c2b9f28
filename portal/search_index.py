"""The search index (Pagefind), the same bytes for the same site.

Pagefind writes the values of each filter (área, tipo, año) in whatever order
a hash map gives them, so two builds of one site differ in the filter files,
in the metadata file that names them and in the entry file that names that:
a sync would send them every time, and an incremental build could not match
a cold one. After Pagefind runs, each filter's values are put in order and
the files renamed after their content, as Pagefind names its other files.

Pagefind runs on a memory-backed copy of the searchable pages only, and only
when one of them changed; of what it writes, the files output/ already holds
are kept there, not copied again (plugins/incremental/keeper.py).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

import cbor2

SIGNATURE = b"pagefind_dcd"
NAMED_BY_CONTENT = (".pf_fragment", ".pf_index", ".pf_filter", ".pf_meta")


def _scratch_folder() -> str:
    """Memory-backed when the machine has it: Pagefind reads and writes
    thousands of small files."""
    shm = "/dev/shm"  # noqa: S108 - mkdtemp makes a private folder in it
    if os.path.isdir(shm) and os.access(shm, os.W_OK):
        return tempfile.mkdtemp(prefix="portal-busqueda-", dir=shm)
    return tempfile.mkdtemp(prefix="portal-busqueda-")


def index_for_search(staging: str, plan: dict) -> str | None:
    """Pagefind's index of the new site into <staging>/pagefind/, writing only
    the files output/ does not already hold; None on success, else why not.

    Pagefind indexes only pages marked data-pagefind-body (when any page is),
    so it is given those: the ones rendered now (in staging) and the ones kept
    from output/, copied to a scratch folder.
    """
    keeper = plan["keeper"]
    pages = [name for name, record in plan["pages"].items() if record.searchable]
    if not pages:  # Pagefind then indexes every page
        pages = list(plan["pages"])
    plan["search_index"] = "sin cambios"
    if _index_still_good(staging, plan, pages):
        for folder, _dirs, files in os.walk(os.path.join(keeper.output, "pagefind")):
            for name in files:
                keeper.kept.add(os.path.relpath(os.path.join(folder, name), keeper.output))
        return None
    plan["search_index"] = "actualizado"
    view = _scratch_folder()
    try:
        # Pagefind numbers pages in the order it finds them, which follows the
        # order their files were made: always the same order, the same index.
        for name in sorted(pages):
            target = os.path.join(view, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(keeper.existing(os.path.join(staging, name)), target)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pagefind",
                "--site",
                view,
                "--force-language",
                "es",
                "--silent",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            return (
                f"El índice de búsqueda (Pagefind) falló:\n{result.stdout}{result.stderr}"
            )
        index = os.path.join(view, "pagefind")
        make_deterministic(index)
        _publish(index, os.path.join(staging, "pagefind"), keeper)
    finally:
        shutil.rmtree(view, ignore_errors=True)
    return None


def _index_still_good(staging: str, plan: dict, pages: list[str]) -> bool:
    """The index in output/ is this site's when the last build indexed the same
    pages and each is either kept or rendered again to the same bytes (a change
    to the agenda or to a list page, say, leaves the search index alone)."""
    previous = plan["previous"]
    keeper = plan["keeper"]
    if not previous or not os.path.isfile(
        os.path.join(keeper.output, "pagefind", "pagefind-entry.json")
    ):
        return False
    if sorted(pages) != sorted(n for n, r in previous.items() if r.searchable):
        return False
    for name in pages:
        if os.path.normpath(name) in keeper.kept:
            continue
        with open(os.path.join(staging, name), "rb") as handle:
            if not keeper.same_as_output(name, handle.read()):
                return False
    return True


def _publish(index: str, target: str, keeper) -> None:
    """Copy into staging the index files output/ does not already hold. Files
    named by their content (fragments, word index, filters, metadata) are
    the same when the name is; the rest are compared."""
    for folder, _dirs, files in os.walk(index):
        for name in files:
            source = os.path.join(folder, name)
            relative = os.path.join("pagefind", os.path.relpath(source, index))
            existing = os.path.join(keeper.output, relative)
            if name.endswith(NAMED_BY_CONTENT):
                try:
                    if os.path.getsize(existing) == os.path.getsize(source):
                        keeper.kept.add(os.path.normpath(relative))
                        continue
                except OSError:
                    pass
            else:
                with open(source, "rb") as handle:
                    if keeper.keep_same(relative, handle.read()):
                        continue
            destination = os.path.join(target, os.path.relpath(source, index))
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            shutil.copyfile(source, destination)


def _read(path: str):
    with open(path, "rb") as handle:
        data = gzip.decompress(handle.read())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind file")
    return cbor2.loads(data[len(SIGNATURE) :])


def _write(folder: str, language: str, value, length: int, template: str) -> str:
    """Write ``value`` as Pagefind does; its name is a digest of its content."""
    payload = SIGNATURE + cbor2.dumps(value)
    digest = f"{language}_{hashlib.sha256(payload).hexdigest()[:length]}"
    with open(os.path.join(folder, template.format(digest)), "wb") as handle:
        handle.write(gzip.compress(payload, compresslevel=9, mtime=0))
    return digest


def make_deterministic(folder: str) -> None:
    entry_path = os.path.join(folder, "pagefind-entry.json")
    with open(entry_path, encoding="utf-8") as handle:
        entry = json.load(handle)
    for language, info in entry["languages"].items():
        meta_path = os.path.join(folder, f"pagefind.{info['hash']}.pf_meta")
        meta = _read(meta_path)
        filters = meta[3]
        for item in filters:
            old = os.path.join(folder, "filter", f"{item[1]}.pf_filter")
            name, values = _read(old)
            values = sorted([value, sorted(pages)] for value, pages in values)
            os.remove(old)
            item[1] = _write(
                os.path.join(folder, "filter"), language, [name, values], 7, "{}.pf_filter"
            )
        filters.sort()
        os.remove(meta_path)
        info["hash"] = _write(folder, language, meta, 10, "pagefind.{}.pf_meta")
    with open(entry_path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
