"""Jinja filters for Spanish dates and months: the only ones templates use.

``fecha`` (16 de enero de 2021), ``fecha_hora`` (… , 10:30 h), ``hora``
(10:30 h), ``mes_anio`` (enero de 2021), ``mes_abrev`` (ene), ``mes_corto``
(ene 21), ``iso`` (2021-01-16 or the full timestamp), ``dia_iso``
(2021-01-16), ``mes_iso`` (2021-01). Month filters take a date or a
``(year, month)`` tuple.
"""

from __future__ import annotations

from pelican import signals

from .formatting import (
    iso_date,
    iso_day,
    iso_month,
    long_date,
    long_datetime,
    month_abbr,
    month_abbr_year,
    month_year,
    numeric_date,
    time_of_day,
)

FILTERS = {
    "fecha": long_date,
    "fecha_hora": long_datetime,
    "hora": time_of_day,
    "mes_anio": month_year,
    "mes_abrev": month_abbr,
    "mes_corto": month_abbr_year,
    "iso": iso_date,
    "dia_iso": iso_day,
    "mes_iso": iso_month,
    "fecha_num": numeric_date,
}


def add_filters(generator) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.filters.update(FILTERS)


def register() -> None:
    signals.generator_init.connect(add_filters)
