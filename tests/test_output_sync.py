"""A rebuild leaves unchanged files in output/ untouched, modification time
included, so a sync to the server sends only what changed."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import ROOT, run_build

pytestmark = pytest.mark.site


def stamps(folder):
    return {
        str(p.relative_to(folder)): p.stat().st_mtime_ns
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_rebuild_touches_only_what_changed(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    output, cache = tmp_path / "output", tmp_path / "cache"
    first = run_build(output, content=content, cache=cache, quiet=False)
    assert first.returncode == 0, first.stderr
    before = stamps(output)
    old = 1_600_000_000_000_000_000
    for path in output.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(old, old))

    again = run_build(output, content=content, cache=cache, quiet=False)
    assert again.returncode == 0, again.stderr
    assert "Sin cambios desde la última construcción" in again.stdout
    # every page rendered again, the search index rebuilt: still nothing touched
    forced = run_build(output, content=content, cache=cache, quiet=False, force=True)
    assert forced.returncode == 0, forced.stderr
    after = stamps(output)
    assert set(after) == set(before)
    assert [p for p, t in after.items() if t != old] == []

    bulletin = content / "boletines" / "2021" / "2021-05-19-separacion-residuos-colonias.md"
    bulletin.write_text(
        bulletin.read_text(encoding="utf-8") + "\nPárrafo agregado en la prueba.\n",
        encoding="utf-8",
    )
    edited = run_build(output, content=content, cache=cache, quiet=False)
    assert edited.returncode == 0, edited.stderr
    changed = {p for p, t in stamps(output).items() if t != old}
    assert "boletines/2021/separacion-residuos-colonias/index.html" in changed
    assert "boletines/2021/sesion-publica-cabildo/index.html" not in changed
    assert any(p.startswith("pagefind/fragment/") for p in changed)  # the search entry
    assert len(changed) < len(after) / 10, sorted(changed)

    bulletin.unlink()
    removed = run_build(output, content=content, cache=cache, quiet=False)
    assert removed.returncode == 0, removed.stderr
    assert not (output / "boletines/2021/separacion-residuos-colonias").exists()
    assert not list(tmp_path.glob(".output-staging*"))
