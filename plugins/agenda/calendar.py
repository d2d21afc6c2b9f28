"""The agenda as an iCalendar feed a journalist's calendar can subscribe to.

Times carry TZID=America/Mexico_City with its VTIMEZONE; UIDs are stable (the
file name and the portal's domain), and DTSTAMP is the event's own start, so
two builds give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from content_schema.spanish import of_organization


def agenda_calendar(events, settings) -> bytes:
    portal = settings["PORTAL_URL"]
    domain = urlsplit(portal).hostname
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings['ORGANIZATION_NAME']}//Agenda//ES")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Agenda · {settings['OFFICE_NAME']}")
    calendar.add("x-wr-timezone", settings["TIMEZONE"])
    calendar.add("x-wr-caldesc", f"Eventos públicos {of_organization(settings)}")
    for item in sorted(events, key=lambda e: (e.start, e.slug)):
        event = Event()
        event.add("uid", f"{item.slug}@{domain}")
        event.add("dtstamp", item.start.astimezone(dt.UTC))
        event.add("dtstart", item.start)
        event.add("dtend", item.end or item.start + dt.timedelta(hours=1))
        event.add("summary", item.title)
        event.add("location", item.place)
        event.add("categories", [item.kind_name])
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        url = f"{portal}/{item.url}"
        event.add("url", url)
        links = []
        if item.bulletin is not None:
            links.append(f"Boletín: {portal}/{item.bulletin.url}")
        if item.gallery is not None:
            links.append(f"Fotos: {portal}/{item.gallery.url}")
        event.add("description", "\n".join([item.summary, *links, url]))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
