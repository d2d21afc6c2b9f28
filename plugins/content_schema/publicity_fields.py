"""Field types of publicity spending: catalogue values, RFC and strict amounts.

Catalogues come from the formats' data file (``transparency_formats``): staff
write a value's key or its label as the platform prints it, with or without
accents, and a near miss is answered with the value meant. Amounts are the
plans' ``Money`` without a currency sign: the formats publish plain numbers.
"""

from __future__ import annotations

import calendar
import difflib
import re
from dataclasses import dataclass

from .fields import FieldError, ValidationContext
from .plan_fields import Money
from .spanish import describe_type, without_accents
from .transparency_formats import load

CATALOGUE_NAMES = {
    "function": "Función del sujeto obligado",
    "classification": "Clasificación del servicio",
    "type": "Tipo",
    "coverage": "Cobertura",
    "sex": "Sexo",
    "medium": "Tipo de medio",
    "air_time_type": "Tipo de tiempo oficial",
}


def _plain(text: str) -> str:
    return re.sub(r"[\s_-]+", " ", without_accents(text)).strip()


@dataclass(frozen=True)
class Catalogue:
    """One value of a catalogue of the formats, kept as its key."""

    name: str  # a key of the data file's ``catalogues``

    @property
    def labels(self) -> dict[str, str]:
        return load().labels(self.name)

    @property
    def expected(self) -> str:
        return "uno de: " + ", ".join(self.labels)

    def clean(self, value, ctx: ValidationContext) -> str:
        if not isinstance(value, str) or not value.strip():
            raise FieldError(
                f"se encontró {describe_type(value)}; se espera {self.expected}"
            )
        wanted = _plain(value)
        for key, label in self.labels.items():
            if wanted in (_plain(key), _plain(label)):
                return key
        raise FieldError(
            f"'{value.strip()}' no está en el catálogo «{CATALOGUE_NAMES[self.name]}»"
            f"{self._suggestion(wanted)}; se espera {self.expected}"
        )

    def _suggestion(self, wanted: str) -> str:
        names = {}
        for key, label in self.labels.items():
            names[_plain(key)] = key
            names[_plain(label)] = key
        close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.6)
        return f" (¿quiso decir '{names[close[0]]}'?)" if close else ""


@dataclass(frozen=True)
class CatalogueList:
    """Several values of one catalogue (the media a campaign used)."""

    name: str

    @property
    def expected(self) -> str:
        return "una lista, cada valor " + Catalogue(self.name).expected

    def clean(self, value, ctx: ValidationContext) -> list[str]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            raise FieldError(
                f"se encontró {describe_type(value)}; se espera {self.expected}"
            )
        one, keys = Catalogue(self.name), []
        for position, item in enumerate(items, start=1):
            try:
                key = one.clean(item, ctx)
            except FieldError as exc:
                raise FieldError(f"el elemento {position}: {exc}") from None
            if key not in keys:
                keys.append(key)
        return keys


@dataclass(frozen=True)
class Amount(Money):
    """A non-negative amount with at most two decimals and no currency sign."""

    expected = 'una cantidad como "1,250,000.00", sin signo de pesos ni negativo'

    def clean(self, value, ctx: ValidationContext):
        if isinstance(value, str):
            text = value.strip()
            if "$" in text or re.search(r"(?i)mxn|pesos|m\.?n\.?$", text):
                plain = re.sub(r"(?i)\$|mxn|pesos|m\.?n\.?$", "", text).strip()
                raise FieldError(
                    f"'{text}' lleva el signo o el nombre de la moneda; escriba solo "
                    f'la cantidad, por ejemplo "{plain}"'
                )
        try:
            return super().clean(value, ctx)
        except FieldError as exc:
            raise FieldError(str(exc).replace(Money.expected, self.expected)) from None


_RFC = re.compile(r"^(?P<letters>[A-ZÑ&]{3,4})(?P<date>\d{6})(?P<check>[A-Z0-9]{3})$")
RFC_EXPECTED = (
    "12 caracteres para una persona moral (3 letras, la fecha AAMMDD y 3 de "
    "homoclave, p. ej. RCL850312AB4) o 13 para una persona física (4 letras, la "
    "fecha AAMMDD y 3 de homoclave, p. ej. GOLM800101H23)"
)


def _valid_yymmdd(digits: str) -> bool:
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    if not 1 <= month <= 12:
        return False
    # Either century: 29 February is valid if either year is a leap year.
    last = max(calendar.monthrange(century + year, month)[1] for century in (1900, 2000))
    return 1 <= day <= last


@dataclass(frozen=True)
class Rfc:
    """A Registro Federal de Contribuyentes: its shape and the date inside it."""

    expected = "un RFC de " + RFC_EXPECTED

    def clean(self, value, ctx: ValidationContext) -> str:
        if not isinstance(value, str):
            raise FieldError(
                f"se encontró {describe_type(value)}; se espera {self.expected}"
            )
        text = value.strip().upper().replace(" ", "").replace("-", "")
        match = _RFC.match(text)
        if not match:
            raise FieldError(
                f"'{value.strip()}' no es un RFC válido ({len(text)} caracteres); "
                f"se espera {RFC_EXPECTED}"
            )
        if not _valid_yymmdd(match["date"]):
            raise FieldError(
                f"'{text}' lleva la fecha '{match['date']}', que no existe; se espera "
                "la fecha de constitución o de nacimiento como AAMMDD (p. ej. 850312)"
            )
        return text
