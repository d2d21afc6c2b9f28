"""Dates and months in Mexican Spanish, from Babel's data (CLDR), never from
the machine's locale and never from a list of month names of our own.

Months are ``(year, month)`` tuples in plans and reports and dates elsewhere;
every month filter takes either.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_time, get_month_names

LOCALE = "es_MX"

YearMonth = tuple[int, int]


def _first_day(value: dt.date | YearMonth) -> dt.date:
    if isinstance(value, dt.date):
        return value
    year, month = value
    return dt.date(year, month, 1)


def long_date(value: dt.date) -> str:
    """16 de enero de 2021"""
    return format_date(value, "long", locale=LOCALE)


def time_of_day(value: dt.datetime | dt.time) -> str:
    """10:30 h: the 24-hour clock, as Mexican public notices write it."""
    return f"{format_time(value, 'HH:mm', locale=LOCALE)} h"


def long_datetime(value: dt.datetime) -> str:
    """16 de enero de 2021, 10:30 h"""
    return f"{long_date(value)}, {time_of_day(value)}"


def month_year(value: dt.date | YearMonth) -> str:
    """enero de 2021"""
    return format_date(_first_day(value), "LLLL 'de' y", locale=LOCALE)


def month_abbr(value: dt.date | YearMonth) -> str:
    """ene: the month alone, abbreviated, for table heads and chart labels."""
    return format_date(_first_day(value), "LLL", locale=LOCALE)


def month_abbr_year(value: dt.date | YearMonth) -> str:
    """ene 21: a chart's label under each bar."""
    return format_date(_first_day(value), "LLL yy", locale=LOCALE)


def month_abbreviations() -> tuple[str, ...]:
    """ene … dic, for code that needs the list (plan periods)."""
    return tuple(format_date(dt.date(2000, m, 1), "LLL", locale=LOCALE) for m in range(1, 13))


def month_names() -> tuple[str, ...]:
    """enero … diciembre, for code that needs the list (slugs, messages)."""
    names = get_month_names("wide", "stand-alone", locale=LOCALE)
    return tuple(names[m] for m in range(1, 13))


def iso_date(value: dt.date) -> str:
    """2021-01-16 (or the full timestamp of a datetime), for <time datetime>
    and machine readers."""
    return value.isoformat()


def numeric_date(value: dt.date) -> str:
    """16/01/2021: day/month/year, as the transparency platform writes dates."""
    return value.strftime("%d/%m/%Y")


def iso_day(value: dt.date) -> str:
    """2021-01-16 even for a datetime: a sort key by day."""
    return value.strftime("%Y-%m-%d")


def iso_month(value: dt.date | YearMonth) -> str:
    """2021-01"""
    day = _first_day(value)
    return f"{day.year:04d}-{day.month:02d}"
