"""Monthly reports as plain data, and the figures derived from them.

Totals of breakdowns and month-on-month changes are computed here, never
typed: a declared figure that disagrees is kept and shown beside the computed
one, so readers see what the office published and what it adds up to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content_schema.history import HistoryEntry
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED
from content_schema.plan_fields import YearMonth
from content_schema.spanish import MONTHS
from spanish_dates.formatting import month_year

FIGURE_NAMES = {"likes": "«Me gusta»", "followers": "seguidores"}


@dataclass(frozen=True)
class NamedCount:
    name: str
    count: int


@dataclass(frozen=True)
class CountedItem:
    id: str
    name: str
    declared_total: int = field(metadata={"field": "total"})
    breakdown: tuple[NamedCount, ...]

    @property
    def computed_total(self) -> int:
        return sum(part.count for part in self.breakdown)

    @property
    def adds_up(self) -> bool:
        return self.computed_total == self.declared_total


@dataclass(frozen=True)
class PostType:
    id: str
    name: str
    count: int


@dataclass
class NetworkFigures:
    network: str
    network_name: str = field(metadata=DERIVED)
    likes: int | None = None  # a network may publish either figure, or neither
    followers: int | None = None
    stated_changes: dict[str, int] = field(default_factory=dict)
    posts: tuple[PostType, ...] = ()
    # Filled in by the series: figure -> change from the previous report.
    changes: dict[str, int] = field(default_factory=dict, metadata=DERIVED)
    compared_with: YearMonth | None = field(default=None, metadata=DERIVED)

    @property
    def posts_total(self) -> int:
        return sum(p.count for p in self.posts)

    def figure(self, name: str) -> int | None:
        return getattr(self, name)

    def disagreements(self) -> list[tuple[str, int, int]]:
        """(figure, stated, computed) where the text's change is not the real one."""
        return [
            (name, stated, self.changes[name])
            for name, stated in sorted(self.stated_changes.items())
            if name in self.changes and self.changes[name] != stated
        ]


@dataclass(frozen=True)
class EmptySection:
    section: str
    reason: str


@dataclass
class Event:
    date: dt.date
    text: str
    gallery_ref: str | None = None
    bulletin_ref: str | None = None
    gallery: object = None  # the Gallery, once linked
    bulletin: object = None  # the Pelican article, once linked


@dataclass
class Execution:
    activity_ref: str | None  # "plan/activity" as written (None: not in that form)
    evidence_ref: tuple[str, ...] = ()
    activity: object = None  # the plan's Activity, once linked
    evidence: list = field(default_factory=list)  # bulletins and galleries, once linked

    @property
    def plan_slug(self) -> str:
        return (self.activity_ref or "/").split("/")[0]

    @property
    def activity_id(self) -> str:
        return (self.activity_ref or "/").split("/")[1]


# The page of the indicators over months; each indicator is an anchor on it.
INDICATORS_URL = "transparencia/indicadores/"


@dataclass(frozen=True)
class IndicatorName:
    """One indicator a report's figures feed, as its series and citations name it."""

    id: str
    name: str
    group: str

    @property
    def url(self) -> str:
        return f"{INDICATORS_URL}#{self.id}"

    @property
    def title(self) -> str:
        return self.name


@dataclass(kw_only=True)
class Report:
    """A report with mistakes is still built (and checked across files): summary may be ""."""

    source_path: str = field(metadata=DERIVED)
    month: YearMonth
    title: str
    summary: str = ""
    body_html: str = field(default="", metadata=DERIVED)
    interviews: tuple[str, ...] = ()
    counts: tuple[CountedItem, ...] = ()
    social: tuple[NetworkFigures, ...] = ()
    empty_sections: tuple[EmptySection, ...] = ()
    events: tuple[Event, ...] = ()
    executed: tuple[Execution, ...] = ()
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()  # written by staff
    # False when the file has mistakes: checked, never published.
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def slug(self) -> str:
        return f"{self.month[0]:04d}-{self.month[1]:02d}"

    @property
    def month_name(self) -> str:
        return month_year(self.month)

    @property
    def url(self) -> str:
        return KIND_BY_KEY["report"].url.format(
            year=self.month[0], month_name=MONTHS[self.month[1] - 1]
        )

    @property
    def date(self) -> dt.date:
        """The last day of the month: when the month's record is complete."""
        year, month = self.month
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def updated(self) -> dt.date:
        """The month's close or the latest history entry: its data's «actualizado»."""
        return max([self.date, *(entry.date.date() for entry in self.history)])

    @property
    def disagreements(self) -> list[tuple[NetworkFigures, str, int, int]]:
        return [(n, *d) for n in self.social for d in n.disagreements()]

    @property
    def indicator_names(self) -> list[IndicatorName]:
        """The indicators its figures feed (series.indicators; the Informe de
        Gobierno cites them by id)."""
        names = [IndicatorName(f"conteo-{c.id}", c.name, "Solicitudes y productos")
                 for c in self.counts]  # fmt: skip
        for net in self.social:
            label = net.network_name
            if net.followers is not None:
                names.append(
                    IndicatorName(
                        f"{net.network}-seguidores", f"{label}: seguidores", label
                    )
                )
            if net.likes is not None:
                names.append(
                    IndicatorName(f"{net.network}-me-gusta", f"{label}: «Me gusta»", label)
                )
            if net.posts:
                names.append(
                    IndicatorName(
                        f"{net.network}-publicaciones", f"{label}: publicaciones", label
                    )
                )
        return names

    def network(self, key: str) -> NetworkFigures | None:
        return next((n for n in self.social if n.network == key), None)

    def count(self, key: str) -> CountedItem | None:
        return next((c for c in self.counts if c.id == key), None)

    def executed_activity(self, plan_slug: str, activity_id: str) -> Execution | None:
        return next(
            (
                e
                for e in self.executed
                if e.plan_slug == plan_slug and e.activity_id == activity_id
            ),
            None,
        )
