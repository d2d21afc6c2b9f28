"""Bulletin numbers per year: given ones kept, missing ones assigned by date.

A number once printed on a bulletin is cited by the press, so a given number
must be unique within its year, and assigned numbers skip every given one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class NumberingItem:
    key: str  # the file, as staff see it
    date: dt.datetime
    given: int | None


@dataclass(frozen=True)
class DuplicateNumber:
    key: str
    number: int
    year: int
    others: tuple[str, ...]


def assign_numbers(
    items: list[NumberingItem],
) -> tuple[dict[str, int], list[DuplicateNumber]]:
    """Return ``{key: number}`` for every item and the duplicated given ones."""
    by_year: dict[int, list[NumberingItem]] = defaultdict(list)
    for item in items:
        by_year[item.date.year].append(item)

    numbers: dict[str, int] = {}
    duplicates: list[DuplicateNumber] = []
    for year, year_items in by_year.items():
        holders: dict[int, list[str]] = defaultdict(list)
        for item in year_items:
            if item.given is not None:
                holders[item.given].append(item.key)
                numbers[item.key] = item.given
        for number, keys in holders.items():
            if len(keys) > 1:
                for key in keys:
                    others = tuple(sorted(k for k in keys if k != key))
                    duplicates.append(DuplicateNumber(key, number, year, others))
        taken = set(holders)
        candidate = 1
        for item in sorted(year_items, key=lambda i: (i.date, i.key)):
            if item.given is not None:
                continue
            while candidate in taken:
                candidate += 1
            numbers[item.key] = candidate
            taken.add(candidate)
    return numbers, duplicates


def format_number(number: int, year: int) -> str:
    """``Boletín 012/2021`` style: three digits, then the year."""
    return f"{number:03d}/{year}"
