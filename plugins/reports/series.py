"""Figures over months: month-on-month changes and the indicators' series.

Changes are computed from the previous report, never typed. Where a report's
text states a change too (``stated_changes``), a disagreement is a warning in
the build's output and is shown on the report's page.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from content_schema.plan_fields import YearMonth
from content_schema.reader import display_path
from spanish_dates.formatting import month_year

from .model import FIGURE_NAMES, Report


def compute_changes(reports: list[Report], settings, problems) -> None:
    """Fill each network's ``changes`` from the report before it; warn on disagreement."""
    ordered = sorted(reports, key=lambda r: r.month)
    for previous, current in itertools.pairwise(ordered):
        for figures in current.social:
            before = previous.network(figures.network)
            if before is None:
                continue
            figures.compared_with = previous.month
            for name in FIGURE_NAMES:
                now, then = figures.figure(name), before.figure(name)
                if now is not None and then is not None:
                    figures.changes[name] = now - then
    for report in ordered:
        for figures in report.social:
            for name, stated, computed in figures.disagreements():
                problems.warn(
                    display_path(report.source_path, settings),
                    f"social.{figures.network}.stated_changes.{name}",
                    f"el texto dice {stated:+d} {FIGURE_NAMES[name]} respecto a "
                    f"{month_year(figures.compared_with)}, pero las cifras dan "
                    f"{computed:+d}. Se publica así y la página lo señala",
                )


@dataclass
class Indicator:
    """One figure over months; ``points`` holds None for a month without it."""

    id: str
    name: str
    group: str
    points: list[tuple[YearMonth, int | None]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def values(self) -> list[int]:
        return [v for _, v in self.points if v is not None]

    @property
    def top(self) -> int:
        return max(self.values, default=0)


def indicators(reports: list[Report]) -> list[Indicator]:
    """Every figure the reports carry, in a stable order, over every reported month."""
    ordered = sorted(reports, key=lambda r: r.month)
    found: dict[str, Indicator] = {}

    def series(key, name, group) -> Indicator:
        if key not in found:
            found[key] = Indicator(key, name, group)
        return found[key]

    for report in ordered:
        for name in report.indicator_names:
            series(name.id, name.name, name.group)
    for report in ordered:
        values: dict[str, int | None] = {}
        for item in report.counts:
            values[f"conteo-{item.id}"] = item.computed_total
            if not item.adds_up:
                found[f"conteo-{item.id}"].notes.append(
                    f"{month_year(report.month)}: el informe declara {item.declared_total}; "
                    f"la serie usa la suma del desglose, {item.computed_total}."
                )
        for net in report.social:
            values[f"{net.network}-seguidores"] = net.followers
            values[f"{net.network}-me-gusta"] = net.likes
            if net.posts:
                values[f"{net.network}-publicaciones"] = net.posts_total
        for key, indicator in found.items():
            indicator.points.append((report.month, values.get(key)))
    return list(found.values())
