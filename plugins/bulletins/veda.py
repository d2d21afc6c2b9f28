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


def read_vedas(settings) -> tuple[list[Veda], list[str]]:
    """The configured periods, and problems in Spanish for a setting that is wrong."""
    vedas, problems = [], []
    for position, item in enumerate(settings["VEDAS"], start=1):
        try:
            start = dt.date.fromisoformat(str(item["start"]))
            end = dt.date.fromisoformat(str(item["end"]))
            name = str(item["name"])
        except (KeyError, TypeError, ValueError):
            problems.append(
                f"el periodo {position} no sirve; se espera "
                '{"start": "AAAA-MM-DD", "end": "AAAA-MM-DD", "name": "…"}'
            )
            continue
        if end < start:
            problems.append(f"el periodo {position} termina antes de empezar")
            continue
        vedas.append(Veda(start, end, name))
    return vedas, problems


def active_veda(vedas: list[Veda], now: dt.datetime) -> Veda | None:
    return next((v for v in vedas if v.covers(now.date())), None)


def held_by_veda(article, veda: Veda | None, allowed_areas) -> bool:
    return (
        veda is not None
        and bool(article.metadata.get("propaganda"))
        and article.metadata.get("area") not in allowed_areas
    )
