"""Options that hold lists and mappings: each item is checked by its own
option, and a wrong one is named by its place (``elemento 2``, ``clave salud``)."""

from __future__ import annotations

from .options import Option, SettingError, parse_structure, shown


def _inside(where: str, error: SettingError) -> SettingError:
    return SettingError(f"{where}: {error}")


class ListOf(Option):
    """A list whose items are all one option; typed on the command line as
    JSON or YAML (``["salud", "educacion"]``)."""

    def __init__(self, item: Option, *args, as_tuple: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        self.as_tuple = as_tuple

    @property
    def type_label(self) -> str:
        return f"lista de {self.item.label()}"

    def expected(self) -> str:
        return f"una lista de {self.item.label()}"

    def check(self, value):
        if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
            self.fail(value)
        items = []
        for position, item in enumerate(value, start=1):
            try:
                items.append(self.item.validate(item))
            except SettingError as error:
                raise _inside(f"elemento {position}", error) from None
        return tuple(items) if self.as_tuple else items

    def parse(self, text: str):
        return parse_structure(text)


class Pair(Option):
    """Two values, as a tuple: a link (text, address), a column (header, datum)."""

    def __init__(self, first: Option, second: Option, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.first, self.second = first, second

    @property
    def type_label(self) -> str:
        return f"({self.first.label()}, {self.second.label()})"

    def expected(self) -> str:
        return f"un par {self.type_label}"

    def check(self, value):
        if isinstance(value, str | bytes | dict) or not hasattr(value, "__len__"):
            self.fail(value)
        if len(value) != 2:
            self.fail(value)
        try:
            first = self.first.validate(value[0])
        except SettingError as error:
            raise _inside("primer valor", error) from None
        try:
            second = self.second.validate(value[1])
        except SettingError as error:
            raise _inside("segundo valor", error) from None
        return (first, second)


class MappingOf(Option):
    """Keys to values, each checked by its option (``AREAS``: clave -> nombre)."""

    def __init__(self, key: Option, value: Option, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.key, self.value = key, value

    @property
    def type_label(self) -> str:
        return f"mapa {self.key.label()} → {self.value.label()}"

    def expected(self) -> str:
        return f"un mapa de {self.key.label()} a {self.value.label()}"

    def check(self, value):
        if not isinstance(value, dict) or not value:
            self.fail(value)
        checked = {}
        for key, item in value.items():
            try:
                key = self.key.validate(key)
            except SettingError as error:
                raise _inside("una clave", error) from None
            try:
                checked[key] = self.value.validate(item)
            except SettingError as error:
                raise _inside(f"clave {key}", error) from None
        return checked

    def parse(self, text: str):
        return parse_structure(text)


class Record(Option):
    """A mapping with known keys, each with its own option; keys with a default
    may be left out, unknown keys are a mistake."""

    def __init__(self, fields: dict[str, Option], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = fields

    @property
    def type_label(self) -> str:
        return "mapa con " + ", ".join(self.fields)

    def expected(self) -> str:
        return "un mapa con las claves " + ", ".join(self.fields)

    def check(self, value):
        if not isinstance(value, dict):
            self.fail(value)
        unknown = sorted(set(value) - set(self.fields), key=str)
        if unknown:
            raise SettingError(
                f"la clave {shown(unknown[0])} no existe; se espera alguna de: "
                + ", ".join(self.fields)
            )
        checked = {}
        for name, option in self.fields.items():
            if name not in value:
                if option.required:
                    raise SettingError(
                        f"falta la clave {name}; se espera {option.expected()}"
                    )
                continue
            try:
                checked[name] = option.validate(value[name])
            except SettingError as error:
                raise _inside(name, error) from None
        return self.whole(checked)

    def whole(self, checked: dict) -> dict:
        """Checks across keys (an end before its start)."""
        return checked

    def parse(self, text: str):
        return parse_structure(text)
