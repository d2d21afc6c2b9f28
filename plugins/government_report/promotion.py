"""The law on promoting the informe: LGIPE art. 242.5.

The yearly informe may be promoted from 7 days before to 5 days after it is
presented, and never during an electoral campaign (the periods of ``VEDAS``,
from the start of campaigns to election day). A bulletin, campaign or piece
that names the informe it promotes (``promotes_report``) and is dated
outside those days is an error in every build, ``make html`` as much as
``make publish``: held back or not, it would break the law once published.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from spanish_dates.formatting import long_date

LAW = "LGIPE, art. 242.5"


@dataclass(frozen=True)
class Promotion:
    """One dated promotion of an informe: where it is written and its days."""

    shown: str  # the file, as staff see it
    field: str  # the field of its date, where the report points
    report: object  # the GovernmentReport it names
    start: dt.date
    end: dt.date  # the same day for a bulletin


def window(report) -> tuple[dt.date, dt.date]:
    """The first and last day it may be promoted (the model's PROMOTION_DAYS_*)."""
    return report.promotion_start, report.promotion_end


def allowed_runs(report, vedas) -> list[tuple[dt.date, dt.date]]:
    """The window's days outside every veda, as runs of consecutive days."""
    first, last = window(report)
    runs: list[tuple[dt.date, dt.date]] = []
    day = first
    while day <= last:
        if not any(v.covers(day) for v in vedas):
            if runs and runs[-1][1] == day - dt.timedelta(days=1):
                runs[-1] = (runs[-1][0], day)
            else:
                runs.append((day, day))
        day += dt.timedelta(days=1)
    return runs


def _span(start: dt.date, end: dt.date) -> str:
    if start == end:
        return f"el {long_date(start)}"
    return f"del {long_date(start)} al {long_date(end)}"


def allowed_text(report, vedas) -> str:
    runs = allowed_runs(report, vedas)
    if not runs:
        return "ningún día: los 13 días permitidos caen en veda electoral"
    return " y ".join(_span(*run) for run in runs)


def problem(promotion: Promotion, vedas) -> str | None:
    """The Spanish message for a promotion the law does not allow, or None."""
    report = promotion.report
    first, last = window(report)
    said = (
        f"promueve el informe de gobierno {report.year} (promotes_report), presentado "
        f"el {long_date(report.date.date())}, y se difunde {_span(promotion.start, promotion.end)}"
    )
    allowed = f"se permite promoverlo {allowed_text(report, vedas)} ({LAW})"
    for veda in vedas:
        if promotion.start <= veda.end and veda.start <= promotion.end:
            return (
                f"{said}, durante la veda «{veda.name}» ({_span(veda.start, veda.end)}), "
                f"cuando la ley no permite promoverlo; {allowed}: cambie la fecha o "
                "quite promotes_report"
            )
    if promotion.start < first or promotion.end > last:
        return (
            f"{said}, fuera de los 7 días antes y 5 después de su presentación; "
            f"{allowed}: cambie la fecha o quite promotes_report"
        )
    return None


def bulletin_promotions(articles, shown_of) -> Iterator[Promotion]:
    for article in articles:
        report = getattr(article, "promotes_report", None)
        if report is not None and getattr(report, "date", None) is not None:
            day = article.date.date()
            yield Promotion(shown_of(article), "date", report, day, day)


def campaign_promotions(campaigns, shown_of) -> Iterator[Promotion]:
    """A campaign's own period, and each piece's (its dates or the campaign's)."""
    for campaign in campaigns:
        shown = shown_of(campaign)
        if campaign.promotes_report is not None:
            yield Promotion(shown, "start", campaign.promotes_report,
                            campaign.start, campaign.end)  # fmt: skip
        for position, piece in enumerate(campaign.pieces, start=1):
            report = piece.promotes_report or campaign.promotes_report
            if report is not None and (piece.start or piece.end):
                yield Promotion(shown, f"pieces[{position}].start", report,
                                piece.start or campaign.start,
                                piece.end or campaign.end)  # fmt: skip
            elif piece.promotes_report is not None and campaign.promotes_report is None:
                yield Promotion(shown, f"pieces[{position}].promotes_report", report,
                                campaign.start, campaign.end)  # fmt: skip
