"""Media advisories (aviso a medios): shown on the agenda under their event,
read back from their own feed by a feed reader, sent as an e-mail edition,
and held until they are issued when the embargo is on."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import pytest
from bs4 import BeautifulSoup

from conftest import PORTAL_URL, run_build

pytestmark = pytest.mark.site

ZONE = ZoneInfo("America/Mexico_City")
WITH_ADVISORY = {
    "2021-06-01-rueda-de-prensa-temporada-de-lluvias": dt.datetime(2021, 5, 28, 12, 0),
    "2021-03-19-jornada-reforestacion-cerro-la-mesa": dt.datetime(2021, 3, 16, 10, 0),
}
FEEDS = ("feeds/avisos-a-medios.rss.xml", "feeds/avisos-a-medios.atom.xml")


def event_article(soup, slug):
    return soup.select_one(f"#evento-{slug}")


def test_the_agenda_shows_each_advisory_under_its_event_and_only_there(site):
    soup = site.html("agenda/")
    shown = {
        block.find_parent("article")["id"].removeprefix("evento-")
        for block in soup.select("article.agenda-event .advisory")
    }
    assert shown == set(WITH_ADVISORY)
    rain = event_article(soup, "2021-06-01-rueda-de-prensa-temporada-de-lluvias")
    facts = rain.select_one(".advisory").get_text(" ", strip=True)
    for words in (
        "Emitido el 28 de mayo de 2021, 12:00 h",
        "Ing. Ramón Aguilar Zepeda, Titular de la Unidad Municipal",
        "Dra. Lucía Navarro Ochoa, Directora de Salud Municipal",
        "Hasta el 31 de mayo de 2021, 18:00 h",
        "Lic. Mariana Orozco Villaseñor, Jefa de Prensa",  # PRESS_CONTACT by default
    ):
        assert words in " ".join(facts.split()), words
    assert rain.select_one('.advisory a[href="mailto:prensa@sanisidrodelmonte.gob.mx"]')
    forest = event_article(soup, "2021-03-19-jornada-reforestacion-cerro-la-mesa")
    assert forest.select_one('.advisory a[href="tel:+523825380045"]')  # its own contact
    # the advisory's heading follows its event's (h3 -> h4)
    assert rain.select_one(".advisory h4").get_text(strip=True) == "Aviso a medios"
    # the home page lists events without their advisories
    assert not site.html("").select(".advisory")


@pytest.mark.parametrize("path", FEEDS)
def test_the_advisory_feed_reads_back_in_a_feed_reader(site, path):
    feed = feedparser.parse(site.file(path).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title.startswith("Avisos a medios")
    entries = {e.link.rsplit("#evento-", 1)[1]: e for e in feed.entries}
    assert set(entries) == set(WITH_ADVISORY)
    agenda = site.html("agenda/")
    for slug, issued in WITH_ADVISORY.items():
        entry = entries[slug]
        assert entry.link == f"{PORTAL_URL}/agenda/#evento-{slug}"
        assert agenda.select_one(f"#evento-{slug}")  # the link lands on the event
        assert entry.title.startswith("Aviso a medios: ")
        published = dt.datetime(*entry.published_parsed[:6], tzinfo=dt.UTC)
        assert published == issued.replace(tzinfo=ZONE).astimezone(dt.UTC)
        body = BeautifulSoup(entry.content[0].value, "lxml").get_text(" ")
        assert "Quiénes hablan" in body and "Contacto" in body


def test_the_feeds_page_and_the_agenda_offer_the_advisory_feed(site):
    listed = {a["href"] for a in site.html("feeds/").select("a[href]")}
    announced = {
        link["href"] for link in site.html("agenda/").find_all("link", rel="alternate")
    }
    for path in FEEDS:
        assert f"{PORTAL_URL}/{path}" in listed
        assert f"{PORTAL_URL}/{path}" in announced


def test_each_advisory_is_an_e_mail_edition(site):
    for slug, issued in WITH_ADVISORY.items():
        path = site.file(f"correo/avisos/{slug}.eml")
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message.get_content_type() == "multipart/alternative"
        text = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert message["Subject"].startswith("Aviso a medios: ")
        assert parsedate_to_datetime(message["Date"]) == issued.replace(tzinfo=ZONE)
        soup = BeautifulSoup(html, "lxml")
        assert not soup.find("script") and not soup.find("link", rel="stylesheet")
        ics = soup.find("a", string="Agregar a mi calendario")["href"]
        assert ics == f"{PORTAL_URL}/agenda/eventos/{slug}.ics"
        assert site.file(ics.removeprefix(PORTAL_URL + "/")).is_file()
        assert "Quiénes hablan:" in text and "Acreditación:" in text
    rain = site.file("correo/avisos/2021-06-01-rueda-de-prensa-temporada-de-lluvias.eml")
    message = email.message_from_bytes(rain.read_bytes(), policy=policy.default)
    assert message["Subject"] == (
        "Aviso a medios: Rueda de prensa: operativo de la temporada de lluvias · "
        "1 de junio de 2021, 10:00 h a 11:00 h"
    )
    assert (
        "Hasta el 31 de mayo de 2021, 18:00 h."
        in message.get_body(("plain",)).get_content()
    )


EVENT = """---
title: "Rueda de prensa: feria del empleo"
start: 2021-05-20 10:00
kind: rueda-de-prensa
place: "Sala de prensa, Palacio Municipal"
area: desarrollo-social
summary: "Vacantes de la feria del empleo."
advisory:
  issued: 2021-05-15 09:00
  topic: "Presentación de la feria del empleo."
  speakers:
    - name: "Mtro. Luis Pérez Gómez"
      role: "Director de Desarrollo Social"
---
"""


def publish_at(root: Path, now: str) -> Path:
    content = root / "content" / "agenda"
    content.mkdir(parents=True, exist_ok=True)
    (content / "2021-05-20-rueda-de-prensa-feria.md").write_text(EVENT, encoding="utf-8")
    output = root / f"output-{now[:10]}"
    result = run_build(
        output,
        content=root / "content",
        settings="publishconf.py",
        sets={"EMBARGO_NOW": now},
        cache=root / "cache",
    )
    assert result.returncode == 0, result.stderr
    return output


def test_an_advisory_waits_for_its_issue_date_when_the_embargo_is_on(tmp_path):
    before = publish_at(tmp_path, "2021-05-14 12:00")
    assert (
        not (before / "agenda/index.html")
        .read_text(encoding="utf-8")
        .count('class="advisory"')
    )
    assert "feria" not in (before / FEEDS[0]).read_text(encoding="utf-8")
    assert not (before / "correo/avisos").exists() or not any(
        (before / "correo/avisos").iterdir()
    )
    after = publish_at(tmp_path, "2021-05-15 09:00")
    assert 'class="advisory"' in (after / "agenda/index.html").read_text(encoding="utf-8")
    feed = feedparser.parse((after / FEEDS[0]).read_bytes())
    assert [e.title for e in feed.entries] == [
        "Aviso a medios: Rueda de prensa: feria del empleo"
    ]
    assert (after / "correo/avisos/2021-05-20-rueda-de-prensa-feria.eml").is_file()
