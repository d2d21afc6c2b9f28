"""Agenda of public events and its iCalendar feed (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import AgendaGenerator


def get_generators(pelican):
    return AgendaGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
