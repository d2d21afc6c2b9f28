"""The Informe de Gobierno: a page per year, the list of every year, the PDF
beside its page, the achievements as open data, and the promotion rule.

After the linking pass each achievement's evidence is gathered from its links
(``evidence``) and every bulletin, campaign and piece that names an informe it
promotes is held to the law's window (``promotion``).
"""

from __future__ import annotations

import os
import shutil

from bulletins.veda import read_vedas
from content_schema.generator import KindGenerator
from content_schema.reading import display_path

from .evidence import link_evidence
from .loader import load_government_report
from .opendata import publish_achievements
from .promotion import bulletin_promotions, campaign_promotions, problem

# Context keys Pelican's article generator and the publicity generator fill.
BULLETIN_LISTS = ("articles", "drafts", "held_articles")
CAMPAIGNS = "publicity_loaded_campaign"


class GovernmentReportGenerator(KindGenerator):
    kind_key = "government_report"

    def load(self, path, markdown):
        return load_government_report(path, self.settings, self.report, markdown)

    def prepare(self, loaded):
        reports = [r for r in loaded if r.status != "draft" and r.valid]
        for report in reports:  # set now: a bulletin that promotes it links it by value
            report.document_size = os.path.getsize(report.document)
        reports.sort(key=lambda r: r.year, reverse=True)
        self.reports = reports
        self.context["government_reports"] = reports

    def after_linking(self):
        for report in self.loaded:
            for achievement in report.achievements:
                link_evidence(achievement)
        self.check_promotions()

    def check_promotions(self) -> None:
        vedas = read_vedas(self.settings)
        seen, bulletins = set(), []
        for name in BULLETIN_LISTS:
            for article in self.context.get(name) or ():
                if id(article) not in seen and getattr(article, "kind", "") == "bulletin":
                    seen.add(id(article))
                    bulletins.append(article)
        shown = lambda item: display_path(item.source_path, self.settings)  # noqa: E731
        promotions = [*bulletin_promotions(bulletins, shown),
                      *campaign_promotions(self.context.get(CAMPAIGNS) or (), shown)]  # fmt: skip
        for report in self.reports:
            report.promoted_by = []
        for promotion in promotions:
            message = problem(promotion, vedas)
            if message:
                self.report.add(promotion.shown, promotion.field, message)
        published = {id(a) for a in self.context.get("articles") or ()}
        for article in bulletins:
            target = getattr(article, "promotes_report", None)
            if id(article) in published and target in self.reports:
                target.promoted_by.append(article)

    def generate_output(self, writer):
        dataset = publish_achievements(
            self.reports, self.output_path, self.settings["PORTAL_URL"]
        )
        if dataset is not None:
            self.add_datasets([dataset])
        for report in self.reports:
            self._publish_document(report)
            self.write_page(writer, report.url, "government_report", report.updated,
                            government_report=report, achievements_dataset=dataset)  # fmt: skip
        self.write_page(writer, "informe-de-gobierno/", "government_reports",
                        achievements_dataset=dataset)  # fmt: skip

    def _publish_document(self, report) -> None:
        """Copy the PDF beside the informe's page."""
        if self.settings["CHECK_ONLY"]:
            return
        target = os.path.join(self.output_path, report.document_url)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(report.document, target)
