"""Shared colours and colour arithmetic, so cards and pictograms agree."""

from __future__ import annotations

GOLD = (212, 175, 92)
GOLD_LIGHT = (236, 206, 140)
CREAM = (248, 245, 238)
INK = (45, 45, 50)
WATER = (31, 94, 148)  # water is blue whatever the area


def mix(a, b, t: float) -> tuple[int, int, int]:
    """Linear mix of two RGB colours (t=0 -> a, t=1 -> b)."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def lighten(c, t):
    return mix(c, (255, 255, 255), t)


def darken(c, t):
    return mix(c, (0, 0, 0), t)
