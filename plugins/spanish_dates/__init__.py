"""Jinja filters for Spanish dates: ``fecha``, ``fecha_hora``, ``mes_anio``, ``iso``."""

from __future__ import annotations

from pelican import signals

from .formatting import iso_date, long_date, long_datetime, month_year

FILTERS = {
    "fecha": long_date,
    "fecha_hora": long_datetime,
    "mes_anio": month_year,
    "iso": iso_date,
}


def add_filters(generator) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.filters.update(FILTERS)


def register() -> None:
    signals.generator_init.connect(add_filters)
