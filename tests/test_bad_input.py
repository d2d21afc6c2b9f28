"""The bad-input corpus: every staff mistake gets its exact Spanish message,
a non-zero exit, no traceback, and output/ left exactly as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run_build

pytestmark = pytest.mark.site

CORPUS = Path(__file__).parent / "bad_input"
CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "expected.txt").is_file())


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def last_good_output(tmp_path) -> Path:
    output = tmp_path / "output"
    (output / "boletines").mkdir(parents=True)
    (output / "index.html").write_text("<p>el último sitio bueno</p>", encoding="utf-8")
    (output / "boletines" / "index.html").write_text("<p>lista</p>", encoding="utf-8")
    old = 1_600_000_000
    for path in output.rglob("*"):
        os.utime(path, (old, old))
    return output


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_reported_exactly(case, last_good_output, tmp_path):
    before = snapshot(last_good_output)
    result = run_build(
        last_good_output, content=CORPUS / case / "content", cache=tmp_path / "cache"
    )
    expected = (CORPUS / case / "expected.txt").read_text(encoding="utf-8").splitlines()

    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    count = len(expected)
    header = (
        "Se encontró 1 error de contenido; no se publicó nada:"
        if count == 1
        else f"Se encontraron {count} errores de contenido; no se publicó nada:"
    )
    assert lines[0] == header, result.stderr
    assert lines[1 : 1 + count] == expected
    assert lines[1 + count] == (
        "Corrija los archivos indicados y vuelva a intentarlo (make check o make html)."
    )
    assert snapshot(last_good_output) == before
    leftovers = [p.name for p in last_good_output.parent.iterdir() if p.name != "cache"]
    assert sorted(leftovers) == ["output"], "staging folder left behind"


def test_good_build_replaces_output(tmp_path, last_good_output):
    """The swap: a successful build leaves the new site and no stale file."""
    content = tmp_path / "content" / "boletines" / "2021"
    content.mkdir(parents=True)
    (content / "2021-03-01-feria.md").write_text(
        '---\ntitle: "Feria del empleo"\ndate: 2021-03-01 10:00\n'
        'area: desarrollo-social\nsummary: "Vacantes."\n---\nTexto.\n',
        encoding="utf-8",
    )
    result = run_build(last_good_output, content=tmp_path / "content", cache=tmp_path / "c")
    assert result.returncode == 0, result.stderr
    assert "el último sitio bueno" not in (last_good_output / "index.html").read_text()
    assert (last_good_output / "boletines/2021/feria/index.html").is_file()
    assert not any(p.name.startswith(".output-staging") for p in tmp_path.iterdir())
    assert (tmp_path / ".output-state.json").is_file()  # what the next build compares


def test_what_staff_write_is_published_as_written(tmp_path, last_good_output):
    """The controls of the corpus: a BOM and '--- ' with spaces (Notepad), a
    number with a leading zero, a '#' inside quotes, typographic quotes inside
    a quoted title, a comment on its own line: no false alarm, and the page
    says exactly what the file says."""
    content = tmp_path / "content" / "boletines" / "2021"
    content.mkdir(parents=True)
    (content / "2021-07-05-feria-del-empleo.md").write_text(
        "\ufeff---  \n"
        "# el número es el del oficio\n"
        'title: "Entregan becas “Estudiar para Crecer”"\n'
        "date: 2021-07-05 10:30\n"
        "area: desarrollo-social\n"
        'summary: "Arranca la Feria del empleo #EmpleoSanIsidro con 300 vacantes"\n'
        "number: 040\n"
        "---   \n"
        "Texto.\n",
        encoding="utf-8",
    )
    result = run_build(last_good_output, content=tmp_path / "content", cache=tmp_path / "c")
    assert result.returncode == 0, result.stderr
    page = (last_good_output / "boletines/2021/feria-del-empleo/index.html").read_text()
    assert "Boletín 040/2021" in page
    assert "Entregan becas “Estudiar para Crecer”" in page
    assert "Arranca la Feria del empleo #EmpleoSanIsidro con 300 vacantes" in page
