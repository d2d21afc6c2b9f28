"""Spanish words the messages need, independent of the machine's locale."""

from decimal import Decimal

MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip


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
