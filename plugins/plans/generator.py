"""Plans, their cronogramas and budgets, the transparency hub and their data.

Pages: ``transparencia/`` (each plan once, those in effect first), each plan, its cronograma, and a
combined cronograma of every plan per year. Data: each cronograma and budget
as CSV and JSON, and every plan in the transparency platform's format.
"""

from __future__ import annotations

import dataclasses
from zoneinfo import ZoneInfo

from bulletins.embargo import embargo_clock, note_change_at
from content_schema.generator import KindGenerator, group_by
from open_data.datasets import YEARLY, Dataset, write_table

from .history import file_trail
from .hub import hub_groups
from .loader import load_plan
from .opendata import (
    check_transparency_fields,
    publish_document,
    publish_plan_data,
    transparency_table,
)


class PlansGenerator(KindGenerator):
    kind_key = "plan"

    def load(self, path, markdown):
        return load_plan(path, self.settings, self.report, markdown)

    def prepare(self, loaded):
        settings = self.settings
        zone = ZoneInfo(settings["TIMEZONE"])
        for problem in check_transparency_fields(settings["TRANSPARENCY_PROGRAM_FIELDS"]):
            self.report.add("pelicanconf.py", "TRANSPARENCY_PROGRAM_FIELDS", problem)
        plans = [plan for plan in loaded if plan.status != "draft"]
        for plan in plans:
            plan.git_trail = self._trail(plan, zone)
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
        self.current_month = (now.year, now.month)

    def _trail(self, plan, zone) -> list:
        """The commits of the plan's file, for the technical trail (GIT_TRAIL)."""
        if not self.settings["GIT_TRAIL"]:
            return []
        pattern = self.settings["REPOSITORY_COMMIT_URL"]
        return [
            dataclasses.replace(
                c,
                date=c.date.astimezone(zone),
                url=pattern.format(commit=c.commit) if pattern else "",
            )
            for c in file_trail(plan.source_path)
        ]

    def plans_by_year(self) -> list[tuple[int, list]]:
        """A plan of several years is listed under each of them."""
        spans = [(year, plan) for plan in self.plans for year in plan.years]
        return [
            (year, [plan for _, plan in pairs])
            for year, pairs in group_by(spans, lambda pair: pair[0])
        ]

    def generate_output(self, writer):
        for plan in self.plans:
            plan.document_size = publish_document(plan, self.output_path)
            plan_sets = publish_plan_data(plan, self.output_path)
            self.add_datasets(plan_sets)
            common = {"plan": plan, "plan_datasets": plan_sets}
            changed = plan.updated
            self.write_page(writer, plan.url, "plan", changed, **common)
            self.write_page(writer, plan.cronograma_url, "cronograma", changed, **common)
        years = self.plans_by_year()
        for year, plans in years:
            self.write_page(
                writer, f"transparencia/cronograma/{year}/", "cronograma_year",
                year=year, year_plans=plans,
            )  # fmt: skip
        self.write_page(
            writer, "transparencia/", "transparency",
            plan_groups=hub_groups(self.plans, self.current_month),
            cronograma_years=[year for year, _ in years],
            transparency_dataset=self._transparency_dataset(),
        )  # fmt: skip

    def _transparency_dataset(self) -> Dataset | None:
        if not self.plans:
            return None
        fields = self.settings["TRANSPARENCY_PROGRAM_FIELDS"]
        columns, rows = transparency_table(self.plans, fields, self.settings["PORTAL_URL"])
        document = {"formato": "Programa anual de comunicación social", "registros": [
            dict(zip([c.name for c in columns], row, strict=True)) for row in rows
        ]}  # fmt: skip
        first = min(p.first_month for p in self.plans)
        last = max(p.last_month for p in self.plans)
        path = self.kind.dataset_path("transparency_format")
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
            updated=max(p.updated for p in self.plans),
            page_url="transparencia/",
            keywords=["transparencia", "programa anual", "comunicación social"],
            files=write_table(self.output_path, path, columns, rows, document),
            periodicity=YEARLY,
        )
        self.add_datasets([dataset])
        return dataset
