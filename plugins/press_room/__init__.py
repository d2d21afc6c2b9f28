"""The press room (/sala-de-prensa/): one page for journalists, built from
what the other generators published (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import PressRoomGenerator


def get_generators(pelican):
    return [PressRoomGenerator]


def register() -> None:
    signals.get_generators.connect(get_generators)
