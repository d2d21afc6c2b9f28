"""What each edition says, as plain data, and its plain-text part.

A ``Story`` is one bulletin as an e-mail shows it (absolute addresses, the
body styled inline); a ``Week`` is the ISO week of a digest (Monday to
Sunday, by the bulletins' own dates); an advisory is read off its agenda
event. The HTML part is drawn from these by the theme's mail_*.html
templates, the text part here, so both say the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spanish_dates.formatting import long_date, long_datetime, time_of_day

from .inline import for_mail
from .plain_text import WIDTH, text_of, wrap

COLUMN = 600  # px: the width every mail client shows without scrolling


@dataclass(frozen=True)
class Photo:
    url: str
    width: int
    height: int
    alt: str
    credit: str


@dataclass(frozen=True)
class Story:
    label: str  # «Boletín 012/2021»
    title: str
    summary: str
    area: str
    date: dt.datetime
    url: str  # the bulletin's page, absolute
    photo: Photo | None
    body_html: str  # styled inline, addresses absolute
    corrections: tuple[tuple[dt.datetime, str], ...] = ()

    @property
    def body_text(self) -> str:
        return text_of(self.body_html)


@dataclass(frozen=True)
class Week:
    year: int  # ISO year
    number: int
    stories: tuple[Story, ...]  # oldest first, as the week went

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 7)

    @property
    def span(self) -> str:
        """«del 14 al 20 de junio de 2021», «del 31 de mayo al 6 de junio de 2021»"""
        start, end = self.monday, self.sunday
        first = long_date(start)
        if (start.year, start.month) == (end.year, end.month):
            first = str(start.day)
        elif start.year == end.year:
            first = first.rsplit(" de ", 1)[0]
        return f"del {first} al {long_date(end)}"

    @property
    def slug(self) -> str:
        return f"{self.year}-semana-{self.number:02d}"


def photo_of(article, portal: str) -> Photo | None:
    """The bulletin's photo at the first size as wide as the column (or the widest)."""
    picture = getattr(article, "picture", None)
    if not picture:
        return None
    jpegs = picture.jpegs
    chosen = next((r for r in jpegs if r.width >= COLUMN), jpegs[-1])
    width = min(COLUMN, chosen.width)
    return Photo(
        url=f"{portal}/{picture.url(chosen)}",
        width=width,
        height=round(chosen.height * width / chosen.width),
        alt=picture.alt,
        credit=picture.credit,
    )


def story_of(article, settings) -> Story:
    portal = settings["PORTAL_URL"]
    url = f"{portal}/{article.url}"
    return Story(
        label=f"Boletín {article.number_label}",
        title=article.title,
        summary=article.metadata["summary"],
        area=article.category.name,
        date=article.date,
        url=url,
        photo=photo_of(article, portal),
        body_html=for_mail(article.content, url),
        corrections=tuple(
            (c["date"], c["text"]) for c in getattr(article, "corrections", None) or ()
        ),
    )


def weeks_of(stories: list[Story]) -> list[Week]:
    """Each ISO week with bulletins, newest first; in a week, oldest first."""
    by_week: dict[tuple[int, int], list[Story]] = {}
    for story in stories:
        iso = story.date.isocalendar()
        by_week.setdefault((iso.year, iso.week), []).append(story)
    return [
        Week(year, number, tuple(sorted(items, key=lambda s: (s.date, s.url))))
        for (year, number), items in sorted(by_week.items(), reverse=True)
    ]


# --- The plain-text part -------------------------------------------------------

RULE = "=" * WIDTH


def footer_text(settings) -> str:
    """The office's contact; phone numbers and addresses never split by a wrap."""
    office = settings["ORGANIZATION_ADDRESS"]
    lines = []
    press = settings["PRESS_CONTACT"]
    if press:
        lines += [
            wrap(f"Atención a medios: {press['name']}, {press['role']}."),
            f"Teléfono: {press['phone']}",
            f"Correo: {press['email']}",
            "",
        ]
    lines += [
        wrap(f"{settings['OFFICE_NAME']} · {settings['ORGANIZATION_NAME']}"),
        wrap(
            f"{office['street']}, {office['locality']}, {office['region']}, "
            f"C.P. {office['postal_code']}"
        ),
        f"Teléfono: {settings['ORGANIZATION_PHONE']}",
        f"Correo: {settings['ORGANIZATION_EMAIL']}",
        f"Portal: {settings['PORTAL_URL']}/",
        "",
        wrap(
            "Recibe este correo por estar en la lista de medios de la oficina; "
            "para dejar de recibirlo, responda a este mensaje."
        ),
    ]
    return "\n".join(lines)


def bulletin_text(story: Story, settings) -> str:
    parts = [
        f"{story.label} · {story.area} · {long_date(story.date)}",
        RULE,
        wrap(story.title).upper(),
        wrap(story.summary),
    ]
    if story.photo:
        parts.append(wrap(f"[Foto: {story.photo.alt}] Crédito: {story.photo.credit}"))
    parts.append(story.body_text)
    for date, text in story.corrections:
        parts.append(wrap(f"Fe de erratas ({long_date(date)}): {text}"))
    parts += [f"Lea el boletín en el portal: {story.url}", RULE, footer_text(settings)]
    return "\n\n".join(parts)


def digest_text(week: Week, settings) -> str:
    parts = [
        f"Resumen semanal · semana {week.number} de {week.year}",
        wrap(f"Boletines {week.span}"),
        RULE,
    ]
    for story in week.stories:
        parts.append(
            "\n".join(
                [
                    f"{story.label} · {story.area} · {long_date(story.date)}",
                    wrap(story.title).upper(),
                    wrap(story.summary),
                    f"Leer: {story.url}",
                ]
            )
        )
    parts += [RULE, footer_text(settings)]
    return "\n\n".join(parts)


def event_when(event) -> str:
    """«1 de junio de 2021, 10:00 h a 11:00 h»"""
    end = f" a {time_of_day(event.end)}" if event.end else ""
    return long_datetime(event.start) + end


def advisory_text(event, settings) -> str:
    advisory, portal = event.advisory, settings["PORTAL_URL"]
    speakers = "\n".join(wrap(f"{s.name}, {s.role}", "  ", "- ") for s in advisory.speakers)
    if advisory.accreditation:
        accreditation = advisory.accreditation
        if advisory.deadline:
            accreditation += f" Hasta el {long_datetime(advisory.deadline)}."
    else:
        accreditation = "No se requiere acreditación previa."
    contact = advisory.contact
    parts = [
        f"AVISO A MEDIOS · {event.kind_name} · {event.area_name}",
        RULE,
        wrap(event.title).upper(),
        wrap(f"Qué: {advisory.topic}"),
        wrap(f"Cuándo: {event_when(event)}"),
        wrap(f"Dónde: {event.location.calendar_text}"),
        "Quiénes hablan:\n" + speakers,
        wrap(f"Acreditación: {accreditation}"),
    ]
    if advisory.notes:
        parts.append(wrap(f"Indicaciones: {advisory.notes}"))
    reach = [f"Teléfono: {contact.phone}"] if contact.phone else []
    reach += [f"Correo: {contact.email}"] if contact.email else []
    parts.append("\n".join([wrap(f"Contacto: {contact.name}"), *reach]))
    for change in event.changes_newest_first:
        parts.append(wrap(f"Cambio del {long_datetime(change.date)}: {change.text}"))
    parts += [
        f"Agregar a su calendario: {portal}/{event.ics_url}",
        f"Agenda: {portal}/{event.url}",
        RULE,
        footer_text(settings),
    ]
    return "\n\n".join(parts)
