"""Which bulletins make which monthly edition, as plain values.

An edition is a calendar month that has ended (by the build's clock, the
embargo clock) and has published bulletins. Held bulletins (embargoed, or
kept back by the veda) never go to print, not even in a preview build that
shows them on the site with a notice, and neither does propaganda dated
inside a veda (the paper of that month was handed out during it). The edition's number counts months
from the first month with a published bulletin, so a month without
bulletins leaves a gap instead of renumbering the editions after it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Photo:
    """The print copy of a bulletin's photo: a file of the image cache."""

    path: str  # the cached JPEG (no camera or location data), inside the image cache
    width: int
    height: int
    alt: str
    credit: str


@dataclass(frozen=True)
class Story:
    """One bulletin as the edition prints it."""

    anchor: str  # id in the edition's HTML, for the contents' page numbers
    title: str
    date: dt.datetime
    number_label: str  # «012/2021»
    area: str
    summary: str
    body: str  # the bulletin's HTML, as the site shows it
    address: str  # absolute address of the bulletin on the portal
    photos: tuple[Photo, ...]  # the bulletin's own first, then its gallery's
    gallery_title: str = ""
    gallery_address: str = ""
    gallery_count: int = 0


@dataclass(frozen=True)
class Edition:
    year: int
    month: int
    number: int
    stories: tuple[Story, ...]  # in date order, as the month happened

    @property
    def last_date(self) -> dt.datetime:
        """The content's own date of the edition: its last bulletin's."""
        return max(story.date for story in self.stories)

    @property
    def credits(self) -> tuple[str, ...]:
        """Each photographer once, in the order their photos appear."""
        return tuple(dict.fromkeys(p.credit for s in self.stories for p in s.photos if p.credit))

    @property
    def folder(self) -> str:
        return f"edicion-impresa/{self.year}/{self.month:02d}"

    @property
    def file_name(self) -> str:
        return f"edicion-impresa-{self.year}-{self.month:02d}.pdf"

    @property
    def url(self) -> str:
        return f"{self.folder}/{self.file_name}"


def month_end(year: int, month: int, zone) -> dt.datetime:
    """The first moment after the month (its edition can be made from then)."""
    if month == 12:
        return dt.datetime(year + 1, 1, 1, tzinfo=zone)
    return dt.datetime(year, month + 1, 1, tzinfo=zone)


def dated_in_veda(article, vedas, allowed_areas) -> bool:
    """Propaganda dated inside a veda: the month's paper was handed out during
    the veda, so it never carried it, whenever the edition is made again."""
    return (
        bool(article.metadata.get("propaganda"))
        and article.metadata.get("area") not in allowed_areas
        and any(veda.covers(article.date.date()) for veda in vedas)
    )


def is_printable(article, vedas=(), allowed_areas=()) -> bool:
    """Published and not held: what a printed page may carry."""
    return not (
        getattr(article, "embargoed", False)
        or getattr(article, "veda_held", False)
        or getattr(article, "status", "published") == "draft"
        or dated_in_veda(article, vedas, allowed_areas)
    )


def group_months(
    articles, now: dt.datetime, vedas=(), allowed_areas=()
) -> tuple[dict, list[dt.datetime]]:
    """``{(year, month): [articles…]}`` of the ended months, and the moments
    when a month that has bulletins ends (the output changes then)."""
    months: dict[tuple[int, int], list] = defaultdict(list)
    for article in articles:
        if is_printable(article, vedas, allowed_areas):
            months[(article.date.year, article.date.month)].append(article)
    ended, pending = {}, []
    for (year, month), items in months.items():
        end = month_end(year, month, now.tzinfo)
        if end <= now:
            ended[(year, month)] = items
        else:
            pending.append(end)
    return ended, pending


def edition_number(first: tuple[int, int], year: int, month: int) -> int:
    return (year - first[0]) * 12 + (month - first[1]) + 1


def build_editions(months: dict, story_of) -> list[Edition]:
    """Newest edition first; ``story_of(article, index)`` makes each Story."""
    if not months:
        return []
    first = min(months)
    editions = []
    for (year, month), items in months.items():
        ordered = sorted(items, key=lambda a: (a.date, a.source_path))
        stories = tuple(story_of(article, index) for index, article in enumerate(ordered))
        editions.append(Edition(year, month, edition_number(first, year, month), stories))
    editions.sort(key=lambda e: (e.year, e.month), reverse=True)
    return editions
