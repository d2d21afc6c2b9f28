"""Spanish words the messages need, from Babel's data, never the machine's locale."""

import datetime as dt
from decimal import Decimal

from babel.dates import format_date

from spanish_dates.formatting import LOCALE


def _months(pattern: str) -> tuple[str, ...]:
    return tuple(
        format_date(dt.date(2000, month, 1), pattern, locale=LOCALE)
        for month in range(1, 13)
    )


MONTHS = _months("LLLL")  # enero … diciembre
MONTH_ABBR = _months("LLL")  # ene … dic


def describe_type(value) -> str:
    """Name a YAML value's type the way staff would say it."""
    if value is None:
        return "un valor vacío"
    if isinstance(value, bool):
        return f"un valor sí/no ({str(value).lower()})"
    if isinstance(value, int | float | Decimal):
        return f"un número ({value})"
    if isinstance(value, str):
        return f"el texto '{value}'"
    if isinstance(value, list):
        return "una lista"
    if isinstance(value, dict):
        return "un grupo de campos"
    return f"un valor de tipo {type(value).__name__}"
