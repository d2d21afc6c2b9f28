"""Field types of a contact for the media: an e-mail address and a phone.

A journalist copies them straight into a mail or a phone, so a typo here is a
call that never connects: both are checked and kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fields import FieldError, ValidationContext
from .spanish import describe_type

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


def _text(value) -> str:
    if not isinstance(value, str) or not value.strip():
        shown = f"'{value}'" if isinstance(value, str) else describe_type(value)
        raise FieldError(f"{shown} no sirve; se espera texto entre comillas")
    return value.strip()


@dataclass(frozen=True)
class Email:
    expected = 'un correo electrónico entre comillas, p. ej. "prensa@municipio.gob.mx"'

    def clean(self, value, ctx: ValidationContext) -> str:
        text = _text(value)
        if not _EMAIL.match(text):
            raise FieldError(
                f"'{text}' no es un correo electrónico; se espera {self.expected}"
            )
        return text


@dataclass(frozen=True)
class Phone:
    expected = 'un teléfono de 10 dígitos o más, p. ej. "+52 382 538 0012"'

    def clean(self, value, ctx: ValidationContext) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        text = _text(value)
        digits = re.sub(r"\D", "", text)
        if len(digits) < 10 or not re.fullmatch(r"\+?[\d\s().-]+", text):
            raise FieldError(f"'{text}' no es un teléfono; se espera {self.expected}")
        return text
