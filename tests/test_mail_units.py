"""The pieces of the e-mail editions without a build: plain text, inline
styles, the MIME message and the ISO weeks of the digest."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from zoneinfo import ZoneInfo

import pytest

from agenda.advisory import Advisory, Contact, Speaker, with_advisory
from agenda.model import AgendaEvent
from mail_editions.inline import STYLES, for_mail
from mail_editions.letters import Story, Week, weeks_of
from mail_editions.mime import Sender, eml_bytes
from mail_editions.plain_text import text_of

pytestmark = pytest.mark.unit

ZONE = ZoneInfo("America/Mexico_City")
BODY = (
    '<p>Vea <a href="../otro/">el otro boletín</a> y <strong>llame</strong>.</p>'
    '<div class="table-scroll" role="region" tabindex="0"><table><tr><th>Refugio</th>'
    "<th>Cupo</th></tr><tr><td>Casa de la Cultura</td><td>120</td></tr></table></div>"
    "<ul><li>Una mochila con documentos en bolsa de plástico, medicamentos, lámpara, radio y agua.</li>"
    "<li>Agua</li></ul><ol><li>Primero</li></ol><blockquote><p>Una cita.</p></blockquote>"
    '<p><img src="/imagenes/x.jpg" alt="Mapa de refugios" width="1200" height="600"></p>'
)
PAGE = "https://portal.example.mx/boletines/2021/lluvias/"


def test_inline_styles_every_tag_and_makes_addresses_absolute():
    html = for_mail(BODY, PAGE)
    assert 'href="https://portal.example.mx/boletines/2021/otro/"' in html
    assert 'src="https://portal.example.mx/imagenes/x.jpg"' in html
    assert 'width="552" height="276"' in html  # held to the column
    assert "class=" not in html and "tabindex" not in html and "role=" not in html
    for tag in ("p", "a", "table", "th", "td", "ul", "li", "blockquote", "img"):
        assert f'<{tag} style="{STYLES[tag]}"' in html or f'style="{STYLES[tag]}"' in html


def test_plain_text_keeps_links_lists_and_tables_readable():
    text = text_of(for_mail(BODY, PAGE))
    assert "el otro boletín (https://portal.example.mx/boletines/2021/otro/)" in text
    assert "Refugio | Cupo\nCasa de la Cultura | 120" in text
    assert (
        "- Una mochila con documentos en bolsa de plástico, medicamentos,\n  lámpara"
        in text
    )
    assert "1. Primero" in text
    assert "> Una cita." in text
    assert "[Imagen: Mapa de refugios]" in text
    assert all(len(line) <= 72 or "://" in line for line in text.splitlines())


def message(**changes):
    values = dict(
        subject="Boletín 026/2021: Protección Civil pone en marcha el operativo",
        sender=Sender(
            "Coordinación de Comunicación Social", "c@portal.example.mx", "p@x.mx"
        ),
        date=dt.datetime(2021, 6, 1, 10, tzinfo=ZONE),
        message_id="correo.boletines.2021.lluvias@portal.example.mx",
        text="Texto con acentos: ñandú, «comillas».\n",
        html="<p>Texto con acentos: ñandú, «comillas».</p>\n",
    )
    return eml_bytes(**{**values, **changes})


def test_the_eml_is_the_same_bytes_for_the_same_edition_and_parses_back():
    data = message()
    assert data == message()  # boundary and ids from the content, not random
    assert data != message(text="Otro texto.\n")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["MIME-Version"] == "1.0"
    assert parsed.get_content_type() == "multipart/alternative"
    assert [p["Content-Transfer-Encoding"] for p in parsed.iter_parts()] == [
        "quoted-printable",
        "quoted-printable",
    ]
    assert (
        parsed["Subject"]
        == "Boletín 026/2021: Protección Civil pone en marcha el operativo"
    )
    assert parsed["From"].addresses[0].display_name == "Coordinación de Comunicación Social"
    assert parsed["Message-ID"] == "<correo.boletines.2021.lluvias@portal.example.mx>"
    plain = parsed.get_body(("plain",)).get_content()
    assert "ñandú, «comillas»" in plain


def story(when: dt.datetime, slug: str) -> Story:
    return Story("Boletín", slug, "", "Salud", when, f"https://x/{slug}/", None, "")


def test_weeks_run_monday_to_sunday_by_the_bulletins_own_dates():
    stories = [
        story(dt.datetime(2021, 1, 3, 23, 59, tzinfo=ZONE), "domingo"),  # ISO 2020-W53
        story(dt.datetime(2021, 1, 4, 0, 0, tzinfo=ZONE), "lunes"),
        story(dt.datetime(2021, 1, 10, 12, 0, tzinfo=ZONE), "domingo-2"),
    ]
    weeks = weeks_of(stories)
    assert [(w.year, w.number, [s.title for s in w.stories]) for w in weeks] == [
        (2021, 1, ["lunes", "domingo-2"]),
        (2020, 53, ["domingo"]),
    ]
    assert weeks[1].span == "del 28 de diciembre de 2020 al 3 de enero de 2021"
    assert weeks[0].span == "del 4 al 10 de enero de 2021"
    assert Week(2021, 22, ()).span == "del 31 de mayo al 6 de junio de 2021"


def event(day: int, held: bool = False) -> AgendaEvent:
    start = dt.datetime(2021, 6, day, 10, tzinfo=ZONE)
    advisory = Advisory(
        issued=start - dt.timedelta(days=3),
        topic="Tema",
        speakers=(Speaker("Nombre", "Cargo"),),
        contact=Contact("Prensa"),
    )
    return AgendaEvent(
        source_path=f"{day}.md", slug=f"2021-06-{day:02d}-evento", start=start,
        advisory=advisory, advisory_held=held,
    )  # fmt: skip


def test_advisories_list_upcoming_soonest_first_then_past_latest_first():
    events = [event(d) for d in (1, 20, 5, 25, 10)] + [event(30, held=True)]
    events.append(AgendaEvent(source_path="x.md", slug="2021-06-21-sin-aviso", start=dt.datetime(2021, 6, 21, tzinfo=ZONE)))  # fmt: skip
    now = dt.datetime(2021, 6, 15, tzinfo=ZONE)
    assert [e.start.day for e in with_advisory(events, now)] == [20, 25, 10, 5, 1]
