"""A build answered from the reading cache writes the site a cold build writes.

The sample is built once in one process (no pre-read), a bulletin is edited
and another deleted, and the incremental build, which reads every other
file from ``cache/reading.pickle``, is compared file by file with a build
from empty reading and Markdown caches whose files are pre-read on two
processes. Then a mistake: both ways report it the same, and never from
the cache.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_build

pytestmark = pytest.mark.site

EDITED = "filtros-sanitarios-mercado-municipal"


def tree(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def build(output, cache, reading_cache, **sets):
    result = run_build(
        output, content=output.parent / "content", cache=cache,
        sets={"CACHE_PATH": str(reading_cache), "EMBARGO_NOW": "2021-04-01T10:00", **sets},
    )  # fmt: skip
    return result


def test_an_edit_read_from_the_cache_is_the_cold_site_and_errors_are_reported(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    images, warm, cold = tmp_path / "fotos", tmp_path / "lectura", tmp_path / "fria"
    one = {"READING_WORKERS": "1"}
    first = build(tmp_path / "output", images, warm, **one)
    assert first.returncode == 0, first.stderr
    assert (warm / "reading.pickle").is_file()

    edited = next((tmp_path / "content").glob(f"boletines/*/*{EDITED}.md"))
    text = edited.read_text(encoding="utf-8")
    text = text.replace('title: "', 'title: "Corregido: ', 1) + "\nPárrafo añadido.\n"
    edited.write_text(text, encoding="utf-8")
    deleted = next((tmp_path / "content").glob("boletines/*/*.md"))
    assert deleted != edited
    deleted.unlink()
    again = build(tmp_path / "output", images, warm, **one)
    assert again.returncode == 0, again.stderr

    pre_read = {"READING_WORKERS": "2", "READING_PARALLEL_MIN": "1"}
    fresh = build(tmp_path / "cold", images, cold, **pre_read)
    assert fresh.returncode == 0, fresh.stderr
    ours, theirs = tree(tmp_path / "output"), tree(tmp_path / "cold")
    differ = sorted(k for k in set(ours) | set(theirs) if ours.get(k) != theirs.get(k))
    assert differ == []

    # A mistake in a file the cache knows: reported, the last good site kept.
    edited.write_text(text.replace("area: ", "area: nada-", 1), encoding="utf-8")
    reports = []
    for output, reading_cache, sets in (
        (tmp_path / "output", warm, one),
        (tmp_path / "cold", tmp_path / "fria-2", pre_read),
    ):
        failed = build(output, images, reading_cache, **sets)
        assert failed.returncode == 2, failed.stdout + failed.stderr
        reports.append(failed.stderr)
    assert reports[0] == reports[1].replace("cold", "output")
    assert f"{EDITED}.md: area: " in reports[0]
    assert tree(tmp_path / "output") == ours
