"""Clarifications: /aclaraciones/ newest first, a page per verdict (the filter,
without JavaScript), a page per clarification with its ClaimReview, the
method page and the RSS/Atom feed.

Screenshots go through the photo pipeline (web sizes, no camera or location
data); evidence is linked by the one linking pass, so a bulletin, plan,
report or recording that does not exist stops the build with its message.
"""

from __future__ import annotations

import os

from content_schema.clarification_schemas import EVIDENCE_DATA
from content_schema.generator import KindGenerator
from content_schema.kinds import KIND_BY_KEY
from images import ImageStore, Job, Recipe, derive_all, publish_picture, record_stats
from incremental.keeper import output_keeper

from .feed import write_clarification_feeds
from .loader import DATA_OF, load_clarification
from .model import verdict_scale

# A screenshot is read, not printed: two widths, no card, no press copy.
SCREENSHOT_RECIPE = Recipe(widths=(480, 800))
LIST_URL = "aclaraciones/"
METHOD_URL = "aclaraciones/metodo/"
KIND_LABELS = {
    "bulletin": "Boletín",
    "gallery": "Galería de fotos",
    "plan": "Plan",
    "report": "Informe mensual",
    "video": "Video",
    "audio": "Audio",
    "campaign": "Campaña",
    "url": "Documento externo",
}
# The dataset of a plan or report evidence, as kinds.py names it.
DATASET_KEYS = {"cronograma": "schedule", "presupuesto": "budget", "cifras": "figures"}


# A screenshot's rights line (EXIF Copyright): the post is someone else's, so the
# office claims no copyright over it, and says why it reproduces it.
SCREENSHOT_RIGHTS = (
    "Captura de pantalla de una publicación de terceros, reproducida para aclararla."
)


class ClarificationGenerator(KindGenerator):
    kind_key = "clarification"

    def load(self, path, markdown):
        return load_clarification(path, self.settings, self.report, markdown)

    def prepare(self, loaded):
        self.verdicts = verdict_scale(self.settings)
        self.published = sorted(
            (c for c in loaded if c.status != "draft" and c.valid),
            key=lambda c: (c.date, c.slug),
            reverse=True,
        )
        self._derive_screenshots(loaded)
        self.context["clarifications"] = self.published
        self.context["clarification_verdicts"] = self.verdicts
        self.context["clarifications_method_url"] = METHOD_URL

    def _derive_screenshots(self, loaded) -> None:
        settings = self.settings
        shots = [
            (clarification, position, appearance)
            for clarification in loaded
            for position, appearance in enumerate(clarification.appearances, start=1)
            if appearance.screenshot
        ]
        jobs = [Job(a.screenshot["src"], SCREENSHOT_RECIPE, settings["OFFICE_NAME"],
                    SCREENSHOT_RIGHTS) for _, _, a in shots]  # fmt: skip
        if settings["CHECK_ONLY"] or not jobs:
            return
        results, problems = derive_all(
            jobs, ImageStore(settings["IMAGES_CACHE_PATH"]), settings["IMAGES_WORKERS"]
        )
        failed = {p.source: p.message for p in problems}
        record_stats(settings, results.values())
        for clarification, position, appearance in shots:
            source = appearance.screenshot["src"]
            if source in failed:
                self.report.add(self.shown(clarification.source_path),
                                f"appearances[{position}].screenshot.src",
                                f"la imagen '{os.path.basename(source)}' {failed[source]}")  # fmt: skip
                continue
            stem = os.path.splitext(os.path.basename(source))[0]
            appearance.picture = publish_picture(
                results[(source, SCREENSHOT_RECIPE)], self.output_path,
                f"{clarification.url}capturas/{stem}", "", keeper=output_keeper(settings),
                alt=appearance.screenshot["alt"], credit=f"Captura: {settings['OFFICE_NAME']}",
            )  # fmt: skip

    def after_linking(self) -> None:
        """Each piece of evidence gets its address and name once it is linked."""
        for clarification in self.loaded:
            shown = self.shown(clarification.source_path)
            for position, evidence in enumerate(clarification.evidence, start=1):
                self._describe(evidence, shown, f"evidence[{position}]")

    def _describe(self, evidence, shown: str, where: str) -> None:
        kind = evidence.target_kind
        evidence.kind_label = KIND_LABELS[kind]
        if kind == "url":
            evidence.href, evidence.name = evidence.url, evidence.title
            return
        target = evidence.target
        if target is None:  # reported by the linking pass, or held back
            evidence.href, evidence.name = "", evidence.title
            return
        evidence.href = target.url
        evidence.name = evidence.title or target.title
        if evidence.data in DATA_OF.get(kind, ()):  # others: reported by the loader
            if evidence.data == "presupuesto" and getattr(target, "budget", None) is None:
                self.report.add(shown, f"{where}.data", f"el plan '{target.slug}' no tiene "
                                "presupuesto (budget); se espera data: cronograma, o "
                                "quite data")  # fmt: skip
                return
            dataset = KIND_BY_KEY[kind].dataset_path(DATASET_KEYS[evidence.data],
                                                     slug=target.slug)  # fmt: skip
            evidence.href = f"{dataset}.csv"
            evidence.kind_label = f"Datos abiertos: {EVIDENCE_DATA[evidence.data]}"

    def generate_output(self, writer):
        published = self.published
        for clarification in published:
            self.write_page(writer, clarification.url, "clarification",
                            changed=clarification.updated, clarification=clarification)  # fmt: skip
        counts = {v.key: sum(c.verdict == v.key for c in published) for v in self.verdicts}
        self.write_page(writer, LIST_URL, "clarifications", shown=published,
                        verdict=None, counts=counts)  # fmt: skip
        for verdict in self.verdicts:
            self.write_page(writer, verdict.url, "clarifications",
                            shown=[c for c in published if c.verdict == verdict.key],
                            verdict=verdict, counts=counts)  # fmt: skip
        self.write_page(writer, METHOD_URL, "clarification_method")
        self.add_feed_items(write_clarification_feeds(published, self.settings,
                                                      self.output_path))  # fmt: skip
