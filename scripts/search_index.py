"""The search index (Pagefind), the same bytes for the same site.

Pagefind writes the values of each filter (área, tipo, año) in whatever order
a hash map gives them, so two builds of one site differ in the filter files,
in the metadata file that names them and in the entry file that names that:
a sync would send them every time, and an incremental build could not match
a cold one. After Pagefind runs, each filter's values are put in order and
the files renamed after their content, as Pagefind names its other files.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import subprocess
import sys

import cbor2

SIGNATURE = b"pagefind_dcd"


def index_for_search(site: str) -> str | None:
    """Pagefind's static index in <site>/pagefind/; None on success, else why not."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            site,
            "--force-language",
            "es",
            "--silent",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return f"El índice de búsqueda (Pagefind) falló:\n{result.stdout}{result.stderr}"
    make_deterministic(os.path.join(site, "pagefind"))
    return None


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
