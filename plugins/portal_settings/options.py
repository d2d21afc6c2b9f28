"""Typed setting options, as MkDocs' ``config_options``: each knows its type,
its default, how to read a value typed on the command line, and says in
Spanish what it expects when a value is wrong.

``validate`` returns the value as plugins use it (a list of links as tuples,
a path made absolute) or raises ``SettingError``; it accepts its own output,
so settings already checked can be checked again.
"""

from __future__ import annotations

import datetime as dt
import json
import os

import yaml

TRUE_WORDS = {"true", "sí", "si", "1"}
FALSE_WORDS = {"false", "no", "0"}
NONE_WORDS = {"none", "null", "ninguno"}


class SettingError(ValueError):
    """A value that is not what its setting expects: the text says what is."""


class _Required:
    def __repr__(self) -> str:
        return "(obligatorio)"


REQUIRED = _Required()


def shown(value) -> str:
    """A value as a staff member typed it, cut short."""
    text = value if isinstance(value, str) else repr(value)
    text = f"«{text}»"
    return text if len(text) <= 60 else text[:57] + "…»"


def parse_structure(text: str):
    """A list or mapping typed on the command line: JSON or YAML."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        raise SettingError("no se entiende como lista o mapa en JSON o YAML") from None


class Option:
    """One setting: what it holds (``type_label``), its default and meaning."""

    type_label = "valor"

    def __init__(self, default=REQUIRED, description: str = "", *, optional: bool = False):
        self.default = default
        self.description = description
        self.optional = optional  # None is a value («no hay», «todos los núcleos»)

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def label(self) -> str:
        return f"{self.type_label} o None" if self.optional else self.type_label

    def expected(self) -> str:
        return self.label()

    def fail(self, value, detail: str | None = None):
        said = f"es {shown(value)}"
        raise SettingError(f"{said}; se espera {detail or self.expected()}")

    def validate(self, value):
        if value is None:
            if self.optional:
                return None
            self.fail(value)
        return self.check(value)

    def check(self, value):
        return value

    def from_text(self, text: str):
        if self.optional and text.strip().lower() in NONE_WORDS:
            return None
        return self.validate(self.parse(text))

    def parse(self, text: str):
        return text


class Boolean(Option):
    type_label = "sí/no (true/false)"

    def expected(self) -> str:
        return "true o false (también sí/no o 1/0)"

    def check(self, value):
        if not isinstance(value, bool):
            self.fail(value)
        return value

    def parse(self, text: str):
        word = text.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        self.fail(text)


class Integer(Option):
    type_label = "número entero"

    def __init__(self, *args, minimum: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.minimum = minimum

    def label(self) -> str:
        label = self.type_label
        if self.minimum is not None:
            label += f" ≥ {self.minimum}"
        return f"{label} o None" if self.optional else label

    def expected(self) -> str:
        text = "un número entero"
        if self.minimum is not None:
            text += f" mayor o igual a {self.minimum}"
        return text + (" o None" if self.optional else "")

    def check(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(value)
        if self.minimum is not None and value < self.minimum:
            self.fail(value)
        return value

    def parse(self, text: str):
        try:
            return int(text.strip())
        except ValueError:
            self.fail(text)


class Text(Option):
    type_label = "texto"

    def __init__(self, *args, placeholders: tuple[str, ...] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.placeholders = placeholders  # {year}, {slug}: names the text must accept

    def expected(self) -> str:
        if self.placeholders:
            names = ", ".join("{" + p + "}" for p in self.placeholders)
            return f"un texto que puede llevar {names} y nada más entre llaves"
        return "un texto no vacío"

    def check(self, value):
        if not isinstance(value, str) or not value.strip():
            self.fail(value)
        try:
            value.format(**{name: "x" for name in self.placeholders})
        except (KeyError, IndexError, ValueError):
            self.fail(value)
        return value


class FeedPath(Text):
    """Where a feed or calendar is written, relative to the site's root."""

    type_label = "ruta en el sitio"

    def expected(self) -> str:
        need = "".join(" con {" + p + "}" for p in self.placeholders)
        return f"una ruta relativa dentro del sitio{need}, p. ej. feeds/boletines.rss.xml"

    def check(self, value):
        value = super().check(value)
        if value.startswith("/") or ".." in value.split("/"):
            self.fail(value)
        if any("{" + p + "}" not in value for p in self.placeholders):
            self.fail(value)
        return value


class Url(Text):
    type_label = "dirección web"

    def expected(self) -> str:
        return "una dirección que empiece con https:// (o http://), sin / al final"

    def check(self, value):
        value = super().check(value)
        if not value.startswith(("https://", "http://")) or value.endswith("/"):
            self.fail(value)
        return value


class Folder(Text):
    """A folder on this machine; a relative one is taken from the current folder."""

    type_label = "carpeta"

    def expected(self) -> str:
        return "la ruta de una carpeta"

    def check(self, value):
        return os.path.abspath(super().check(value))


class DateTime(Option):
    type_label = "fecha y hora"

    def expected(self) -> str:
        return "una fecha y hora AAAA-MM-DDTHH:MM" + (" o None" if self.optional else "")

    def check(self, value):
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, dt.date):
            return dt.datetime.combine(value, dt.time(0, 0))
        if isinstance(value, str):
            try:
                return dt.datetime.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(value)


class Date(Option):
    type_label = "fecha"

    def expected(self) -> str:
        return "una fecha AAAA-MM-DD"

    def check(self, value):
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(value)


class Choice(Option):
    def __init__(self, choices: tuple[str, ...], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.choices = choices

    @property
    def type_label(self) -> str:
        return " o ".join(self.choices)

    def expected(self) -> str:
        return "uno de: " + ", ".join(self.choices)

    def check(self, value):
        if value not in self.choices:
            self.fail(value)
        return value


class AreaKey(Text):
    type_label = "clave de área"

    def expected(self) -> str:
        return "una clave en minúsculas, sin espacios ni acentos (p. ej. obras-publicas)"

    def check(self, value):
        value = super().check(value)
        if (
            not value.replace("-", "").isalnum()
            or not value.isascii()
            or value != value.lower()
        ):
            self.fail(value)
        return value
