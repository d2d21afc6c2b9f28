"""The transparency hub's list: each plan once, those in effect first.

A plan of several years used to be listed under each year; a visitor looking
for this year's plans found them after every older year's copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from content_schema.plan_fields import YearMonth


@dataclass(frozen=True)
class PlanGroup:
    key: str  # the section's anchor
    heading: str
    plans: list


def hub_groups(plans: list, month: YearMonth) -> list[PlanGroup]:
    """Plans in effect in ``month`` (newest start first), then those yet to
    start (soonest first), then those that ended (latest end first); a group
    with no plan is left out."""
    by_title = sorted(plans, key=lambda p: p.title)  # ties read alphabetically
    current = [p for p in by_title if p.in_period(month)]
    upcoming = [p for p in by_title if p.first_month > month]
    ended = [p for p in by_title if p.last_month < month]
    groups = [
        PlanGroup("planes-vigentes", "Planes vigentes",
                  sorted(current, key=lambda p: p.first_month, reverse=True)),
        PlanGroup("planes-por-iniciar", "Planes por iniciar",
                  sorted(upcoming, key=lambda p: p.first_month)),
        PlanGroup("planes-anteriores", "Planes anteriores",
                  sorted(ended, key=lambda p: (p.last_month, p.first_month), reverse=True)),
    ]  # fmt: skip
    return [group for group in groups if group.plans]
