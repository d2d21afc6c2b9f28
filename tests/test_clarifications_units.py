"""Aclaraciones without a build: the «spread by» check that warns on people's
names, the verdict scale setting, and the ClaimReview built from a model."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from clarifications.model import Appearance, Clarification, verdict_scale
from clarifications.people import looks_like_a_person
from content_schema.clarification_schemas import DEFAULT_VERDICTS, WebAddress
from content_schema.fields import FieldError, ValidationContext
from portal_settings.declared import SETTINGS
from portal_settings.options import SettingError
from presentation.structured_data import SiteIdentity, claim_review

pytestmark = pytest.mark.unit

ZONE = ZoneInfo("America/Mexico_City")


@pytest.mark.parametrize(
    "text",
    ["Juan Pérez López", "María de la Luz Hernández", "@vecino_sanisidro",
     "compartido por @juanito"],
)  # fmt: skip
def test_a_persons_name_or_handle_is_flagged(text):
    assert looks_like_a_person(text)


@pytest.mark.parametrize(
    "text",
    ["grupos de WhatsApp", "una página de Facebook de noticias locales", "TikTok",
     "Radio Monte 98.5", "cadenas de mensajes", "la página de Facebook Voz Ciudadana",
     "Noticias San Isidro al Momento", "Ana"],
)  # fmt: skip
def test_platforms_and_pages_are_not(text):
    assert not looks_like_a_person(text)


def test_the_default_scale_is_valid_and_its_ends_are_known():
    option = SETTINGS["CLARIFICATION_VERDICTS"]
    scale = verdict_scale({"CLARIFICATION_VERDICTS": option.validate(option.default)})
    assert [v.key for v in scale] == ["falso", "enganoso", "sin-sustento", "impreciso",
                                      "verdadero"]  # fmt: skip
    assert {(v.best, v.worst) for v in scale} == {(5, 1)}
    assert scale[0].url == "aclaraciones/veredicto/falso/"


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (DEFAULT_VERDICTS[:1], "al menos dos veredictos"),
        ([*DEFAULT_VERDICTS, {**DEFAULT_VERDICTS[0], "rating": 9}], "cada clave una sola vez (falso"),
        ([DEFAULT_VERDICTS[0], {**DEFAULT_VERDICTS[1], "rating": 1}], "cada valor una sola vez (1"),
        ([{**DEFAULT_VERDICTS[0], "key": "Falso"}, DEFAULT_VERDICTS[1]], "elemento 1: key"),
    ],
    ids=["one", "same-key", "same-rating", "bad-key"],
)  # fmt: skip
def test_a_wrong_scale_is_refused_with_what_is_expected(value, said):
    with pytest.raises(SettingError, match=said.replace("(", r"\(")):
        SETTINGS["CLARIFICATION_VERDICTS"].validate(value)


@pytest.mark.parametrize("value", ["www.facebook.com/x", "facebook", "https://", "ftp://x.mx"])
def test_a_link_is_a_full_web_address(value):
    context = ValidationContext("/c/aclaraciones/a.md", ZONE)
    with pytest.raises(FieldError, match="se espera una dirección de internet completa"):
        WebAddress(max_length=500).clean(value, context)


def test_the_claim_review_of_a_model():
    site = SiteIdentity("https://portal.example.mx", "H. Ayuntamiento", "Comunicación",
                        {}, "", "", "static", "")  # fmt: skip
    (falso, *_) = verdict_scale({"CLARIFICATION_VERDICTS": DEFAULT_VERDICTS})
    clarification = Clarification(
        source_path="/c/aclaraciones/2021-04-16-agua.md", slug="agua", title="T",
        date=dt.datetime(2021, 4, 16, 13, 30, tzinfo=ZONE), claim="Cortan el agua.",
        verdict="falso", rating=falso, summary="No hay corte.",
        appearances=(Appearance(platform="Facebook", date=dt.date(2021, 4, 16),
                                link="https://www.facebook.com/x/1"),
                     Appearance(platform="WhatsApp", date=dt.date(2021, 4, 15))),
        spread_by=("grupos de WhatsApp",),
    )  # fmt: skip
    data = claim_review(site, clarification)
    assert data["url"] == "https://portal.example.mx/aclaraciones/agua/"
    assert data["reviewRating"]["alternateName"] == "Falso"
    assert data["reviewRating"]["ratingValue"] == 1
    claim = data["itemReviewed"]
    assert claim["firstAppearance"]["publisher"]["name"] == "WhatsApp"  # the older one
    assert [a.get("url") for a in claim["appearance"]] == [None, "https://www.facebook.com/x/1"]
    assert claim["author"] == {"@type": "Organization", "name": "grupos de WhatsApp"}
    assert data["dateModified"] == data["datePublished"]  # no update yet
