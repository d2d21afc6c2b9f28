"""Checks across reports: one report per month.

The names a report uses (galleries, bulletins, plan activities) are
reference fields, resolved by the linking pass of ``content_schema``.
"""

from __future__ import annotations

from collections import defaultdict

from content_schema.reader import display_path
from spanish_dates.formatting import month_year


def check_one_per_month(reports, settings, problems) -> None:
    by_month = defaultdict(list)
    for report in reports:
        by_month[report.month].append(report)
    for month, same in by_month.items():
        if len(same) < 2:
            continue
        paths = [display_path(r.source_path, settings) for r in same]
        for path in paths:
            others = ", ".join(p for p in paths if p != path)
            problems.add(
                path,
                "month",
                f"ya hay otro informe de {month_year(month)} ({others}); "
                "se espera un solo informe por mes",
            )
