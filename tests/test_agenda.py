"""Agenda: the page, the home page's upcoming events, schema.org Event data, and
the iCalendar feed parsed back with the icalendar package."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from conftest import PORTAL_URL, ROOT, Site, run_build

pytestmark = pytest.mark.site

MX = ZoneInfo("America/Mexico_City")
SOURCES = sorted((ROOT / "content" / "agenda").glob("*.md"))


def test_calendar_feed_parses_back(site):
    calendar = Calendar.from_ical(site.file("agenda/agenda.ics").read_bytes())
    assert str(calendar["x-wr-timezone"]) == "America/Mexico_City"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Mexico_City"]
    events = calendar.walk("VEVENT")
    assert len(events) == len(SOURCES) >= 5
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert (
        "2021-02-24-sesion-ordinaria-cabildo@comunicacion.sanisidrodelmonte.gob.mx" in uids
    )
    cabildo = events[
        uids.index(
            "2021-02-24-sesion-ordinaria-cabildo@comunicacion.sanisidrodelmonte.gob.mx"
        )
    ]
    start = cabildo.decoded("dtstart")
    assert start == dt.datetime(2021, 2, 24, 17, 0, tzinfo=MX)
    assert start.astimezone(dt.UTC).hour == 23  # CST, UTC-6
    assert cabildo["dtstart"].params["TZID"] == "America/Mexico_City"
    assert cabildo.decoded("dtend") == dt.datetime(2021, 2, 24, 19, 30, tzinfo=MX)
    assert str(cabildo["summary"]) == "Sesión pública ordinaria de Cabildo de febrero"
    assert str(cabildo["location"]) == "Sala de Cabildo, Palacio Municipal"
    assert (
        str(cabildo["url"])
        == f"{PORTAL_URL}/agenda/#evento-2021-02-24-sesion-ordinaria-cabildo"
    )
    description = str(cabildo["description"])
    assert f"Fotos: {PORTAL_URL}/galerias/2021/sesion-cabildo/" in description
    lluvias = events[[u.startswith("2021-06-01") for u in uids].index(True)]
    assert lluvias.decoded("dtstart").utcoffset() == dt.timedelta(hours=-5)  # CDT in 2021


def test_agenda_page_lists_events_with_schema_org_data(site):
    page = site.html("agenda/")
    past = page.select("#anteriores ~ .agenda-event")
    assert len(past) == len(SOURCES)  # the sample is from 2021: all past now
    cabildo = page.select_one("#evento-2021-02-24-sesion-ordinaria-cabildo")
    assert "24 de febrero de 2021, 17:00 h" in cabildo.get_text()
    hrefs = [a["href"] for a in cabildo.select("a")]
    assert any(h.endswith("galerias/2021/sesion-cabildo/") for h in hrefs)
    assert any(h.endswith("boletines/2021/sesion-publica-cabildo/") for h in hrefs)
    (data,) = [
        json.loads(s.string) for s in page.find_all("script", type="application/ld+json")
    ]
    assert len(data) == len(SOURCES) and {d["@type"] for d in data} == {"Event"}
    event = next(
        d
        for d in data
        if d["name"].startswith("Sesión pública ordinaria de Cabildo de febrero")
    )
    assert event["startDate"] == "2021-02-24T17:00:00-06:00"
    assert event["location"]["name"] == "Sala de Cabildo, Palacio Municipal"
    ics = page.find("link", type="text/calendar")
    assert ics["href"] == f"{PORTAL_URL}/agenda/agenda.ics"


EVENT = """---
title: "{title}"
start: {start}
kind: rueda-de-prensa
place: "Sala de prensa, Palacio Municipal"
area: comunicacion
summary: "Resumen."
---
"""


def test_upcoming_events_on_the_home_page(tmp_path):
    content = tmp_path / "content" / "agenda"
    content.mkdir(parents=True)
    for day, title in [("2021-06-10", "Pasado"), ("2021-06-22", "Siguiente"),
                       ("2021-06-25", "Después"), ("2021-07-01", "Julio"),
                       ("2021-07-02", "Cuarto")]:  # fmt: skip
        (content / f"{day}-evento.md").write_text(
            EVENT.format(title=title, start=f"{day} 10:00"), encoding="utf-8"
        )
    result = run_build(
        tmp_path / "output", content=tmp_path / "content", cache=tmp_path / "cache",
        sets={"EMBARGO_NOW": "2021-06-20T09:00"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    site = Site(tmp_path / "output")
    home = [h.get_text() for h in site.html("").select(".home-agenda .agenda-title")]
    assert home == ["Siguiente", "Después", "Julio"]  # soonest first, three at most
    agenda = site.html("agenda/")
    assert [h.get_text() for h in agenda.select("#proximos ~ .agenda-event h3")] == [
        "Siguiente", "Después", "Julio", "Cuarto"
    ]  # fmt: skip
    assert [h.get_text() for h in agenda.select("#anteriores ~ .agenda-event h3")] == [
        "Pasado"
    ]
