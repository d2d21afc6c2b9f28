"""The monthly printed edition (issue 17, seed 002: «periódico institucional»).

Each ended month's published bulletins, with their photos, laid out for print
as one PDF by WeasyPrint (``generator``), cached by the digest of what it is
made from (``render``), and listed at ``/edicion-impresa/``.
"""

from __future__ import annotations

from pelican import signals

from .generator import PrintEditionGenerator


def get_generators(pelican):
    return PrintEditionGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
