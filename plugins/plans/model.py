"""Plans as plain data: activities by month, the budget and its checked total.

Nothing here knows Pelican, so tests and the open-data writers use it
directly. Amounts are ``Decimal``; months are ``(year, month)`` tuples.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from content_schema.history import HistoryEntry
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED
from content_schema.plan_fields import YearMonth, months_between
from content_schema.spanish import MONTH_ABBR


def month_key(month: YearMonth) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


@dataclass(frozen=True)
class Activity:
    id: str
    name: str
    area: str  # the plan's when the activity names none
    area_name: str = field(metadata=DERIVED)
    months: tuple[YearMonth, ...]

    def runs_in(self, month: YearMonth) -> bool:
        return month in self.months


@dataclass(frozen=True)
class BudgetConcept:
    name: str
    amount: Decimal


@dataclass(frozen=True)
class Budget:
    currency: str
    declared_total: Decimal = field(metadata={"field": "total"})
    concepts: tuple[BudgetConcept, ...]

    @property
    def computed_total(self) -> Decimal:
        return sum((c.amount for c in self.concepts), Decimal("0.00"))

    @property
    def difference(self) -> Decimal:
        """Declared minus computed: positive when the declared total is larger."""
        return self.declared_total - self.computed_total

    @property
    def adds_up(self) -> bool:
        return self.difference == 0

    def share(self, concept: BudgetConcept) -> Decimal:
        """The concept's share of the computed sum, in percent (two decimals)."""
        total = self.computed_total
        if not total:
            return Decimal("0.00")
        return (concept.amount * 100 / total).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Commit:
    """One commit that touched the plan's file: the technical trail for
    auditors. Its subject is not kept: what changed is told by ``history``."""

    date: dt.datetime
    commit: str
    url: str = ""  # its page in the repository (REPOSITORY_COMMIT_URL), if any

    @property
    def short(self) -> str:
        return self.commit[:7]


@dataclass
class Plan:
    source_path: str = field(metadata=DERIVED)
    slug: str
    title: str
    first_month: YearMonth = field(metadata={"field": "period"})
    last_month: YearMonth = field(metadata={"field": "period"})
    area: str
    area_name: str = field(metadata=DERIVED)
    summary: str
    approved: dt.date
    activities: tuple[Activity, ...]
    body_html: str = field(default="", metadata=DERIVED)
    validated: dt.date | None = None
    note: str = ""
    document: str = ""  # the approved document (PDF), its path in content/
    document_size: int = field(default=0, metadata=DERIVED)  # bytes, once published
    budget: Budget | None = None
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()  # written by staff
    git_trail: list[Commit] = field(default_factory=list, metadata=DERIVED)

    @property
    def url(self) -> str:
        return KIND_BY_KEY["plan"].url.format(slug=self.slug)

    @property
    def document_url(self) -> str:
        """Where the approved PDF is published, beside the plan's page."""
        return f"{self.url}{self.slug}.pdf" if self.document else ""

    @property
    def cronograma_url(self) -> str:
        return f"{self.url}cronograma/"

    @property
    def months(self) -> list[YearMonth]:
        return months_between(self.first_month, self.last_month)

    @property
    def years(self) -> list[int]:
        return list(range(self.first_month[0], self.last_month[0] + 1))

    @property
    def period_label(self) -> str:
        (y1, m1), (y2, m2) = self.first_month, self.last_month
        if y1 == y2 and (m1, m2) == (1, 12):
            return str(y1)
        if (m1, m2) == (1, 12):
            return f"{y1}-{y2}"
        return f"{MONTH_ABBR[m1 - 1]} {y1} a {MONTH_ABBR[m2 - 1]} {y2}"

    @property
    def updated(self) -> dt.date:
        """«Última modificación»: the approval or the latest history entry (a
        plan's dates are days); never a commit's date."""
        return max([self.approved, *(entry.date.date() for entry in self.history)])

    def months_in(self, year: int) -> list[YearMonth]:
        """The plan's months of one calendar year (all twelve for the layout)."""
        return [(year, m) for m in range(1, 13)]

    def in_period(self, month: YearMonth) -> bool:
        return self.first_month <= month <= self.last_month

    def activities_in(self, year: int) -> list[Activity]:
        return [a for a in self.activities if any(m[0] == year for m in a.months)]
