"""A plan's «Historial de cambios» is what staff wrote, its dates are the
content's own, and git is only the technical trail underneath: built from a
plan in a throwaway git repository whose commits say something else, at
other dates, than the plan's history."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from conftest import ROOT, Site, run_build

pytestmark = pytest.mark.site

PLAN = ROOT / "content" / "planes" / "plan-anual-comunicacion-e-imagen-2021.md"
PAGE = f"transparencia/planes/{PLAN.stem}/"
SUBJECT = "Plans: content/planes with period, activities and budget"
STAFF_TEXT = [  # the sample plan's history, oldest first
    "11 de enero de 2021 : Se aprobó en la sesión ordinaria de Cabildo del 11 de "
    "enero de 2021.",
    "18 de enero de 2021 : La Unidad de Transparencia validó el plan para su publicación.",
    "14 de junio de 2021 : Se ajustó el presupuesto de la campaña de vacunación "
    "contra COVID-19: parte de la publicidad impresa pasó a publicidad en radio; el "
    "total aprobado no cambió.",
]


def git(repo, *args, date=None) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Unidad de Transparencia",
        "GIT_AUTHOR_EMAIL": "transparencia@example.invalid",
        "GIT_COMMITTER_NAME": "Unidad de Transparencia",
        "GIT_COMMITTER_EMAIL": "transparencia@example.invalid",
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    done = subprocess.run(
        [shutil.which("git"), *args], cwd=repo, env=env, check=True, capture_output=True
    )
    return done.stdout.decode().strip()


def plan_repo(tmp_path):
    """The sample plan committed with an engineer's subject, in November 2026."""
    repo = tmp_path / "repo"
    planes = repo / "content" / "planes"
    planes.mkdir(parents=True)
    target = planes / PLAN.name
    shutil.copy(PLAN, target)
    shutil.copy(PLAN.with_suffix(".pdf"), planes)  # its document field names it
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", SUBJECT, date="2026-11-22T18:05:00-06:00")
    return repo, target


def build(tmp_path, repo, name, **sets):
    output = tmp_path / name
    result = run_build(
        output,
        content=repo / "content",
        cache=tmp_path / f"{name}-cache",
        sets={"EMBARGO_NOW": "2021-07-15T10:00", **sets},
        quiet=False,
    )
    assert result.returncode == 0, result.stderr
    assert (  # the plan publishes with its warning, on the build's output
        f"aviso: content/planes/{PLAN.name}: budget.total: el total declarado "
        "($48,000,000.00) no coincide con la suma de los conceptos ($52,500,000.00); "
        "diferencia: -$4,500,000.00. Se publica así y la página lo señala"
    ) in result.stderr.splitlines()
    return Site(output)


def dates_of(site: Site) -> dict:
    """Every place the plan's last change shows, as the build wrote it."""
    page = site.html(PAGE)
    facts = page.select_one(".plan-facts")
    modified = facts.find("dt", string="Última modificación").find_next("dd")
    ld = json.loads(page.select_one('script[type="application/ld+json"]').string)
    catalogue = json.loads(site.text("datos/catalogo.json"))
    updated = {d["id"]: d["actualizado"] for d in catalogue["conjuntos"]}
    datos = site.html("datos/")
    entry = datos.select_one(f"#{PLAN.stem}-cronograma")
    shown = entry.find("dt", string="Actualizado").find_next("dd").time["datetime"]
    rows = site.text("datos/transparencia/programa-anual-comunicacion.csv").splitlines()
    row = next(r for r in rows if PLAN.stem in r)
    sitemap = site.text("sitemap.xml")
    lastmod = sitemap.split(f"/{PAGE}</loc>", 1)[1].split("</lastmod>", 1)[0]
    return {
        "sitemap": lastmod.rsplit(">", 1)[1],
        "page": modified.time["datetime"],
        "json_ld": ld["dateModified"],
        "cronograma": updated[f"{PLAN.stem}-cronograma"],
        "presupuesto": updated[f"{PLAN.stem}-presupuesto"],
        "datos_page": shown[:10],
        "transparency_csv": row.split(",")[8],
    }


def test_history_is_the_staff_text_and_dates_are_the_contents(tmp_path):
    repo, target = plan_repo(tmp_path)
    site = build(tmp_path, repo, "first")
    page = site.html(PAGE)

    section = page.select_one("#historial").parent
    entries = [li.get_text(" ", strip=True) for li in section.select("ol.history li")]
    assert entries == STAFF_TEXT
    assert SUBJECT not in page.decode() and "Plans:" not in section.get_text()
    trail = section.select_one("details.git-trail")
    assert trail.summary.get_text(strip=True) == "Registro técnico del repositorio"
    head = git(repo, "rev-parse", "HEAD")
    assert [c.get_text() for c in trail.select("code")] == [head[:7]]
    assert trail.select("a") == []  # no REPOSITORY_COMMIT_URL: plain text
    assert "22 de noviembre de 2026" in trail.get_text()  # the commit's date, only here

    expected = {
        "sitemap": "2021-06-14",
        "page": "2021-06-14",
        "json_ld": "2021-06-14",
        "cronograma": "2021-06-14",
        "presupuesto": "2021-06-14",
        "datos_page": "2021-06-14",
        "transparency_csv": "14/06/2021",
    }
    assert dates_of(site) == expected
    assert "22 de noviembre de 2026" not in page.select_one(".plan-facts").get_text()

    # A later commit touching the file (a typo fixed in the body) changes the
    # trail, not the plan's dates: its content's history says nothing new.
    target.write_text(
        target.read_text(encoding="utf-8").replace("Honestidad", "Honradez"),
        encoding="utf-8",
    )
    git(repo, "commit", "-qam", "Fix typo in values", date="2026-12-01T09:00:00-06:00")
    later = build(
        tmp_path,
        repo,
        "second",
        REPOSITORY_COMMIT_URL="https://git.example.invalid/portal/commit/{commit}",
    )
    assert dates_of(later) == expected
    trail = later.html(PAGE).select_one("details.git-trail")
    newest = git(repo, "rev-parse", "HEAD")
    links = [a["href"] for a in trail.select("a")]
    assert links[0] == f"https://git.example.invalid/portal/commit/{newest}"
    assert len(links) == 2 and "Fix typo" not in later.text(PAGE + "index.html")

    # A history entry written by staff is what moves the dates.
    text = target.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4)
    target.write_text(
        text[:end]
        + '\n  - date: 2021-07-02\n    text: "Se agregó la campaña de prevención de '
        'incendios forestales."' + text[end:],
        encoding="utf-8",
    )
    third = build(tmp_path, repo, "third")
    moved = dates_of(third)
    assert set(moved.values()) == {"2021-07-02", "02/07/2021"}
    assert third.html(PAGE).select("ol.history li")[-1].get_text(" ", strip=True) == (
        "2 de julio de 2021 : Se agregó la campaña de prevención de incendios forestales."
    )


def test_outside_git_there_is_no_trail_and_without_history_the_approval(tmp_path):
    planes = tmp_path / "content" / "planes"
    planes.mkdir(parents=True)
    text = PLAN.read_text(encoding="utf-8")
    start = text.index("\nhistory:")
    end = text.index("\n---\n", 4)
    (planes / PLAN.name).write_text(text[:start] + text[end:], encoding="utf-8")
    shutil.copy(PLAN.with_suffix(".pdf"), planes)
    result = run_build(
        tmp_path / "output", content=tmp_path / "content", cache=tmp_path / "c"
    )
    assert result.returncode == 0, result.stderr
    site = Site(tmp_path / "output")
    page = site.html(PAGE)
    section = page.select_one("#historial").parent
    assert section.select_one("ol.history") is None
    assert section.select_one("details.git-trail") is None
    assert "no ha cambiado desde su aprobación" in section.get_text()
    assert dates_of(site)["page"] == "2021-01-11"  # approved


def test_current_month_is_marked_on_the_cronograma(tmp_path):
    repo, _ = plan_repo(tmp_path)
    site = build(tmp_path, repo, "out", EMBARGO_NOW="2021-03-15T10:00")
    cronograma = site.html(f"{PAGE}cronograma/")
    current = cronograma.select("table thead th.is-current")
    assert [th.abbr["title"] for th in current] == ["marzo de 2021"]
    assert "El mes actual (marzo de 2021)" in cronograma.select_one(".legend").get_text()
    assert len(cronograma.select(".timeline .is-current")) == 1 + 6  # header + each row
