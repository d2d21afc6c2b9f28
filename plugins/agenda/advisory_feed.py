"""The media advisories as a feed of their own (RSS 2.0 and Atom), for the
newsrooms that follow invitations in a feed reader instead of the e-mail.

Each item is one advisory: its date is when it was issued, its update the
event's latest announced change, its link the event on /agenda/. Nothing
comes from the clock, so two builds give the same bytes.
"""

from __future__ import annotations

import html

from content_schema.kinds import KIND_BY_KEY
from content_schema.spanish import of_organization
from feeds import publish_feed_pair
from feeds.build import FeedItem
from spanish_dates.formatting import long_datetime, time_of_day


def _line(label: str, text: str) -> str:
    return f"<p><strong>{label}:</strong> {html.escape(text)}</p>"


def advisory_html(event) -> str:
    """The advisory as an HTML fragment: what a feed reader shows."""
    advisory = event.advisory
    when = long_datetime(event.start) + (
        f" a {time_of_day(event.end)}" if event.end else ""
    )
    parts = [
        _line("Qué", advisory.topic),
        _line("Cuándo", when),
        _line("Dónde", event.location.calendar_text),
        "<p><strong>Quiénes hablan:</strong></p><ul>"
        + "".join(
            f"<li>{html.escape(s.name)}, {html.escape(s.role)}</li>"
            for s in advisory.speakers
        )
        + "</ul>",
    ]
    if advisory.accreditation:
        deadline = (
            f" (hasta el {long_datetime(advisory.deadline)})" if advisory.deadline else ""
        )
        parts.append(_line("Acreditación", advisory.accreditation + deadline))
    if advisory.notes:
        parts.append(_line("Indicaciones", advisory.notes))
    contact = advisory.contact
    reach = " · ".join(x for x in (contact.phone, contact.email) if x)
    parts.append(_line("Contacto", contact.name + (f" · {reach}" if reach else "")))
    for change in event.changes_newest_first:
        parts.append(_line(f"Cambio del {long_datetime(change.date)}", change.text))
    return "".join(parts)


def advisory_item(event, settings) -> FeedItem:
    url = f"{settings['PORTAL_URL']}/{event.url}"
    issued = event.advisory.issued
    return FeedItem(
        id=url,
        url=url,
        title=f"Aviso a medios: {event.title}",
        summary=event.advisory.topic,
        content_html=advisory_html(event),
        published=issued,
        updated=max(issued, event.revised or issued),
        category=event.kind_name,
        tags=(event.area_name,),
    )


def write_advisory_feed(output_path: str, settings, events) -> None:
    paths = KIND_BY_KEY["event"].feed_files(settings, "advisories")
    publish_feed_pair(
        output_path,
        settings,
        paths,
        "Avisos a medios",
        f"Invitaciones a los medios a las ruedas de prensa y eventos públicos "
        f"{of_organization(settings)}",
        "agenda/",
        [advisory_item(e, settings) for e in events],
    )
