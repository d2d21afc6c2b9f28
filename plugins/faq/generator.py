"""/preguntas-frecuentes/: every published topic, in its order, with its
questions and their sources, and the page's FAQPage JSON-LD."""

from __future__ import annotations

from content_schema.generator import KindGenerator

from .loader import load_topic


class FaqGenerator(KindGenerator):
    kind_key = "faq"

    def generate_context(self):
        self.anchors: dict[str, str] = {}  # one page: one set of anchors
        super().generate_context()

    def load(self, path, markdown):
        return load_topic(path, self.settings, self.report, markdown, self.anchors)

    def prepare(self, loaded):
        # Topics with mistakes are still linked (every problem in one build), not shown.
        shown = [t for t in loaded if t.status != "draft" and t.valid]
        self.topics = sorted(shown, key=lambda t: (t.order or 10**6, t.title))
        self.context["faq_topics"] = self.topics

    def generate_output(self, writer):
        # Written even with no topic yet: the footer links it on every page.
        self.write_page(writer, "preguntas-frecuentes/", "faq", topics=self.topics)
