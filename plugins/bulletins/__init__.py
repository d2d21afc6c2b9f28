"""Bulletins: numbers per year, embargo of future-dated ones, electoral veda.

Runs before Pelican builds tags, areas and archives from the article list,
so a held-back bulletin appears nowhere in a published build.
"""

from __future__ import annotations

import datetime as dt

from pelican import signals

from content_schema import report_for
from content_schema.reader import display_path

from .embargo import embargo_clock, is_embargoed, note_change_at
from .numbering import NumberingItem, assign_numbers, format_number
from .related import link_related
from .veda import active_veda, held_by_veda, read_vedas


def number_and_embargo(generator) -> None:
    settings = generator.settings
    report = report_for(settings)
    bulletins = [a for a in generator.articles if getattr(a, "kind", "") == "bulletin"]
    shown = {id(a): display_path(a.source_path, settings) for a in bulletins}

    numbers, duplicates = assign_numbers(
        [NumberingItem(shown[id(a)], a.date, getattr(a, "number", None)) for a in bulletins]
    )
    for dup in duplicates:
        report.add(
            dup.key,
            "number",
            f"el número {dup.number} de {dup.year} también lo tiene "
            f"{', '.join(dup.others)}; se espera un número único en el año "
            "(o quite el campo para que se asigne solo)",
        )
    for article in bulletins:
        article.number = numbers[shown[id(article)]]
        article.number_label = format_number(article.number, article.date.year)

    now = embargo_clock(settings)
    vedas = read_vedas(settings)
    veda = active_veda(vedas, now)
    generator.context["veda"] = veda
    allowed = settings["VEDA_ALLOWED_AREAS"]
    held = []
    zone = now.tzinfo
    for period in vedas:
        for day in (period.start, period.end + dt.timedelta(days=1)):
            moment = dt.datetime.combine(day, dt.time(0, 0), zone)
            if moment > now:
                note_change_at(settings, moment)
    for article in bulletins:
        article.embargoed = is_embargoed(article.date, now)
        if article.embargoed:
            note_change_at(settings, article.date)
        article.veda_held = held_by_veda(article, veda, allowed)
        if (article.embargoed or article.veda_held) and settings["EMBARGO"]:
            held.append(article)
    generator.embargoed_articles = held
    # Galleries and reports may name a held bulletin: it exists, but no link.
    generator.context["held_articles"] = held
    if held:
        generator.articles = [a for a in generator.articles if a not in held]


def register() -> None:
    signals.article_generator_pretaxonomy.connect(number_and_embargo)
    signals.article_generator_finalized.connect(link_related)
