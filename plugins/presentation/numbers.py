"""Figures as readers see them: file sizes, counts, changes and percentages
in Mexican Spanish (Babel, es_MX: 1,234.5), computed here so that every page
writes the same figure the same way.

File sizes use one convention, the International System's: 1 kB = 1,000
bytes, 1 MB = 1,000,000 bytes (never 1,024); ``FILE_SIZE_NOTE`` says so on
the pages that show sizes.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

LOCALE = "es_MX"
# Symbol and bytes of each unit, smallest first.
SIZE_UNITS = (("B", 1), ("kB", 1000), ("MB", 1000**2), ("GB", 1000**3))
FILE_SIZE_NOTE = (
    "Tamaños de archivo en unidades del Sistema Internacional: "
    + "; ".join(
        f"1 {symbol} = {format_decimal(size, '#,##0', locale=LOCALE)} bytes"
        for symbol, size in SIZE_UNITS[1:3]
    )
    + "."
)
_TENTH = Decimal("0.1")


def file_size(size: int) -> str:
    """812 B, 12.3 kB, 2.4 MB: one decimal from kB up, the unit chosen after
    rounding (999,960 bytes are 1.0 MB, not 1,000.0 kB)."""
    if size < 0:
        raise ValueError(f"un tamaño de archivo no puede ser negativo: {size}")
    if size < SIZE_UNITS[1][1]:
        return f"{format_decimal(size, '#,##0', locale=LOCALE)} B"
    for index, (symbol, unit) in enumerate(SIZE_UNITS[1:], 1):
        value = (Decimal(size) / unit).quantize(_TENTH, ROUND_HALF_UP)
        if value < 1000 or index == len(SIZE_UNITS) - 1:
            return f"{format_decimal(value, '#,##0.0', locale=LOCALE)} {symbol}"
    raise AssertionError("unreachable")  # pragma: no cover


def money(amount: Decimal) -> str:
    """``$10,405,031.00``: the way Mexican public documents write pesos."""
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"


def count(value: int) -> str:
    """12,345: a whole figure with thousands separated."""
    return format_decimal(value, "#,##0", locale=LOCALE)


def counted(value: int, singular: str, plural: str) -> str:
    """1 boletín, 12 boletines: a count with its noun in the right number."""
    return f"{count(value)} {singular if value == 1 else plural}"


def signed_change(value: int) -> str:
    """+80, -5, +0: a change against another month, always with its sign."""
    return format_decimal(value, "+#,##0;-#,##0", locale=LOCALE)


def percent(value: Decimal | int) -> str:
    """50.0 %: a percentage computed elsewhere, with the decimals it was
    rounded to (plans give two, execution one)."""
    decimals = max(0, -Decimal(value).as_tuple().exponent)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return f"{format_decimal(Decimal(value), pattern, locale=LOCALE)} %"
