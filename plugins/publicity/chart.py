"""Where the bars of the spending charts go, so the templates only draw.

Per concept, two bars on one scale: the budget in force (light) and what
the invoices add up to (solid, marked when it passes the budget). Per
quarter, one bar each. Pixels in the SVG's own coordinates; the same figures
are always in a table beside the chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# Labels are 18 units high: the 440-unit-wide chart is drawn about 358 px wide
# on a 390 px phone, so they show at 14.6 px (and 18 px at its widest, 28rem).
ROW = 66  # one concept: its name, then the two bars, each with its amount beside it
LONGEST = 200  # room for «$11,980,387.00 (rebasa)» beside the longest bar
QUARTER_SLOT = 96
QUARTER_BAR = 64
BASELINE = 130
TALLEST = 100


def _length(amount: Decimal, top: Decimal) -> Decimal | int:
    return round(amount / top * LONGEST, 1) if top else 0


@dataclass(frozen=True)
class ConceptRow:
    figures: object  # figures.ConceptFigures
    y: int
    budget_length: Decimal | int
    spent_length: Decimal | int


@dataclass(frozen=True)
class ConceptChart:
    height: int
    rows: tuple[ConceptRow, ...]


def concept_chart(concepts) -> ConceptChart:
    """The concepts with a budget or a spending, budget against spent."""
    shown = [c for c in concepts if c.current or c.spent]
    top = max((max(c.current, c.spent) for c in shown), default=Decimal(0))
    rows = tuple(
        ConceptRow(c, i * ROW, _length(c.current, top), _length(c.spent, top))
        for i, c in enumerate(shown)
    )
    return ConceptChart(height=len(rows) * ROW + 4, rows=rows)


@dataclass(frozen=True)
class QuarterBar:
    quarter: int
    amount: Decimal
    x: int
    center: float
    height: Decimal | int
    top: Decimal | int


@dataclass(frozen=True)
class QuarterChart:
    width: int
    bars: tuple[QuarterBar, ...]
    baseline: int = BASELINE
    bar_width: int = QUARTER_BAR


def quarter_chart(by_quarter: dict[int, Decimal]) -> QuarterChart:
    top = max(by_quarter.values(), default=Decimal(0))
    bars = []
    for index, (quarter, amount) in enumerate(sorted(by_quarter.items())):
        x = index * QUARTER_SLOT + 16
        height = round(amount / top * TALLEST, 1) if top else 0
        bars.append(
            QuarterBar(quarter, amount, x, x + QUARTER_BAR / 2, height, BASELINE - height)
        )
    return QuarterChart(width=len(bars) * QUARTER_SLOT + 32, bars=tuple(bars))
