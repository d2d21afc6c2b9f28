"""Monthly reports: their pages, indicators over time and plan execution.

The names a report uses are resolved by the linking pass; plan execution is
computed after it (``after_linking``), from the plans in the context.
"""

from __future__ import annotations

from content_schema.generator import KindGenerator, group_by

from .execution import LABELS, execution_matrix
from .feed import report_feed_items, write_report_feeds
from .links import check_one_per_month
from .loader import load_report
from .opendata import publish_execution, publish_report, publish_series
from .series import compute_changes, indicators


class ReportsGenerator(KindGenerator):
    kind_key = "report"

    def load(self, path, markdown):
        return load_report(path, self.settings, self.report, markdown)

    def prepare(self, loaded):
        check_one_per_month(loaded, self.settings, self.report)
        reports = sorted(
            (r for r in loaded if r.valid and r.status != "draft"),
            key=lambda r: r.month,
            reverse=True,
        )
        compute_changes(reports, self.settings, self.report)
        self.reports = reports
        self.context["reports"] = reports
        self.indicators = indicators(reports)

    def after_linking(self):
        """Plan execution needs each report's evidence, linked by now."""
        self.matrices = [
            execution_matrix(p, self.reports) for p in self.context.get("plans", [])
        ]
        for matrix in self.matrices:
            matrix.plan.execution = matrix

    def generate_output(self, writer):
        for report in self.reports:
            report.datasets = [publish_report(report, self.output_path)]
            self.add_datasets(report.datasets)
            self.write_page(writer, report.url, "report", report.updated, report=report)
        years = group_by(self.reports, lambda r: r.month[0])
        for year, reports in years:
            self.write_page(
                writer, f"transparencia/informes/{year}/", "reports", year=year,
                years=years, year_reports=reports,
            )  # fmt: skip
        self.write_page(
            writer, "transparencia/informes/", "reports", year=None, years=years,
            year_reports=self.reports,
        )  # fmt: skip
        if self.reports:
            series_set = publish_series(self.indicators, self.reports, self.output_path)
            self.add_datasets([series_set])
            self.write_page(
                writer, "transparencia/indicadores/", "indicators",
                indicators=self.indicators, series_dataset=series_set,
            )  # fmt: skip
        for matrix in self.matrices:
            matrix.dataset = publish_execution(matrix, self.output_path)
            self.add_datasets([matrix.dataset])
            self.write_page(
                writer, f"{matrix.plan.url}cumplimiento/", "execution", matrix=matrix,
                plan=matrix.plan, state_labels=LABELS,
            )  # fmt: skip
        write_report_feeds(self.reports, self.settings, self.output_path)
        self.add_feed_items(report_feed_items(self.reports, self.settings))
