"""Field types of a place: a Mexican postal code and map coordinates.

Calendars and search engines find a place by its address; these check the two
parts staff copy from elsewhere (the código postal, Google Maps' coordinates)
so a typo is an error in Spanish, not a pin in the sea.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .fields import FieldError, ValidationContext
from .spanish import describe_type

_POSTAL_CODE = re.compile(r"^\d{5}$")
_PAIR = re.compile(r"^\s*(?P<lat>[-+]?\d+(?:\.\d+)?)\s*,\s*(?P<lon>[-+]?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class PostalCode:
    """Five digits, kept as text: 04510 is not the number 4510."""

    expected = 'un código postal de 5 dígitos entre comillas, p. ej. "49000"'

    def clean(self, value, ctx: ValidationContext) -> str:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 10000:
            value = str(value)  # 49000 written without quotes is still 49000
        if not isinstance(value, str) or not _POSTAL_CODE.match(value.strip()):
            shown = f"'{value}'" if isinstance(value, str) else describe_type(value)
            raise FieldError(f"{shown} no es un código postal; se espera {self.expected}")
        return value.strip()


@dataclass(frozen=True)
class Geo:
    """Latitude and longitude in degrees, as Google Maps copies them."""

    expected = (
        "latitud y longitud en grados, separadas por coma, como las copia Google Maps, "
        'p. ej. "20.6736, -103.3440"'
    )

    def clean(self, value, ctx: ValidationContext) -> tuple[Decimal, Decimal]:
        pair = self._pair(value)
        if pair is None:
            shown = f"'{value}'" if isinstance(value, str) else describe_type(value)
            raise FieldError(f"{shown} no son coordenadas; se espera {self.expected}")
        lat, lon = pair
        if not -90 <= lat <= 90:
            raise FieldError(
                f"la latitud {lat} está fuera de rango (va de -90 a 90); ¿escribió "
                f"primero la longitud? Se espera {self.expected}"
            )
        if not -180 <= lon <= 180:
            raise FieldError(
                f"la longitud {lon} está fuera de rango (va de -180 a 180); "
                f"se espera {self.expected}"
            )
        return lat, lon

    @staticmethod
    def _pair(value) -> tuple[Decimal, Decimal] | None:
        if isinstance(value, str):
            match = _PAIR.match(value)
            return (Decimal(match["lat"]), Decimal(match["lon"])) if match else None
        if isinstance(value, list) and len(value) == 2:
            try:
                lat, lon = (Decimal(str(v)) for v in value if not isinstance(v, bool))
            except (InvalidOperation, ValueError):
                return None
            return (lat, lon) if lat.is_finite() and lon.is_finite() else None
        return None
