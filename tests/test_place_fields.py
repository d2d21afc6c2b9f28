"""The place's field types on their own: postal codes and coordinates as staff
type or paste them (the file-level messages are in tests/bad_input/agenda_place)."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from content_schema.fields import FieldError, ValidationContext
from content_schema.place_fields import Geo, PostalCode

pytestmark = pytest.mark.unit

CTX = ValidationContext(
    source_path="content/agenda/2021-06-10-evento.md",
    timezone=ZoneInfo("America/Mexico_City"),
)


@pytest.mark.parametrize(
    ("typed", "clean"), [("04510", "04510"), (" 49000 ", "49000"), (49000, "49000")]
)
def test_postal_codes_are_five_digits_kept_as_text(typed, clean):
    assert PostalCode().clean(typed, CTX) == clean


@pytest.mark.parametrize("typed", [2376, "4510", "490000", "C.P. 49000", True, None])
def test_other_postal_codes_are_refused(typed):
    with pytest.raises(FieldError, match="se espera un código postal de 5 dígitos"):
        PostalCode().clean(typed, CTX)


@pytest.mark.parametrize(
    "typed",
    ["19.7125, -103.4410", "19.7125,-103.4410", [Decimal("19.7125"), Decimal("-103.4410")]],
)
def test_coordinates_as_google_maps_copies_them_or_as_a_list(typed):
    assert Geo().clean(typed, CTX) == (Decimal("19.7125"), Decimal("-103.4410"))


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("-103.4410, 19.7125", "la latitud -103.4410 está fuera de rango"),
        ("19.7125, -203.4410", "la longitud -203.4410 está fuera de rango"),
        ("19.7125", "no son coordenadas"),
        ([Decimal("NaN"), Decimal("1")], "no son coordenadas"),
        ([True, Decimal("1")], "no son coordenadas"),
    ],
)
def test_wrong_coordinates_say_what_is_wrong(typed, says):
    with pytest.raises(FieldError, match=says):
        Geo().clean(typed, CTX)
