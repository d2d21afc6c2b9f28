"""Agenda over time: what the home page and the calendars say as the clock
passes an event and as staff record changes, and the subscribe box in Chromium."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from conftest import Site, run_build

pytestmark = pytest.mark.site

MX = ZoneInfo("America/Mexico_City")
NO_VEDA = {"VEDAS": "[]"}  # the sample's 2021 veda would be the first clock boundary

EVENT = """---
title: "{title}"
start: {day} 10:00
end: {day} 11:00
kind: rueda-de-prensa
place: "Sala de prensa, Palacio Municipal"
address:
  street: "Portal Hidalgo 1"
  postal_code: "49000"
area: comunicacion
summary: "Resumen."
{history}---
"""


def write_event(folder, day, title, history=""):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{day}-evento.md").write_text(
        EVENT.format(title=title, day=day, history=history), encoding="utf-8"
    )


def build(tmp_path, content, now, output="output", **sets):
    result = run_build(
        tmp_path / output,
        content=content,
        cache=tmp_path / f"{output}-cache",
        sets={"EMBARGO_NOW": now, **NO_VEDA, **sets},
        extra=("--verify",),  # a page kept from the last build must be what it would be
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return Site(tmp_path / output)


def test_upcoming_events_on_the_home_page_until_the_last_one_ends(tmp_path):
    agenda = tmp_path / "content" / "agenda"
    for day, title in [("2021-06-10", "Pasado"), ("2021-06-22", "Siguiente"),
                       ("2021-06-25", "Después"), ("2021-07-01", "Julio"),
                       ("2021-07-02", "Cuarto")]:  # fmt: skip
        write_event(agenda, day, title)
    site = build(tmp_path, tmp_path / "content", "2021-06-20T09:00")
    home = [h.get_text() for h in site.html("").select(".home-agenda .agenda-title")]
    assert home == ["Siguiente", "Después", "Julio"]  # soonest first, three at most
    page = site.html("agenda/")
    assert [h.get_text() for h in page.select("#proximos ~ .agenda-event h3")] == [
        "Siguiente", "Después", "Julio", "Cuarto"
    ]  # fmt: skip
    assert [h.get_text() for h in page.select("#anteriores ~ .agenda-event h3")] == [
        "Pasado"
    ]
    # «Agregar a mi calendario» on the upcoming ones, to a file that is there
    links = [a["href"] for a in page.select(".agenda-add a")]
    assert links == [
        f"../agenda/eventos/{day}-evento.ics"
        for day in ("2021-06-22", "2021-06-25", "2021-07-01", "2021-07-02")
    ]
    assert all((site.path / "agenda" / link).resolve().is_file() for link in links)
    assert (site.path / "agenda/eventos/2021-06-10-evento.ics").is_file()
    # the output changes by the clock when the next event ends
    state = json.loads((tmp_path / ".output-state.json").read_text(encoding="utf-8"))
    assert dt.datetime.fromisoformat(state["valid_until"]) == dt.datetime(
        2021, 6, 22, 11, 0, 1, tzinfo=MX
    )

    later = build(tmp_path, tmp_path / "content", "2021-07-03T09:00")
    home = later.html("")
    assert home.select(".home-agenda") == []  # no heading over nothing
    assert "Próximos eventos" not in home.get_text()
    assert len(later.html("agenda/").select("#anteriores ~ .agenda-event")) == 5
    state = json.loads((tmp_path / ".output-state.json").read_text(encoding="utf-8"))
    assert state["valid_until"] is None  # nothing left to wait for


def one_event(site, day="2021-06-22"):
    calendar = Calendar.from_ical(
        site.file(f"agenda/eventos/{day}-evento.ics").read_bytes()
    )
    (event,) = calendar.walk("VEVENT")
    return event


def test_a_recorded_change_raises_sequence_and_last_modified(tmp_path):
    agenda = tmp_path / "content" / "agenda"
    write_event(agenda, "2021-06-22", "Rueda de prensa")
    sets = {"AGENDA_CITY": "Zapotlán el Grande"}
    site = build(tmp_path, tmp_path / "content", "2021-06-01T09:00", **sets)
    first = one_event(site)
    assert first.decoded("sequence") == 0 and "last-modified" not in first
    assert str(first["location"]) == (
        "Sala de prensa, Palacio Municipal, Portal Hidalgo 1, C.P. 49000, "
        "Zapotlán el Grande, Jalisco"
    )

    change = '  - date: 2021-06-15 09:30\n    text: "Cambia a la sala de Cabildo."\n'
    write_event(agenda, "2021-06-22", "Rueda de prensa", "history:\n" + change)
    site = build(tmp_path, tmp_path / "content", "2021-06-01T09:00", **sets)
    second = one_event(site)
    assert str(second["uid"]) == str(first["uid"])
    assert second.decoded("sequence") == 1
    assert second.decoded("last-modified") == dt.datetime(
        2021, 6, 15, 14, 30, tzinfo=dt.UTC
    )
    assert (
        "Cambia a la sala de Cabildo."
        in site.html("agenda/").select_one(".agenda-changes").get_text()
    )

    newer = '  - date: 2021-06-18 16:00\n    text: "Empieza a las 10:30."\n'
    write_event(agenda, "2021-06-22", "Rueda de prensa", "history:\n" + change + newer)
    site = build(tmp_path, tmp_path / "content", "2021-06-01T09:00", **sets)
    (feed_event,) = Calendar.from_ical(site.file("agenda/agenda.ics").read_bytes()).walk(
        "VEVENT"
    )
    for event in (one_event(site), feed_event):
        assert event.decoded("sequence") == 2
        assert event.decoded("last-modified") == dt.datetime(
            2021, 6, 18, 21, 0, tzinfo=dt.UTC
        )

    # reproducible: a build from scratch gives the same bytes
    again = build(tmp_path, tmp_path / "content", "2021-06-01T09:00", "again", **sets)
    for name in ("agenda/agenda.ics", "agenda/eventos/2021-06-22-evento.ics"):
        assert again.file(name).read_bytes() == site.file(name).read_bytes(), name


def test_copy_button_and_the_page_without_javascript(browser, served_site):
    context = browser.new_context(
        viewport={"width": 390, "height": 800},
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    page.goto(f"{served_site}/agenda/")
    address = page.locator("#direccion-agenda").inner_text()
    assert address == "https://comunicacion.sanisidrodelmonte.gob.mx/agenda/agenda.ics"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    button = page.get_by_role("button", name="Copiar la dirección")
    button.click()
    page.get_by_text("Dirección copiada.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == address
    context.close()

    plain = browser.new_context(
        viewport={"width": 390, "height": 800}, java_script_enabled=False
    )
    page = plain.new_page()
    page.goto(f"{served_site}/agenda/")
    assert not page.locator("button[data-copy]").is_visible()
    page.locator("#direccion-agenda").click()  # one click selects the whole address
    assert page.evaluate("String(window.getSelection())") == address
    plain.close()
