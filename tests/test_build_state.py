"""A build whose inputs did not change is skipped in well under a second; any
change to content, theme, settings or the clock's boundaries builds again."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from zoneinfo import ZoneInfo

import pytest

from conftest import run_build

pytestmark = pytest.mark.site

MX = ZoneInfo("America/Mexico_City")
SKIPPED = "Sin cambios desde la última construcción"
BULLETIN = """---
title: "{title}"
date: {date}
area: salud
summary: "Resumen."
---
Texto.
"""


def make_content(tmp_path):
    folder = tmp_path / "content" / "boletines" / "2021"
    folder.mkdir(parents=True)
    (folder / "2021-03-01-feria.md").write_text(
        BULLETIN.format(title="Feria", date="2021-03-01 10:00"), encoding="utf-8"
    )
    (folder / "2021-05-01-futuro.md").write_text(
        BULLETIN.format(title="Futuro", date="2021-05-01 09:00"), encoding="utf-8"
    )
    return tmp_path / "content"


def build(tmp_path, content, **sets):
    sets.setdefault("EMBARGO_NOW", "2021-04-01T10:00")
    return run_build(
        tmp_path / "output",
        content=content,
        cache=tmp_path / "cache",
        sets=sets,
        quiet=False,
    )


def test_unchanged_inputs_skip_the_build_and_any_change_builds(tmp_path):
    content = make_content(tmp_path)
    assert build(tmp_path, content).returncode == 0
    state = json.loads((tmp_path / ".output-state.json").read_text(encoding="utf-8"))
    # the first moment the output changes by time alone: the veda of 2021 starts
    # (pelicanconf.py) before the embargoed bulletin's date (2021-05-01 09:00)
    assert dt.datetime.fromisoformat(state["valid_until"]) == dt.datetime(
        2021, 4, 4, 0, 0, tzinfo=MX
    )

    again = build(tmp_path, content)
    assert again.returncode == 0 and SKIPPED in again.stdout

    (content / "boletines" / "2021" / "2021-03-01-feria.md").write_text(
        BULLETIN.format(title="Feria del empleo", date="2021-03-01 10:00"), encoding="utf-8"
    )
    edited = build(tmp_path, content)
    assert SKIPPED not in edited.stdout and "Sitio listo" in edited.stdout
    assert (
        "Feria del empleo"
        in (tmp_path / "output/boletines/2021/feria/index.html").read_text()
    )

    assert SKIPPED in build(tmp_path, content).stdout
    later = build(tmp_path, content, EMBARGO_NOW="2021-04-02T10:00")  # another setting
    assert SKIPPED not in later.stdout

    (tmp_path / "output" / "index.html").unlink()
    shutil.rmtree(tmp_path / "output")
    rebuilt = build(tmp_path, content, EMBARGO_NOW="2021-04-02T10:00")
    assert SKIPPED not in rebuilt.stdout and (tmp_path / "output" / "index.html").is_file()


def test_failed_build_forgets_the_state(tmp_path):
    content = make_content(tmp_path)
    assert build(tmp_path, content).returncode == 0
    bad = content / "boletines" / "2021" / "2021-03-02-mal.md"
    bad.write_text("---\ntitle: Mal\n---\nTexto.\n", encoding="utf-8")
    assert build(tmp_path, content).returncode == 2
    bad.unlink()  # back to the inputs of the last good build
    restored = build(tmp_path, content)
    assert restored.returncode == 0 and SKIPPED not in restored.stdout


def test_a_new_commit_builds_again(tmp_path):
    """Plan pages show their git history: a commit that changes no file still
    changes the site, so it is not skipped."""
    import shutil
    import subprocess

    content = make_content(tmp_path)

    def git(*args):
        subprocess.run(
            [shutil.which("git"), "-C", str(tmp_path), *args],
            check=True,
            capture_output=True,
            env={
                "GIT_AUTHOR_NAME": "Prueba",
                "GIT_AUTHOR_EMAIL": "prueba@example.org",
                "GIT_COMMITTER_NAME": "Prueba",
                "GIT_COMMITTER_EMAIL": "prueba@example.org",
                "HOME": str(tmp_path),
            },
        )

    git("init", "-q")
    git("add", "content")
    git("commit", "-q", "-m", "Contenido")
    assert build(tmp_path, content).returncode == 0
    assert SKIPPED in build(tmp_path, content).stdout
    git("commit", "-q", "--allow-empty", "-m", "Corrección del historial")
    assert SKIPPED not in build(tmp_path, content).stdout
