"""Where each kind's files go and how the editor names a new one.

The same file names as ``make nuevo`` (content_schema/starters*.py) and the
content guide: the date of the content (its ``date``, ``start`` or ``signed``
field, not the day it was typed) and the title made ASCII. A kind named by a
folder (galleries, recordings, the Informe de Gobierno) is edited as its
``index.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

# Decap's date filter on a field of the entry, in local time (slug templates
# only: a path template cannot hold one).
_DAY = "{{fields.%s | date('YYYY-MM-DD')}}"
_YEAR = "{{fields.%s | date('YYYY')}}"


@dataclass(frozen=True)
class Naming:
    """``path``: Decap's path template inside the kind's folder (with the
    ``slug`` template's result as ``{{slug}}``); ``media``: where uploads go,
    relative to the entry (``""``: beside it); ``value``: what a reference to
    one of these names (``{{filename}}``), or ``""`` when the name is a
    folder, which Decap's relation widget cannot give."""

    slug: str
    path: str = "{{slug}}"
    media: str | None = None
    value: str = "{{filename}}"


NAMINGS: dict[str, Naming] = {
    # Decap lower-cases a path template and turns its periods into dashes, so
    # a path names the year as {{year}}: the year of the entry's "date" field
    # (in UTC: a bulletin dated 31 December after 18:00 would go to the next
    # year's folder, which make check reports) or, without one, of today.
    "bulletin": Naming(
        slug=_DAY % "date" + "-{{slug}}", path="{{year}}/{{slug}}", media="imagenes"
    ),
    "gallery": Naming(
        slug=_DAY % "date" + "-{{slug}}", path="{{slug}}/index", media="", value=""
    ),
    "plan": Naming(slug="{{slug}}", media=""),
    # A report has no "date": {{year}} is today's, right but for December's
    # report written in January (make check names the folder to move it to).
    "report": Naming(slug="{{fields.month | date('YYYY-MM')}}", path="{{year}}/{{slug}}"),
    "event": Naming(slug=_DAY % "start" + "-{{slug}}"),
    "page": Naming(slug="{{slug}}"),
    "video": Naming(
        slug=_DAY % "date" + "-{{slug}}", path="{{slug}}/index", media="", value=""
    ),
    "audio": Naming(
        slug=_DAY % "date" + "-{{slug}}", path="{{slug}}/index", media="", value=""
    ),
    "campaign": Naming(slug=_YEAR % "start" + "-{{slug}}", media=""),
    "provider": Naming(slug="{{slug}}"),
    "contract": Naming(slug=_YEAR % "signed" + "-{{slug}}", media=""),
    "publicity_budget": Naming(slug="{{fields.year}}"),
    "air_time": Naming(slug="{{fields.year}}-t{{fields.quarter}}"),
    "clarification": Naming(slug=_DAY % "date" + "-{{slug}}", media="capturas"),
    "government_report": Naming(
        slug="{{fields.year}}", path="{{slug}}/index", media="", value=""
    ),
    "faq": Naming(slug="{{slug}}"),
}

# The field whose text becomes {{slug}} (Decap's identifier_field).
IDENTIFIERS = {
    "report": "month",
    "provider": "company",
    "publicity_budget": "year",
    "air_time": "year",
}


def collection_name(kind) -> str:
    """The collection's name, in the admin's addresses: /admin/#/collections/boletines."""
    return kind.folder.replace("/", "-")
