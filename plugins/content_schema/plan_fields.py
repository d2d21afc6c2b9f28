"""Field types of plans: money, periods and the months an activity runs.

Amounts are ``Decimal`` end to end (the YAML loader never makes floats), so a
budget adds up to the cent. Months are ``(year, month)`` tuples, which sort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .fields import FieldError, ValidationContext
from .spanish import describe_type

YearMonth = tuple[int, int]
WHOLE_PERIOD = "todo el periodo"

_MONEY = re.compile(r"^\$?\s*(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<cents>\d{1,2}))?$")
_MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})$")
_YEARS = re.compile(r"^(?P<a>\d{4})\s*-\s*(?P<b>\d{4})$")
_RANGE = re.compile(r"^(?P<a>\S+)\s+a\s+(?P<b>\S+)$")


@dataclass(frozen=True)
class Money:
    """A non-negative amount in pesos with at most two decimals."""

    expected = 'una cantidad en pesos como "10,405,031.00" (sin signo negativo)'

    def clean(self, value, ctx: ValidationContext) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
            raise FieldError(
                f"se encontró {describe_type(value)}; se espera {self.expected}"
            )
        if isinstance(value, int | Decimal):
            amount = Decimal(value)
            if amount < 0:
                raise FieldError(f"es negativa ({value}); se espera {self.expected}")
            if amount.as_tuple().exponent < -2:
                raise FieldError(
                    f"tiene más de dos decimales ({value}); se espera {self.expected}"
                )
            return amount.quantize(Decimal("0.01"))
        text = value.strip().replace(" ", "")
        if text.startswith("-") or text.startswith("$-"):
            raise FieldError(f"es negativa ('{value}'); se espera {self.expected}")
        match = _MONEY.match(text)
        if not match:
            raise FieldError(
                f"'{value}' no es una cantidad válida; se espera {self.expected}"
            )
        try:
            amount = Decimal(
                match["digits"].replace(",", "") + "." + (match["cents"] or "0")
            )
        except InvalidOperation:  # pragma: no cover - the pattern admits only digits
            raise FieldError(f"'{value}' no es una cantidad válida") from None
        return amount.quantize(Decimal("0.01"))


def parse_month(text: str) -> YearMonth | None:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match["m"]) <= 12:
        return None
    return int(match["y"]), int(match["m"])


def months_between(first: YearMonth, last: YearMonth) -> list[YearMonth]:
    out, (year, month) = [], first
    while (year, month) <= last:
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass(frozen=True)
class Period:
    """A plan's period: ``2021``, ``"2021-2024"`` or ``"2021-10 a 2024-09"``."""

    expected = (
        'un año (2021), un rango de años ("2021-2024") o de meses ("2021-10 a 2024-09")'
    )

    def clean(self, value, ctx: ValidationContext) -> tuple[YearMonth, YearMonth]:
        text = str(value).strip() if isinstance(value, int | str) else ""
        if isinstance(value, bool):
            text = ""
        if re.fullmatch(r"\d{4}", text):
            return (int(text), 1), (int(text), 12)
        if match := _YEARS.match(text):
            first, last = (int(match["a"]), 1), (int(match["b"]), 12)
        elif match := _RANGE.match(text):
            first, last = parse_month(match["a"]), parse_month(match["b"])
            if first is None or last is None:
                raise FieldError(
                    f"'{value}' no es un periodo válido; se espera {self.expected}"
                )
        else:
            raise FieldError(
                f"se encontró {describe_type(value)}; se espera {self.expected}"
            )
        if last < first:
            raise FieldError(
                f"'{value}' termina antes de empezar; se espera {self.expected}"
            )
        return first, last


@dataclass(frozen=True)
class Months:
    """When an activity runs: a month, a range, a list of both, or the whole period.

    Returns sorted unique months, or ``WHOLE_PERIOD`` to be filled in by the
    plan, which also checks that every month falls inside its period.
    """

    expected = (
        'un mes "2021-03", un rango "2021-01 a 2021-10", una lista de ellos '
        'o "todo el periodo"'
    )

    def clean(self, value, ctx: ValidationContext) -> list[YearMonth] | str:
        if isinstance(value, str) and value.strip().casefold() == WHOLE_PERIOD:
            return WHOLE_PERIOD
        items = value if isinstance(value, list) else [value]
        if not items:
            raise FieldError(f"la lista está vacía; se espera {self.expected}")
        months: set[YearMonth] = set()
        for item in items:
            if not isinstance(item, str):
                raise FieldError(
                    f"se encontró {describe_type(item)}; se espera {self.expected}"
                )
            text = item.strip()
            if match := _RANGE.match(text):
                first, last = parse_month(match["a"]), parse_month(match["b"])
                if first is None or last is None or last < first:
                    raise FieldError(
                        f"'{item}' no es un rango válido; se espera {self.expected}"
                    )
                months.update(months_between(first, last))
            elif (month := parse_month(text)) is not None:
                months.add(month)
            else:
                raise FieldError(f"'{item}' no es un mes válido; se espera {self.expected}")
        return sorted(months)


@dataclass(frozen=True)
class MonthField:
    """One calendar month, ``"2021-01"``: what a monthly report covers."""

    expected = 'un mes AAAA-MM, por ejemplo "2021-01"'

    def clean(self, value, ctx: ValidationContext) -> YearMonth:
        month = parse_month(value) if isinstance(value, str) else None
        if month is None:
            raise FieldError(f"'{value}' no es un mes válido; se espera {self.expected}")
        return month


@dataclass(frozen=True)
class Count:
    """How many of something: a whole number, zero or more."""

    signed: bool = False

    @property
    def expected(self) -> str:
        return "un número entero" if self.signed else "un número entero de 0 en adelante"

    def clean(self, value, ctx: ValidationContext) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldError(
                f"se encontró {describe_type(value)}; se espera {self.expected}"
            )
        if value < 0 and not self.signed:
            raise FieldError(f"es negativo ({value}); se espera {self.expected}")
        return value
