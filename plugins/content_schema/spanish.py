"""Spanish words the messages need, from Babel's data, never the machine's locale."""

import unicodedata
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


# Field names staff write in Spanish -> the field meant, first one the kind has.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "fecha": ("date", "start", "modified", "month"),
    "titulo": ("title",),
    "resumen": ("summary",),
    "descripcion": ("summary",),
    "etiquetas": ("tags",),
    "temas": ("tags",),
    "numero": ("number",),
    "imagen": ("image",),
    "foto": ("image", "cover"),
    "portada": ("cover",),
    "autor": ("credit",),
    "credito": ("credit",),
    "fotografo": ("credit",),
    "estado": ("status",),
    "estatus": ("status",),
    "borrador": ("status",),
    "galeria": ("gallery",),
    "boletin": ("bulletin",),
    "lugar": ("place",),
    "sede": ("place",),
    "inicio": ("start",),
    "hora": ("start",),
    "fin": ("end",),
    "termina": ("end",),
    "tipo": ("kind",),
    "direccion": ("slug",),
    "url": ("slug",),
    "modificado": ("modified",),
    "actualizado": ("modified",),
    "correcciones": ("corrections",),
    "fe_de_erratas": ("corrections",),
    "erratas": ("corrections",),
    "mes": ("month",),
    "periodo": ("period",),
    "aprobado": ("approved",),
    "validado": ("validated",),
    "nota": ("note",),
    "actividades": ("activities",),
    "presupuesto": ("budget",),
    "entrevistas": ("interviews",),
    "eventos": ("events",),
    "propaganda_gubernamental": ("propaganda",),
    "texto_alternativo": ("alt",),
    "texto": ("text",),
    "archivo": ("src", "file"),
    "ruta": ("src",),
    "pie": ("caption",),
    "pie_de_foto": ("caption",),
}


def without_accents(text: str) -> str:
    """«Título» -> «titulo»: how names are compared when staff type them."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def of_name(name: str, article: str) -> str:
    """«de» before a name that takes an article, contracted as Spanish asks:
    «del H. Ayuntamiento…», «de la Presidencia…»; no article: «de San Isidro»."""
    if article == "el":
        return f"del {name}"
    return f"de {article} {name}" if article else f"de {name}"


def of_organization(settings) -> str:
    """«del H. Ayuntamiento de …»: the organisation after «de», from settings."""
    return of_name(settings["ORGANIZATION_NAME"], settings["ORGANIZATION_ARTICLE"])
