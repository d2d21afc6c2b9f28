"""Monthly reports: their pages, indicators over time and plan execution.

Runs after the galleries and plans generators (PLUGINS order), so the names
a report uses can be checked against them while reading.
"""

from __future__ import annotations

from collections import defaultdict

from pelican.generators import Generator

from content_schema.errors import report_for
from content_schema.reading import display_path, markdown_for
from content_schema.references import DRAFT, PUBLISHED, Entry
from open_data.datasets import datasets_of

from .execution import LABELS, execution_matrix
from .feed import report_feed_items, write_report_feeds
from .links import check_one_per_month
from .loader import load_report, report_files
from .opendata import publish_execution, publish_report, publish_series
from .series import compute_changes, indicators

SITE_FEED_ITEMS = "site_feed_items"


class ReportsGenerator(Generator):
    def generate_context(self):
        settings = self.settings
        markdown = markdown_for(settings)
        problems = report_for(settings)
        loaded = [
            r
            for path in report_files(self.path)
            if (r := load_report(path, settings, problems, markdown)) is not None
        ]
        check_one_per_month(loaded, settings, problems)
        self.entries = [
            Entry(r, "report", DRAFT if r.status == "draft" else PUBLISHED,
                  display_path(r.source_path, settings))
            for r in loaded
        ]  # fmt: skip
        reports = sorted(
            (r for r in loaded if r.valid and r.status != "draft"),
            key=lambda r: r.month,
            reverse=True,
        )
        compute_changes(reports, settings, problems)
        self.reports = reports
        self.context["reports"] = reports
        self.indicators = indicators(reports)

    def content_entries(self) -> list[Entry]:
        return self.entries

    def after_linking(self):
        """Plan execution needs each report's evidence, linked by now."""
        self.matrices = [
            execution_matrix(p, self.reports) for p in self.context.get("plans", [])
        ]
        for matrix in self.matrices:
            matrix.plan.execution = matrix

    def generate_output(self, writer):
        relative = self.settings["RELATIVE_URLS"]
        datasets = datasets_of(self.context)
        by_year = defaultdict(list)
        for report in self.reports:
            by_year[report.month[0]].append(report)
            report.datasets = [publish_report(report, self.output_path)]
            datasets.extend(report.datasets)
            writer.write_file(
                report.url + "index.html", self.get_template("report"), self.context,
                relative, url=report.url, report=report,
            )  # fmt: skip
        years = sorted(by_year.items(), reverse=True)
        for year, reports in years:
            writer.write_file(
                f"transparencia/informes/{year}/index.html", self.get_template("reports"),
                self.context, relative, url=f"transparencia/informes/{year}/",
                year=year, years=years, year_reports=reports,
            )  # fmt: skip
        writer.write_file(
            "transparencia/informes/index.html", self.get_template("reports"), self.context,
            relative, url="transparencia/informes/", year=None, years=years,
            year_reports=self.reports,
        )  # fmt: skip
        if self.reports:
            series_set = publish_series(self.indicators, self.reports, self.output_path)
            datasets.append(series_set)
            writer.write_file(
                "transparencia/indicadores/index.html", self.get_template("indicators"),
                self.context, relative, url="transparencia/indicadores/",
                indicators=self.indicators, series_dataset=series_set,
            )  # fmt: skip
        for matrix in self.matrices:
            matrix.dataset = publish_execution(matrix, self.output_path)
            datasets.append(matrix.dataset)
            writer.write_file(
                f"{matrix.plan.url}cumplimiento/index.html", self.get_template("execution"),
                self.context, relative, url=f"{matrix.plan.url}cumplimiento/",
                matrix=matrix, plan=matrix.plan, state_labels=LABELS,
            )  # fmt: skip
        write_report_feeds(self.reports, self.settings, self.output_path)
        self.context.setdefault(SITE_FEED_ITEMS, []).extend(
            report_feed_items(self.reports, self.settings)
        )
