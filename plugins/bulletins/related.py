"""What a bulletin page and the bulletin lists show of other bulletins,
worked out once per build instead of in every page's template.

Looping over every bulletin from each bulletin's page made rendering grow
with the square of the archive (41 s of a 5,000-bulletin build); here it is
one pass. It also leaves each page depending on the four bulletins it names,
so an edit re-renders only the pages that show it.
"""

from __future__ import annotations

RELATED_COUNT = 4


def link_related(generator) -> None:
    """``article.related``: the newest other bulletins of its area (up to 4);
    ``bulletin_years``: the years that have bulletins, newest first."""
    by_area: dict[str, list] = {}
    for article in generator.articles:  # newest first, as the lists show them
        by_area.setdefault(article.category.slug, []).append(article)
    shown = [*generator.articles, *generator.drafts, *generator.hidden_articles]
    for article in shown:  # a draft's preview shows the published ones
        others = by_area.get(article.category.slug, [])
        related = []
        for other in others:
            if other is not article:
                related.append(other)
                if len(related) == RELATED_COUNT:
                    break
        article.related = related
    generator.context["bulletin_years"] = sorted(
        {article.date.year for article in generator.articles}, reverse=True
    )
