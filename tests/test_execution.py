"""The execution matrix against a hand-worked expectation, on a small built site.

Plan (January to April 2021):
  a: planned January to March;   b: planned February and April.
Reports: January executes a (evidence: a bulletin) and b; February executes
b; March executes nothing; April has no report yet.

Worked by hand:
        ene        feb      mar      abr        %
  a     done       missed   missed   none       1 of 3 planned-and-reported = 33.3
  b     unplanned  done     idle     pending    1 of 1                     = 100.0
  month 100.0      50.0     0.0      —          total 2 of 4 = 50.0
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import Site, run_build

pytestmark = pytest.mark.site

PLAN = """---
title: "Plan de prueba"
period: "2021-01 a 2021-04"
area: comunicacion
summary: "Dos actividades."
approved: 2021-01-04
activities:
  - id: a
    name: "Actividad A"
    months: "2021-01 a 2021-03"
  - id: b
    name: "Actividad B"
    months: ["2021-02", "2021-04"]
---
Texto.
"""

BULLETIN = """---
title: "Boletín de enero"
date: 2021-01-10 10:00
area: comunicacion
summary: "Evidencia."
---
Texto.
"""


def report(month: str, executed: str) -> str:
    return f'---\nmonth: {month}\nsummary: "Informe."\n{executed}---\nTexto.\n'


def test_matrix_matches_the_hand_worked_expectation(tmp_path):
    content = tmp_path / "content"
    (content / "planes").mkdir(parents=True)
    (content / "planes" / "plan-prueba.md").write_text(PLAN, encoding="utf-8")
    (content / "boletines" / "2021").mkdir(parents=True)
    (content / "boletines" / "2021" / "2021-01-10-enero.md").write_text(BULLETIN, "utf-8")
    reports = content / "informes" / "2021"
    reports.mkdir(parents=True)
    (reports / "2021-01.md").write_text(
        report(
            "2021-01",
            "executed:\n  - activity: plan-prueba/a\n    evidence: [2021-01-10-enero]\n"
            "  - activity: plan-prueba/b\n",
        ),
        encoding="utf-8",
    )
    (reports / "2021-02.md").write_text(
        report("2021-02", "executed:\n  - activity: plan-prueba/b\n"), encoding="utf-8"
    )
    (reports / "2021-03.md").write_text(report("2021-03", ""), encoding="utf-8")
    result = run_build(tmp_path / "output", content=content, cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    site = Site(tmp_path / "output")

    page = site.html("transparencia/planes/plan-prueba/cumplimiento/")
    (table,) = page.select("table.execution-table")
    body = {
        row.th.get_text(strip=True): [
            td["class"][0].removeprefix("state-") for td in row.select("td")
        ]
        for row in table.select("tbody tr")
    }
    assert body["Actividad A"][:4] == ["done", "missed", "missed", "none"]
    assert body["Actividad B"][:4] == ["unplanned", "done", "idle", "pending"]
    percents = {
        row.th.get_text(strip=True): row.select("td")[-1].get_text(strip=True)
        for row in table.select("tbody tr")
    }
    assert percents == {"Actividad A": "33.3 %", "Actividad B": "100.0 %"}
    foot = [td.get_text(strip=True) for td in table.select("tfoot td")]
    assert foot == ["100.0 %", "50.0 %", "0.0 %", "—", "50.0 %"]
    january_a = table.select("tbody tr")[0].select("td")[0]
    hrefs = [a["href"] for a in january_a.select("a")]
    assert any(h.endswith("transparencia/informes/2021/enero/") for h in hrefs)
    assert any(h.endswith("boletines/2021/enero/") for h in hrefs)
    assert (
        "Realizada sin estar planeada (1)"
        in page.select_one(".execution-legend").get_text()
    )
    assert "se realizó el 50.0 % de lo planeado" in page.select_one(".lead").get_text()

    # The published data says the states in Spanish (the page's classes are code).
    text = site.file("datos/planes/plan-prueba/cumplimiento.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    assert rows == [
        ["id", "actividad", "2021-01", "2021-02", "2021-03", "2021-04", "porcentaje"],
        ["a", "Actividad A", "cumplida", "no-cumplida", "no-cumplida", "sin-informe", "33.3"],
        ["b", "Actividad B", "realizada-sin-planear", "cumplida", "no-planeada", "pendiente",
         "100.0"],
    ]  # fmt: skip
    data = json.loads(site.text("datos/planes/plan-prueba/cumplimiento.json"))
    assert data["actividades"][0]["meses"]["2021-02"] == "no-cumplida"
    assert data["estados"]["pendiente"] == "planeada, sin informe del mes"
