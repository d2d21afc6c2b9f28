"""The office's chronological archive (/archivo/): bulletins, galleries,
videos and audios by date, each named by its kind (seed 003: «ordenado
cronológicamente»).

One page per year, because a single page of every item grows without end
(5,000 bulletins in a few years); /archivo/ lists the years and months
with what each holds. Items are read from the context, where every kind's
generator put what it publishes, so drafts and embargoed items never
appear here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from content_schema.generator import group_by

# Context key, the kind's name on the archive, and the nouns it is counted
# with («1 boletín», «3 galerías»), in this order when counted.
KINDS = (
    ("articles", "Boletín", ("boletín", "boletines")),
    ("galleries", "Galería de fotos", ("galería", "galerías")),
    ("videoteca", "Video", ("video", "videos")),
    ("fonoteca", "Audio", ("audio", "audios")),
)


@dataclass(frozen=True)
class ArchiveItem:
    """One entry of the archive: plain values, so a page digests it cheaply."""

    date: object  # datetime of the content
    title: str
    url: str
    kind: str  # «Boletín», «Galería de fotos», «Video», «Audio»
    detail: str = ""  # «Boletín 012/2021», a recording's duration…


def _detail(key: str, item, duration_text) -> str:
    if key == "articles":
        return f"Boletín {item.number_label}" if getattr(item, "number_label", "") else ""
    if key == "galleries":
        return item.area_name
    return f"{item.kind_name} · {duration_text(item.duration)}"


def archive_items(context, duration_text) -> list[ArchiveItem]:
    """Everything published, newest first (same-moment items by title)."""
    items = []
    for key, kind, _nouns in KINDS:
        for item in context.get(key, []):
            if getattr(item, "status", "published") == "draft":
                continue
            items.append(
                ArchiveItem(
                    item.date, item.title, item.url, kind, _detail(key, item, duration_text)
                )
            )
    items.sort(key=lambda i: i.title)
    items.sort(key=lambda i: i.date, reverse=True)
    return items


def kind_counts(items: list[ArchiveItem]) -> list[tuple[int, str, str]]:
    """[(12, «boletín», «boletines»), (1, «video», «videos»)…]: what a year or
    month holds, kinds in order, for the ``counted`` filter."""
    counted = Counter(i.kind for i in items)
    return [(counted[kind], *nouns) for _key, kind, nouns in KINDS if counted[kind]]


def by_year(
    items: list[ArchiveItem],
) -> list[tuple[int, list[tuple[int, list[ArchiveItem]]]]]:
    """[(2021, [(6, [items…]), (2, […])]), …], newest year and month first."""
    return [
        (year, group_by(year_items, lambda i: i.date.month))
        for year, year_items in group_by(items, lambda i: i.date.year)
    ]
