"""Electoral blackout (veda): government propaganda is not published during one.

``VEDAS`` lists the periods (start and end dates, inclusive, and a name);
bulletins marked ``propaganda: true`` are held back by ``make publish`` while
the clock is inside one, except those of ``VEDA_ALLOWED_AREAS`` (health,
civil protection, education: what the law lets a government keep saying).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Veda:
    start: dt.date
    end: dt.date
    name: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def read_vedas(settings) -> list[Veda]:
    """The configured periods: portal_settings has checked every one (dates,
    an end not before its start), so they are taken as they are."""
    return [Veda(**period) for period in settings["VEDAS"]]


def active_veda(vedas: list[Veda], now: dt.datetime) -> Veda | None:
    return next((v for v in vedas if v.covers(now.date())), None)


def held_by_veda(article, veda: Veda | None, allowed_areas) -> bool:
    return (
        veda is not None
        and bool(article.metadata.get("propaganda"))
        and article.metadata.get("area") not in allowed_areas
    )
