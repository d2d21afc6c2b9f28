"""Frequent questions (issue 17, part 6): content/preguntas-frecuentes/ into
/preguntas-frecuentes/, by topic, with the page's FAQPage JSON-LD."""

from __future__ import annotations

from pelican import signals

from .generator import FaqGenerator
from .structured_data import faq_page


def get_generators(pelican):
    return FaqGenerator


# How a source is introduced on the page, by its model («Boletín: …»).
SOURCE_WORDS = {
    "Article": "Boletín",
    "Gallery": "Fotos",
    "Plan": "Plan",
    "Report": "Informe mensual",
    "AgendaEvent": "Agenda",
    "Video": "Video",
    "Audio": "Audio",
}


def source_kind(source) -> str:
    return SOURCE_WORDS.get(type(source).__name__, "Ver")


def add_filters(generator) -> None:
    env = getattr(generator, "env", None)
    if env is None:
        return
    settings = generator.settings
    env.filters["faq_source_kind"] = source_kind
    env.filters["faq_page_ld"] = lambda topics: faq_page(
        settings["PORTAL_URL"], settings["SITENAME"], topics
    )


def register() -> None:
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
