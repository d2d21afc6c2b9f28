"""Bulletin numbers: given ones kept and unique, missing ones by date."""

from __future__ import annotations

import datetime as dt

import pytest

from bulletins.numbering import NumberingItem, assign_numbers, format_number

pytestmark = pytest.mark.unit


def item(key, day, given=None, year=2021):
    return NumberingItem(key, dt.datetime(year, 1, 1) + dt.timedelta(days=day), given)


def test_assigned_in_date_order_per_year():
    numbers, dups = assign_numbers(
        [item("c", 5), item("a", 1), item("b", 3), item("z", 2, year=2022)]
    )
    assert numbers == {"a": 1, "b": 2, "c": 3, "z": 1}
    assert dups == []


def test_given_numbers_are_kept_and_skipped():
    numbers, _ = assign_numbers([item("a", 1), item("b", 2, given=2), item("c", 3)])
    assert numbers == {"a": 1, "b": 2, "c": 3}
    numbers, _ = assign_numbers([item("a", 1), item("b", 2, given=1), item("c", 3)])
    assert numbers == {"b": 1, "a": 2, "c": 3}


def test_duplicate_given_numbers_name_both_files():
    _, dups = assign_numbers([item("a", 1, given=7), item("b", 2, given=7), item("c", 3)])
    assert sorted((d.key, d.others, d.number, d.year) for d in dups) == [
        ("a", ("b",), 7, 2021),
        ("b", ("a",), 7, 2021),
    ]


def test_same_number_in_different_years_is_fine():
    _, dups = assign_numbers([item("a", 1, given=7), item("b", 2, given=7, year=2022)])
    assert dups == []


def test_label():
    assert format_number(12, 2021) == "012/2021"
    assert format_number(1234, 2021) == "1234/2021"
