"""The figures of a year's publicity spending, derived from the contracts.

What was spent is the sum of the invoices (dated, so it falls in a quarter);
it is set against the communication budget by concept, and the declared
figures (a budget line's ``spent``, a contract's ``paid``) beside the derived
ones, with the difference, as the plans' declared total beside their sum.
Pages and exports read these objects; nothing here formats for a reader.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from content_schema.transparency_formats import load

from .model import ZERO, CommunicationBudget, Contract


@dataclass(frozen=True)
class ConceptFigures:
    """One budget concept: what was planned, assigned, declared and derived."""

    name: str
    planned: Decimal | None  # the plan's amount (None: the plan has no such concept)
    assigned: Decimal
    modified: Decimal | None
    declared_spent: Decimal | None  # what the budget file says was spent
    spent: Decimal  # the sum of the invoices of its contracts

    @property
    def current(self) -> Decimal:
        return self.assigned if self.modified is None else self.modified

    @property
    def remaining(self) -> Decimal:
        """Negative when more was spent than the budget in force."""
        return self.current - self.spent

    @property
    def over(self) -> bool:
        return self.spent > self.current

    @property
    def declared_difference(self) -> Decimal | None:
        """Declared minus derived; None when nothing was declared."""
        return None if self.declared_spent is None else self.declared_spent - self.spent

    @property
    def share(self) -> Decimal:
        """Spent as a percentage of the budget in force (two decimals)."""
        if not self.current:
            return ZERO
        return (self.spent * 100 / self.current).quantize(Decimal("0.01"))


@dataclass
class YearSpending:
    """Everything the pages and exports of one fiscal year need."""

    year: int
    budget: CommunicationBudget | None
    contracts: list[Contract]
    by_medium: dict[str, Decimal] = field(default_factory=dict)  # catalogue order
    by_quarter: dict[int, Decimal] = field(default_factory=dict)  # 1..4
    by_medium_quarter: dict[str, dict[int, Decimal]] = field(default_factory=dict)
    by_campaign: dict[str, Decimal] = field(default_factory=dict)  # campaign slug
    shared: Decimal = ZERO  # contracts naming several campaigns (not split)
    concepts: list[ConceptFigures] = field(default_factory=list)

    @property
    def total_spent(self) -> Decimal:
        return sum(self.by_quarter.values(), ZERO)

    @property
    def total_assigned(self) -> Decimal:
        """The budget in force: each concept's modified amount, or its assigned one."""
        return sum((c.current for c in self.concepts), ZERO)

    @property
    def total_assigned_initial(self) -> Decimal:
        return sum((c.assigned for c in self.concepts), ZERO)

    @property
    def over_budget(self) -> list[ConceptFigures]:
        return [c for c in self.concepts if c.over]

    @property
    def declared_mismatches(self) -> list[ConceptFigures]:
        return [c for c in self.concepts if c.declared_difference not in (None, ZERO)]


@dataclass(frozen=True)
class ContractsSum:
    """What a campaign's page adds up: its contracts' invoices and declared paid
    (a contract of several campaigns counts whole in each, as the page says)."""

    invoiced: Decimal
    paid: Decimal


def contracts_sum(contracts) -> ContractsSum:
    return ContractsSum(
        sum((c.invoiced for c in contracts), ZERO), sum((c.paid for c in contracts), ZERO)
    )


def _spent_in(contract: Contract, year: int) -> list:
    return [invoice for invoice in contract.invoices if invoice.date.year == year]


def year_spending(year: int, contracts, budget: CommunicationBudget | None) -> YearSpending:
    mine = sorted(
        (c for c in contracts if c.year == year), key=lambda c: (c.signed, c.slug)
    )
    spending = YearSpending(year, budget, mine)
    media = load().labels("medium")
    by_medium = defaultdict(lambda: ZERO)
    by_quarter = dict.fromkeys(range(1, 5), ZERO)
    by_mq = defaultdict(lambda: dict.fromkeys(range(1, 5), ZERO))
    by_campaign, by_concept = defaultdict(lambda: ZERO), defaultdict(lambda: ZERO)
    for contract in mine:
        amount = sum((i.amount for i in _spent_in(contract, year)), ZERO)
        for invoice in _spent_in(contract, year):
            by_quarter[invoice.quarter] += invoice.amount
            by_mq[contract.medium][invoice.quarter] += invoice.amount
        by_medium[contract.medium] += amount
        by_concept[contract.concept] += amount
        names = list(contract.campaigns_ref)
        if len(names) == 1:
            by_campaign[names[0]] += amount
        else:
            spending.shared += amount
    spending.by_medium = {m: by_medium[m] for m in media if m in by_medium}
    spending.by_medium_quarter = {m: by_mq[m] for m in spending.by_medium}
    spending.by_quarter = by_quarter
    spending.by_campaign = dict(by_campaign)
    planned = {}
    if budget is not None and budget.plan is not None and budget.plan.budget:
        planned = {c.name: c.amount for c in budget.plan.budget.concepts}
    for line in budget.concepts if budget else ():
        spending.concepts.append(
            ConceptFigures(
                line.name,
                planned.get(line.name),
                line.assigned,
                line.modified,
                line.spent,
                by_concept[line.name],
            )
        )
    return spending


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, 3 * quarter - 2, 1)
    following = dt.date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)
    return first, following - dt.timedelta(days=1)
