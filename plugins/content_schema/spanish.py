"""Spanish words the messages need, from Babel's data, never the machine's locale."""

from decimal import Decimal

from spanish_dates.formatting import month_abbreviations, month_names

MONTHS = month_names()  # enero … diciembre, as every month name of the site
MONTH_ABBR = month_abbreviations()  # ene … dic


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


def of_name(name: str, article: str) -> str:
    """«de» before a name that takes an article, contracted as Spanish asks:
    «del H. Ayuntamiento…», «de la Presidencia…»; no article: «de San Isidro»."""
    if article == "el":
        return f"del {name}"
    return f"de {article} {name}" if article else f"de {name}"


def of_organization(settings) -> str:
    """«del H. Ayuntamiento de …»: the organisation after «de», from settings."""
    return of_name(settings["ORGANIZATION_NAME"], settings["ORGANIZATION_ARTICLE"])
