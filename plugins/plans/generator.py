"""Plans, their cronogramas and budgets, the transparency hub and their data.

Pages: ``transparencia/`` (plans by year), each plan, its cronograma, and a
combined cronograma of every plan per year. Data: each cronograma and budget
as CSV and JSON, and every plan in the transparency platform's format.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from zoneinfo import ZoneInfo

from pelican.generators import Generator

from bulletins.embargo import embargo_clock, note_change_at
from content_schema.errors import report_for
from content_schema.reading import display_path, markdown_for
from content_schema.references import DRAFT, PUBLISHED, Entry
from open_data.datasets import Dataset, datasets_of, write_table

from .history import file_history
from .loader import load_plan, plan_files
from .model import MONTH_ABBR
from .opendata import check_transparency_fields, publish_plan_data, transparency_table

TRANSPARENCY_DATA = "datos/transparencia/programa-anual-comunicacion"


class PlansGenerator(Generator):
    def generate_context(self):
        settings = self.settings
        markdown = markdown_for(settings)
        report = report_for(settings)
        zone = ZoneInfo(settings["TIMEZONE"])
        for problem in check_transparency_fields(settings["TRANSPARENCY_PROGRAM_FIELDS"]):
            report.add("pelicanconf.py", "TRANSPARENCY_PROGRAM_FIELDS", problem)
        plans, self.entries = [], []
        for path in plan_files(self.path):
            plan = load_plan(path, settings, report, markdown)
            if plan is None:
                continue
            state = DRAFT if plan.status == "draft" else PUBLISHED
            self.entries.append(Entry(plan, "plan", state, display_path(path, settings)))
            if state == DRAFT:
                continue
            plan.history = [
                dataclasses.replace(c, date=c.date.astimezone(zone))
                for c in file_history(path)
            ]
            plans.append(plan)
        plans.sort(key=lambda p: (p.first_month, p.title), reverse=True)
        self.plans = plans
        now = embargo_clock(settings)
        if plans:  # the cronogramas mark the current month
            year, month = (
                (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
            )
            note_change_at(settings, now.replace(year=year, month=month, day=1, hour=0,
                                                 minute=0, second=0, microsecond=0))  # fmt: skip
        self.context["plans"] = plans
        self.context["current_month"] = (now.year, now.month)
        self.context["month_abbr"] = MONTH_ABBR

    def content_entries(self) -> list[Entry]:
        return self.entries

    def plans_by_year(self) -> list[tuple[int, list]]:
        by_year = defaultdict(list)
        for plan in self.plans:
            for year in plan.years:
                by_year[year].append(plan)
        return sorted(by_year.items(), reverse=True)

    def generate_output(self, writer):
        relative = self.settings["RELATIVE_URLS"]
        datasets = datasets_of(self.context)
        for plan in self.plans:
            plan_sets = publish_plan_data(plan, self.output_path)
            datasets.extend(plan_sets)
            common = {"plan": plan, "plan_datasets": plan_sets}
            writer.write_file(
                plan.url + "index.html", self.get_template("plan"), self.context,
                relative, url=plan.url, **common,
            )  # fmt: skip
            writer.write_file(
                plan.cronograma_url + "index.html", self.get_template("cronograma"),
                self.context, relative, url=plan.cronograma_url, **common,
            )  # fmt: skip
        years = self.plans_by_year()
        for year, plans in years:
            writer.write_file(
                f"transparencia/cronograma/{year}/index.html",
                self.get_template("cronograma_year"), self.context, relative,
                url=f"transparencia/cronograma/{year}/", year=year, year_plans=plans,
            )  # fmt: skip
        transparency = self._transparency_dataset()
        writer.write_file(
            "transparencia/index.html", self.get_template("transparency"), self.context,
            relative, url="transparencia/", plans_by_year=years,
            transparency_dataset=transparency,
        )  # fmt: skip

    def _transparency_dataset(self) -> Dataset | None:
        if not self.plans:
            return None
        fields = self.settings["TRANSPARENCY_PROGRAM_FIELDS"]
        header, rows = transparency_table(self.plans, fields, self.settings["PORTAL_URL"])
        document = {"formato": "Programa anual de comunicación social", "registros": [
            dict(zip(header, row, strict=True)) for row in rows
        ]}  # fmt: skip
        first = min(p.first_month for p in self.plans)
        last = max(p.last_month for p in self.plans)
        updates = [p.updated.date() for p in self.plans if p.updated]
        dataset = Dataset(
            slug="programa-anual-comunicacion",
            title="Programa anual de comunicación social (formato de transparencia)",
            description=(
                "Un registro por plan y ejercicio con las columnas del formato de la "
                "Plataforma Nacional de Transparencia: ejercicio, periodo, documento, "
                "fecha de aprobación, hipervínculo, área responsable, fechas de "
                "validación y actualización, y nota."
            ),
            temporal=f"{first[0]:04d}-{first[1]:02d}/{last[0]:04d}-{last[1]:02d}",
            period_label=f"{first[0]}-{last[0]}" if first[0] != last[0] else str(first[0]),
            updated=max(updates) if updates else None,
            page_url="transparencia/",
            keywords=["transparencia", "programa anual", "comunicación social"],
            files=write_table(self.output_path, TRANSPARENCY_DATA, header, rows, document),
        )
        datasets_of(self.context).append(dataset)
        return dataset
