"""Which bulletins make which printed edition, without a build: the month's
end by the office's clock, the numbering that leaves gaps for empty months,
and propaganda dated inside a veda kept off the paper."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from bulletins.veda import Veda
from print_edition.editions import build_editions, group_months

pytestmark = pytest.mark.unit

MX = ZoneInfo("America/Mexico_City")
VEDA = Veda(dt.date(2021, 4, 4), dt.date(2021, 6, 6), "Proceso electoral")


def bulletin(day: str, area="salud", propaganda=False, **flags):
    """A bulletin as the bulletins plugin leaves it (date, metadata, flags)."""
    return SimpleNamespace(
        date=dt.datetime.fromisoformat(day).replace(tzinfo=MX),
        source_path=f"{day}.md",
        metadata={"area": area, "propaganda": propaganda},
        **flags,
    )


def test_a_month_prints_only_once_it_has_ended_by_the_office_clock():
    items = [bulletin("2021-05-31T23:30"), bulletin("2021-06-01T09:00")]
    months, pending = group_months(items, dt.datetime(2021, 6, 15, tzinfo=MX))
    assert list(months) == [(2021, 5)]
    assert pending == [dt.datetime(2021, 7, 1, tzinfo=MX)]  # June's edition appears then


def test_numbers_count_months_so_an_empty_month_leaves_a_gap():
    items = [bulletin("2020-11-10T10:00"), bulletin("2021-01-05T10:00")]
    months, _ = group_months(items, dt.datetime(2021, 3, 1, tzinfo=MX))
    editions = build_editions(months, lambda article, index: SimpleNamespace(date=article.date))
    assert [(e.year, e.month, e.number) for e in editions] == [(2021, 1, 3), (2020, 11, 1)]
    assert editions[0].url == "edicion-impresa/2021/01/edicion-impresa-2021-01.pdf"


def test_held_and_veda_propaganda_never_print():
    items = [
        bulletin("2021-04-20T10:00", area="obras-publicas", propaganda=True),  # in the veda
        bulletin("2021-04-21T10:00", area="salud", propaganda=True),  # an allowed area
        bulletin("2021-04-22T10:00", embargoed=True),
        bulletin("2021-04-23T10:00", veda_held=True),
        bulletin("2021-04-24T10:00", area="obras-publicas"),  # service, not propaganda
    ]
    months, _ = group_months(items, dt.datetime(2021, 7, 1, tzinfo=MX), [VEDA], ["salud"])
    assert [a.source_path for a in months[(2021, 4)]] == [
        "2021-04-21T10:00.md",
        "2021-04-24T10:00.md",
    ]
