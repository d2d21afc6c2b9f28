"""Where the bars of the inline SVG charts go and how long they are, so that
the templates only draw. The same numbers are always in a table beside the
chart; these are pixels in the SVG's own coordinates."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# Indicator charts: one slot per month, bars up from a baseline.
MONTH_SLOT = 64
MONTH_BAR_WIDTH = MONTH_SLOT - 16
MONTH_MARGIN = 8
BASELINE = 118
TALLEST_BAR = 90
VALUE_GAP = 6  # between a bar's top and its figure
# Budget chart: one row per concept, bars across.
CONCEPT_ROW = 46
LONGEST_BAR = 300


@dataclass(frozen=True)
class MonthBar:
    month: tuple[int, int]
    value: int | None  # None: the month has no datum
    x: int  # the bar's left edge
    center: float  # where its texts are centred
    height: float | None
    top: float | None  # the bar's upper edge
    value_y: float | None  # the baseline of the figure written over the bar


@dataclass(frozen=True)
class MonthChart:
    width: int
    bars: tuple[MonthBar, ...]
    bar_width: int = MONTH_BAR_WIDTH
    baseline: int = BASELINE


@dataclass(frozen=True)
class ConceptBar:
    concept: object  # plans.model.BudgetConcept
    y: int  # the row's upper edge
    length: Decimal | int


@dataclass(frozen=True)
class BudgetChart:
    height: int
    top: Decimal | int  # the largest amount: the longest bar
    bars: tuple[ConceptBar, ...]


def month_chart(points, top) -> MonthChart:
    """``points``: ``(month, value)`` pairs; ``top``: the largest value."""
    top = top or 1
    bars = []
    for index, (month, value) in enumerate(points):
        x = index * MONTH_SLOT + MONTH_MARGIN
        height = None if value is None else round(value / top * TALLEST_BAR, 1)
        bars.append(
            MonthBar(
                month=month,
                value=value,
                x=x,
                center=x + MONTH_BAR_WIDTH / 2,
                height=height,
                top=None if height is None else BASELINE - height,
                value_y=None if height is None else BASELINE - VALUE_GAP - height,
            )
        )
    return MonthChart(width=len(bars) * MONTH_SLOT + MONTH_MARGIN, bars=tuple(bars))


def budget_chart(concepts) -> BudgetChart:
    """One bar per budget concept, as long as its share of the largest."""
    top = max((c.amount for c in concepts), default=0)
    bars = tuple(
        ConceptBar(
            concept=concept,
            y=index * CONCEPT_ROW,
            length=round(concept.amount / top * LONGEST_BAR, 1) if top else 0,
        )
        for index, concept in enumerate(concepts)
    )
    return BudgetChart(height=len(bars) * CONCEPT_ROW + 4, top=top, bars=bars)
