"""The share links as a network reads them: parsed back with urllib."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from sharing.links import share_links

pytestmark = pytest.mark.unit

TITLE = "Vacunación: ¿quién sigue? 50 a 59 años & más"
URL = "https://comunicacion.example.gob.mx/boletines/2021/vacunacion-50-a-59-anos/"


def by_key():
    return {link.key: link for link in share_links(TITLE, URL, "Resumen  con\nsaltos.")}


def test_each_network_gets_the_title_and_the_address_back_intact():
    links = by_key()
    assert list(links) == ["whatsapp", "facebook", "x", "correo"]
    whatsapp = urlsplit(links["whatsapp"].href)
    assert (whatsapp.scheme, whatsapp.netloc, whatsapp.path) == ("https", "wa.me", "/")
    assert parse_qs(whatsapp.query) == {"text": [f"{TITLE} {URL}"]}
    facebook = urlsplit(links["facebook"].href)
    assert facebook.netloc == "www.facebook.com" and facebook.path == "/sharer/sharer.php"
    assert parse_qs(facebook.query) == {"u": [URL]}
    x = urlsplit(links["x"].href)
    assert x.netloc == "x.com" and x.path == "/intent/post"
    assert parse_qs(x.query) == {"text": [TITLE], "url": [URL]}
    mail = urlsplit(links["correo"].href)
    assert mail.scheme == "mailto" and mail.path == ""
    assert parse_qs(mail.query) == {
        "subject": [TITLE],
        "body": [f"Resumen con saltos.\n\n{URL}"],
    }


def test_spaces_are_percent_encoded_never_plus():
    """Mail clients and WhatsApp show a «+» as it is: spaces must be %20."""
    for link in by_key().values():
        assert "+" not in link.href, link.href
        assert " " not in link.href and "\n" not in link.href, link.href
