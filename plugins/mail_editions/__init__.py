"""E-mail editions: each published bulletin, each week's bulletins and each
media advisory as a ready-to-send .eml plus its HTML and text parts, listed
for staff on a page the public navigation does not link (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import MailEditionsGenerator


def get_generators(pelican):
    return MailEditionsGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
