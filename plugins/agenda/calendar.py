"""The agenda as iCalendar: the feed a newsroom subscribes to, and one file per
event for «Agregar a mi calendario».

Times carry TZID=America/Mexico_City with its VTIMEZONE. An event has the same
VEVENT in both files: its UID (the file name and the portal's domain) lets a
calendar that has it from both know it is one event. Nothing comes from the
clock, so two builds give the same bytes: SEQUENCE is the number of announced
changes (``history``), LAST-MODIFIED and DTSTAMP the latest of them (DTSTAMP is
the event's start while it has none).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from content_schema.spanish import of_organization
from spanish_dates.formatting import long_datetime


def subscribe_urls(settings) -> dict[str, str]:
    """The feed's address to copy (https) and to open in a calendar (webcal)."""
    https = f"{settings['PORTAL_URL']}/{settings['AGENDA_ICS']}"
    return {"https": https, "webcal": "webcal://" + https.split("://", 1)[1]}


def _calendar(settings) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings['ORGANIZATION_NAME']}//Agenda//ES")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    return calendar


def agenda_calendar(events, settings) -> bytes:
    """Every published event: the feed at AGENDA_ICS."""
    calendar = _calendar(settings)
    calendar.add("x-wr-calname", f"Agenda · {settings['OFFICE_NAME']}")
    calendar.add("x-wr-timezone", settings["TIMEZONE"])
    calendar.add("x-wr-caldesc", f"Eventos públicos {of_organization(settings)}")
    for item in sorted(events, key=lambda e: (e.start, e.slug)):
        calendar.add_component(vevent(item, settings))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def event_calendar(item, settings) -> bytes:
    """One event, to import. No calendar name: Outlook would make it a calendar."""
    calendar = _calendar(settings)
    calendar.add_component(vevent(item, settings))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def vevent(item, settings) -> Event:
    portal = settings["PORTAL_URL"]
    event = Event()
    event.add("uid", f"{item.slug}@{urlsplit(portal).hostname}")
    revised = item.revised
    event.add("dtstamp", (revised or item.start).astimezone(dt.UTC))
    if revised is not None:
        event.add("last-modified", revised.astimezone(dt.UTC))
    event.add("sequence", item.sequence)
    event.add("dtstart", item.start)
    event.add("dtend", item.end or item.start + dt.timedelta(hours=1))
    event.add("summary", item.title)
    event.add("location", item.location.calendar_text)
    if item.location.geo is not None:
        event.add("geo", tuple(float(degrees) for degrees in item.location.geo))
    event.add("categories", [item.kind_name])
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    url = f"{portal}/{item.url}"
    event.add("url", url)
    lines = [item.summary]
    for change in item.changes_newest_first:
        lines.append(f"Cambio del {long_datetime(change.date)}: {change.text}")
    if item.bulletin is not None:
        lines.append(f"Boletín: {portal}/{item.bulletin.url}")
    if item.gallery is not None:
        lines.append(f"Fotos: {portal}/{item.gallery.url}")
    event.add("description", "\n".join([*lines, url]))
    return event
