"""Agenda on the sample site: the page, its subscribe box, schema.org Event data
with the place's postal address, and the iCalendar feed and one-event files
parsed back with the icalendar package."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from conftest import PORTAL_URL, ROOT

pytestmark = pytest.mark.site

MX = ZoneInfo("America/Mexico_City")
SOURCES = sorted((ROOT / "content" / "agenda").glob("*.md"))
DOMAIN = "comunicacion.sanisidrodelmonte.gob.mx"
CABILDO = "2021-02-24-sesion-ordinaria-cabildo"
CHANGED = "2021-06-30-sesion-ordinaria-cabildo-junio"  # has one history entry
HILL = "2021-03-19-jornada-reforestacion-cerro-la-mesa"  # no address, has geo


def feed_events(site) -> dict[str, object]:
    calendar = Calendar.from_ical(site.file("agenda/agenda.ics").read_bytes())
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_calendar_feed_parses_back(site):
    calendar = Calendar.from_ical(site.file("agenda/agenda.ics").read_bytes())
    assert str(calendar["x-wr-timezone"]) == "America/Mexico_City"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Mexico_City"]
    events = feed_events(site)
    assert len(events) == len(calendar.walk("VEVENT")) == len(SOURCES) >= 5
    cabildo = events[f"{CABILDO}@{DOMAIN}"]
    start = cabildo.decoded("dtstart")
    assert start == dt.datetime(2021, 2, 24, 17, 0, tzinfo=MX)
    assert start.astimezone(dt.UTC).hour == 23  # CST, UTC-6
    assert cabildo["dtstart"].params["TZID"] == "America/Mexico_City"
    assert cabildo.decoded("dtend") == dt.datetime(2021, 2, 24, 19, 30, tzinfo=MX)
    assert str(cabildo["summary"]) == "Sesión pública ordinaria de Cabildo de febrero"
    assert str(cabildo["location"]) == (
        "Sala de Cabildo, Palacio Municipal, Portal Hidalgo 1, Centro, C.P. 49000, "
        "San Isidro del Monte, Jalisco"
    )
    assert str(cabildo["url"]) == f"{PORTAL_URL}/agenda/#evento-{CABILDO}"
    assert f"Fotos: {PORTAL_URL}/galerias/2021/sesion-cabildo/" in str(
        cabildo["description"]
    )
    lluvias = next(e for uid, e in events.items() if uid.startswith("2021-06-01"))
    assert lluvias.decoded("dtstart").utcoffset() == dt.timedelta(hours=-5)  # CDT in 2021


def test_sequence_and_last_modified_come_from_the_history(site):
    events = feed_events(site)
    unchanged = events[f"{CABILDO}@{DOMAIN}"]
    assert unchanged.decoded("sequence") == 0
    assert "last-modified" not in unchanged
    changed = events[f"{CHANGED}@{DOMAIN}"]
    assert changed.decoded("sequence") == 1
    # 12:00 in Mexico City on 2021-06-25 (CDT) is 17:00 UTC, never the build's clock
    when = dt.datetime(2021, 6, 25, 17, 0, tzinfo=dt.UTC)
    assert changed.decoded("last-modified") == when
    assert changed.decoded("dtstamp") == when
    assert "Cambio del 25 de junio de 2021, 12:00 h: Cambia la hora" in str(
        changed["description"]
    )


def test_location_without_address_gets_the_default_city_and_its_coordinates(site):
    hill = feed_events(site)[f"{HILL}@{DOMAIN}"]
    assert str(hill["location"]) == (
        "Cerro La Mesa, acceso por el camino a La Mesa, San Isidro del Monte, Jalisco"
    )
    assert tuple(hill.decoded("geo")) == (19.7125, -103.441)
    assert "GEO:19.7125;-103.441" in site.text("agenda/agenda.ics")
    assert all("geo" not in e for uid, e in feed_events(site).items() if HILL not in uid)


def test_each_event_has_its_own_calendar_with_the_feeds_uid(site):
    feed = feed_events(site)
    for source in SOURCES:
        calendar = Calendar.from_ical(
            site.file(f"agenda/eventos/{source.stem}.ics").read_bytes()
        )
        (event,) = calendar.walk("VEVENT")
        uid = str(event["uid"])
        assert uid == f"{source.stem}@{DOMAIN}"
        same = feed[uid]
        for name in ("dtstart", "dtend", "dtstamp", "sequence", "location", "summary"):
            assert event.decoded(name) == same.decoded(name), (source.stem, name)
        assert event["dtstart"].params["TZID"] == "America/Mexico_City"
        assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == [
            "America/Mexico_City"
        ]
        assert str(calendar["method"]) == "PUBLISH"
        assert "x-wr-calname" not in calendar  # imported into a calendar, not a new one


def test_agenda_page_lists_events_with_schema_org_data(site):
    page = site.html("agenda/")
    past = page.select("#anteriores ~ .agenda-event")
    assert len(past) == len(SOURCES)  # the sample is from 2021: all past now
    assert page.select(".agenda-add") == []  # nothing left to add to a calendar
    cabildo = page.select_one(f"#evento-{CABILDO}")
    assert "24 de febrero de 2021, 17:00 h" in cabildo.get_text()
    assert "Portal Hidalgo 1, Centro, C.P. 49000" in cabildo.get_text()
    hrefs = [a["href"] for a in cabildo.select("a")]
    assert any(h.endswith("galerias/2021/sesion-cabildo/") for h in hrefs)
    assert any(h.endswith("boletines/2021/sesion-publica-cabildo/") for h in hrefs)
    changed = page.select_one(f"#evento-{CHANGED} .agenda-changes").get_text()
    assert "Cambio del 25 de junio de 2021, 12:00 h" in changed
    hill_map = page.select_one(f"#evento-{HILL} .agenda-place a")["href"]
    assert hill_map.startswith("https://www.openstreetmap.org/?mlat=19.7125&mlon=-103.4410")
    (data,) = [
        json.loads(s.string) for s in page.find_all("script", type="application/ld+json")
    ]
    assert len(data) == len(SOURCES) and {d["@type"] for d in data} == {"Event"}
    by_url = {d["url"]: d for d in data}
    event = by_url[f"{PORTAL_URL}/agenda/#evento-{CABILDO}"]
    assert event["startDate"] == "2021-02-24T17:00:00-06:00"
    assert event["location"] == {
        "@type": "Place",
        "name": "Sala de Cabildo, Palacio Municipal",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Portal Hidalgo 1, Centro",
            "postalCode": "49000",
            "addressLocality": "San Isidro del Monte",
            "addressRegion": "Jalisco",
            "addressCountry": "MX",
        },
    }
    hill = by_url[f"{PORTAL_URL}/agenda/#evento-{HILL}"]["location"]
    assert hill["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "San Isidro del Monte",
        "addressRegion": "Jalisco",
        "addressCountry": "MX",
    }
    assert hill["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 19.7125,
        "longitude": -103.441,
    }


def test_the_page_offers_the_subscription_by_webcal_and_as_an_address(site):
    page = site.html("agenda/")
    box = page.select_one(".agenda-subscribe")
    feed = f"{PORTAL_URL}/agenda/agenda.ics"
    webcal = box.find("a", string="Suscribirse desde mi calendario")
    assert webcal["href"] == f"webcal://{DOMAIN}/agenda/agenda.ics"
    assert box.select_one("code#direccion-agenda").get_text() == feed
    assert site.file("agenda/agenda.ics").is_file()
    help_text = box.select_one("details").get_text(" ")
    assert all(app in help_text for app in ("Google Calendar", "Outlook", "iPhone"))
    # the «Copiar» button is the script's: hidden without JavaScript
    assert box.select_one("button[data-copy=direccion-agenda]").has_attr("hidden")
    assert page.find("link", type="text/calendar")["href"] == feed


def test_home_without_upcoming_events_has_no_agenda_block(site):
    home = site.html("")
    assert home.select(".home-agenda") == []
    headings = [h.get_text(strip=True) for h in home.find_all(["h2", "h3"])]
    assert "Próximos eventos" not in headings
