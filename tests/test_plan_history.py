"""A plan's history from git, its warning on the build's output, and the
current month marked: built from a plan in a throwaway git repository."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from conftest import ROOT, Site, run_build

pytestmark = pytest.mark.site

PLAN = ROOT / "content" / "planes" / "plan-anual-comunicacion-e-imagen-2021.md"


def git(repo, *args, date=None):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Unidad de Transparencia",
        "GIT_AUTHOR_EMAIL": "transparencia@example.invalid",
        "GIT_COMMITTER_NAME": "Unidad de Transparencia",
        "GIT_COMMITTER_EMAIL": "transparencia@example.invalid",
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    subprocess.run(
        [shutil.which("git"), *args], cwd=repo, env=env, check=True, capture_output=True
    )


def test_history_warning_and_current_month(tmp_path):
    repo = tmp_path / "repo"
    planes = repo / "content" / "planes"
    planes.mkdir(parents=True)
    target = planes / PLAN.name
    shutil.copy(PLAN, target)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(
        repo,
        "commit",
        "-qm",
        "Publica el Plan Anual 2021",
        date="2021-01-19T10:00:00-06:00",
    )
    target.write_text(
        target.read_text(encoding="utf-8").replace("Honestidad", "Honradez"),
        encoding="utf-8",
    )
    git(repo, "commit", "-qam", "Corrige un valor", date="2021-03-02T16:30:00-06:00")

    result = run_build(
        tmp_path / "output",
        content=repo / "content",
        cache=tmp_path / "cache",
        sets={"EMBARGO_NOW": "2021-03-15T10:00"},
        quiet=False,
    )
    assert result.returncode == 0, result.stderr
    assert (
        f"aviso: content/planes/{PLAN.name}: budget.total: el total declarado "
        "($48,000,000.00) no coincide con la suma de los conceptos ($52,500,000.00); "
        "diferencia: -$4,500,000.00. Se publica así y la página lo señala"
    ) in result.stderr.splitlines()

    site = Site(tmp_path / "output")
    page = site.html(f"transparencia/planes/{PLAN.stem}/")
    changes = [li.get_text(" ", strip=True) for li in page.select("ol.history li")]
    assert len(changes) == 2
    assert changes[0].startswith("2 de marzo de 2021 : Corrige un valor")
    assert changes[1].startswith("19 de enero de 2021 : Publica el Plan Anual 2021")
    facts = page.select_one(".plan-facts").get_text(" ", strip=True)
    assert "Última modificación 2 de marzo de 2021" in facts

    cronograma = site.html(f"transparencia/planes/{PLAN.stem}/cronograma/")
    current = cronograma.select("table thead th.is-current")
    assert [th.abbr["title"] for th in current] == ["marzo de 2021"]
    assert "El mes actual (marzo de 2021)" in cronograma.select_one(".legend").get_text()
    assert len(cronograma.select(".timeline .is-current")) == 1 + 6  # header + each row

    rows = site.text("datos/transparencia/programa-anual-comunicacion.csv").splitlines()
    assert rows[1].split(",")[8] == "02/03/2021"  # Fecha de actualización


def test_outside_git_the_page_says_there_is_no_history(tmp_path):
    planes = tmp_path / "content" / "planes"
    planes.mkdir(parents=True)
    shutil.copy(PLAN, planes / PLAN.name)
    result = run_build(
        tmp_path / "output", content=tmp_path / "content", cache=tmp_path / "c"
    )
    assert result.returncode == 0, result.stderr
    page = Site(tmp_path / "output").html(f"transparencia/planes/{PLAN.stem}/")
    assert page.select_one("ol.history") is None
    assert (
        "aún no tiene cambios registrados"
        in page.select_one("#historial").parent.get_text()
    )
