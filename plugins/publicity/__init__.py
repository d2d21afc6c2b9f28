"""Publicity spending: campaigns, providers, contracts and invoices, the
communication budget and official air time (formats 23b–23d; see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import GENERATORS


def get_generators(pelican):
    return GENERATORS


def register() -> None:
    signals.get_generators.connect(get_generators)
