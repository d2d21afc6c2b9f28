"""Dates in Mexican Spanish, from Babel's data, never from the machine's locale."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_time

LOCALE = "es_MX"


def long_date(value: dt.date) -> str:
    """16 de enero de 2021"""
    return format_date(value, "long", locale=LOCALE)


def long_datetime(value: dt.datetime) -> str:
    """16 de enero de 2021, 10:30 h"""
    return f"{long_date(value)}, {format_time(value, 'HH:mm', locale=LOCALE)} h"


def month_year(value: dt.date) -> str:
    """enero de 2021"""
    return format_date(value, "LLLL 'de' y", locale=LOCALE)


def iso_date(value: dt.date) -> str:
    """2021-01-16, for <time datetime> and machine readers."""
    return value.isoformat()
