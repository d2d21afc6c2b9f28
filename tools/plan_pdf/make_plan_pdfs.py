"""Make the sample plans' approved documents (PDF) from the plans' own text,
and the sample Informe de Gobierno's document from its axes and achievements.

The real office publishes the document its Cabildo approved; the samples in
content/planes/ have none, so this draws one per plan from its Markdown: the
title, period, approval, summary, body, activities and budget. Run by hand
when a sample plan's text changes; the PDFs are committed and the build only
copies them (it never makes a PDF):

    .venv/bin/python tools/plan_pdf/make_plan_pdfs.py [content/planes/x.md …]

fpdf2 (requirements-dev.txt) with its built-in Helvetica keeps each file at a
few kilobytes: no font is embedded, and Spanish fits in its Latin-1 set.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import yaml
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "content" / "planes"
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
# Characters outside Latin-1 that the samples use, as Helvetica can draw them.
PLAIN = str.maketrans({"–": "-", "—": "-", "…": "...", "“": '"', "”": '"', "‘": "'",
                       "’": "'", "•": "-"})  # fmt: skip


def latin1(text: str) -> str:
    text = str(text).translate(PLAIN)
    return text.encode("latin-1", "replace").decode("latin-1")


def split_front_matter(path: Path) -> tuple[dict, str]:
    _, header, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(header), body


def long_date(value: dt.date) -> str:
    return f"{value.day} de {MONTHS[value.month - 1]} de {value.year}"


class PlanDocument(FPDF):
    def __init__(self, title: str):
        super().__init__(format="Letter")
        self.plan_title = title
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.set_title(latin1(title))
        self.set_author("Coordinación de Comunicación Social")
        self.set_lang("es-MX")

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, latin1(f"{self.plan_title} · página {self.page_no()}"), align="C")

    def heading(self, text: str, size: int = 12):
        self.ln(2)
        self.set_font("Helvetica", "B", size)
        self.multi_cell(0, 6, latin1(text))
        self.ln(1)

    def paragraph(self, text: str, size: int = 10):
        self.set_font("Helvetica", size=size)
        self.multi_cell(0, 5, latin1(text))
        self.ln(1.5)


def body_blocks(body: str):
    """(kind, text) of each Markdown block: heading, item or paragraph."""
    for block in re.split(r"\n\s*\n", body.strip()):
        for line in (
            block.splitlines() if block.lstrip().startswith(("-", "1.")) else [block]
        ):
            line = " ".join(line.split())
            if line.startswith("#"):
                yield "heading", line.lstrip("# ")
            elif re.match(r"^(-|\d+\.)\s", line):
                yield "item", line
            elif line:
                yield "paragraph", line


def make_pdf(source: Path) -> Path:
    meta, body = split_front_matter(source)
    pdf = PlanDocument(meta["title"])
    pdf.set_creation_date(dt.datetime.combine(meta["approved"], dt.time(), dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, latin1("H. Ayuntamiento de San Isidro del Monte · Coordinación de "
                          "Comunicación Social"), new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.heading(meta["title"], 16)
    pdf.paragraph(f"Periodo: {meta['period']}. Aprobado el {long_date(meta['approved'])}.")
    pdf.paragraph(meta["summary"], 11)
    for kind, text in body_blocks(body):
        if kind == "heading":
            pdf.heading(text)
        elif kind == "item":
            pdf.paragraph(re.sub(r"^-\s", "- ", text), 9)
        else:
            pdf.paragraph(text, 9)
    pdf.heading("Actividades y calendario")
    for activity in meta["activities"]:
        pdf.paragraph(f"- {activity['name']} ({activity['months']}).", 9)
    budget = meta.get("budget")
    if budget:
        pdf.heading("Presupuesto")
        for concept in budget["concepts"]:
            pdf.paragraph(
                f"{concept['name']}: ${concept['amount']} {budget['currency']}", 9
            )
        pdf.paragraph(f"Total: ${budget['total']} {budget['currency']}", 9)
    target = source.with_suffix(".pdf")
    pdf.output(str(target))
    return target


def make_government_report_pdf(source: Path) -> Path:
    """The Informe de Gobierno's document, from its axes and achievements."""
    meta, body = split_front_matter(source)
    pdf = PlanDocument(meta["title"])
    presented = (
        meta["date"]
        if isinstance(meta["date"], dt.datetime)
        else dt.datetime.fromisoformat(str(meta["date"]))
    )
    pdf.set_creation_date(presented.replace(tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, latin1("H. Ayuntamiento de San Isidro del Monte"),
             new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.heading(meta["title"], 16)
    pdf.paragraph(f"Presentado el {long_date(presented.date())} ante el Cabildo: "
                  f"{meta['session']['place']}.")  # fmt: skip
    pdf.paragraph(meta["summary"], 11)
    for _, text in body_blocks(body):
        pdf.paragraph(text, 9)
    for number, axis in enumerate(meta["axes"], start=1):
        pdf.heading(f"Eje {number}. {axis['name']}")
        for achievement in axis["achievements"]:
            pdf.paragraph(f"- {achievement['text']}", 9)
    target = source.with_name(meta["document"])
    pdf.output(str(target))
    return target


REPORTS = ROOT / "content" / "informe-de-gobierno"


def main(paths: list[str]) -> None:
    sources = [Path(p) for p in paths] or [*sorted(PLANS.glob("*.md")),
                                           *sorted(REPORTS.glob("*/index.md"))]  # fmt: skip
    for source in sources:
        maker = (
            make_government_report_pdf
            if "informe-de-gobierno" in source.parts
            else make_pdf
        )
        target = maker(source.resolve())
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
