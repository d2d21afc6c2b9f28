"""Plan execution (cumplimiento): what each plan planned against what reports say.

For every activity and month of a plan, one of:

- ``done``: planned and reported as executed;
- ``missed``: planned, the month has a report, and it does not list it;
- ``unplanned``: not planned that month, but reported as executed;
- ``idle``: neither planned nor executed;
- ``pending``: planned, but no report of that month is published yet;
- ``none``: not planned and no report yet.

Percentages count only months that have a report: a month not yet reported
is neither done nor missed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from content_schema.plan_fields import YearMonth

LABELS = {
    "done": "realizada según lo planeado",
    "missed": "planeada y no realizada",
    "unplanned": "realizada sin estar planeada",
    "idle": "no planeada",
    "pending": "planeada, sin informe del mes",
    "none": "sin informe del mes",
}
# What the published data (CSV, JSON) says for each state: Spanish codes.
CODES = {
    "done": "cumplida",
    "missed": "no-cumplida",
    "unplanned": "realizada-sin-planear",
    "idle": "no-planeada",
    "pending": "pendiente",
    "none": "sin-informe",
}


def percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass
class Cell:
    state: str
    report: object = None  # the month's report, when there is one
    evidence: list = field(default_factory=list)

    @property
    def label(self) -> str:
        return LABELS[self.state]

    @property
    def code(self) -> str:
        return CODES[self.state]


@dataclass
class Row:
    activity: object
    cells: list[Cell]

    @property
    def planned_reported(self) -> int:
        return sum(c.state in ("done", "missed") for c in self.cells)

    @property
    def done(self) -> int:
        return sum(c.state == "done" for c in self.cells)

    @property
    def unplanned(self) -> int:
        return sum(c.state == "unplanned" for c in self.cells)

    @property
    def percent(self) -> Decimal | None:
        return percent(self.done, self.planned_reported)


@dataclass
class Matrix:
    plan: object
    months: list[YearMonth]
    rows: list[Row]
    reported: set[YearMonth]
    outside: list[tuple[object, object]]  # (report, execution) outside the plan's period

    def column(self, index: int) -> list[Cell]:
        return [row.cells[index] for row in self.rows]

    def month_percent(self, index: int) -> Decimal | None:
        cells = self.column(index)
        planned = sum(c.state in ("done", "missed") for c in cells)
        return percent(sum(c.state == "done" for c in cells), planned)

    @property
    def total_percent(self) -> Decimal | None:
        return percent(
            sum(r.done for r in self.rows), sum(r.planned_reported for r in self.rows)
        )

    def counts(self) -> dict[str, int]:
        totals = dict.fromkeys(LABELS, 0)
        for row in self.rows:
            for cell in row.cells:
                totals[cell.state] += 1
        return totals


def execution_matrix(plan, reports) -> Matrix:
    by_month = {r.month: r for r in reports}
    months = plan.months
    rows, outside = [], []
    for activity in plan.activities:
        cells = []
        for month in months:
            report = by_month.get(month)
            planned = activity.runs_in(month)
            execution = report.executed_activity(plan.slug, activity.id) if report else None
            if report is None:
                state = "pending" if planned else "none"
            elif execution is not None:
                state = "done" if planned else "unplanned"
            else:
                state = "missed" if planned else "idle"
            cells.append(Cell(state, report, list(execution.evidence) if execution else []))
        rows.append(Row(activity, cells))
    for report in sorted(reports, key=lambda r: r.month):
        if plan.in_period(report.month):
            continue
        for execution in report.executed:
            if execution.plan_slug == plan.slug:
                outside.append((report, execution))
    return Matrix(plan, months, rows, set(by_month) & set(months), outside)
