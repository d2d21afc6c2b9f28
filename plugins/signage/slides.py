"""What the office screens show, as plain data: the latest bulletins with a
photo size that fits, the next agenda events and the current notices.

Nothing held back reaches here: a bulletin under embargo or held by the veda
is left out even in a preview build (a screen in an office is public), and so
are drafts, which Pelican never lists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .notices import Notice


@dataclass(frozen=True)
class Photo:
    url: str  # site-relative
    width: int
    height: int
    alt: str
    credit: str


@dataclass(frozen=True)
class BulletinSlide:
    title: str
    summary: str
    date: dt.datetime
    area: str
    url: str
    photo: Photo | None


def is_held(article) -> bool:
    """Embargoed or held by the veda, whatever the build's EMBARGO says."""
    return bool(
        getattr(article, "embargoed", False) or getattr(article, "veda_held", False)
    )


def fitting_photo(picture, max_width: int) -> Photo | None:
    """The widest web size (JPEG) not wider than ``max_width``, else the smallest."""
    if picture is None:
        return None
    sizes = picture.jpegs
    fitting = [r for r in sizes if r.width <= max_width] or sizes[:1]
    best = fitting[-1]
    return Photo(picture.url(best), best.width, best.height, picture.alt, picture.credit)


def bulletin_slides(articles, count: int, max_width: int) -> list[BulletinSlide]:
    bulletins = [
        a
        for a in articles
        if getattr(a, "kind", "") == "bulletin"
        and getattr(a, "status", "") != "draft"
        and not is_held(a)
    ]
    bulletins.sort(key=lambda a: (a.date, a.slug), reverse=True)
    return [
        BulletinSlide(
            title=a.title,
            summary=a.metadata.get("summary", ""),
            date=a.date,
            area=a.category.name if getattr(a, "category", None) else "",
            url=a.url,
            photo=fitting_photo(getattr(a, "picture", None), max_width),
        )
        for a in bulletins[:count]
    ]


def next_events(upcoming, count: int) -> list:
    """The first ``count`` upcoming events (already sorted by start); the
    browser hides each one once it ends, so a screen cut off from the network
    never announces a past event."""
    return list(upcoming[:count])


def notices_to_show(notices: list[Notice], now: dt.datetime) -> list[Notice]:
    """Current and future notices: a future one waits hidden in the page and
    the browser shows it at its start, even offline; ended ones are dropped."""
    return [n for n in notices if n.end > now]
