"""Read ``content/agenda/AAAA-MM-DD-nombre.md`` into agenda events."""

from __future__ import annotations

import os
import re

from content_schema.kinds import KIND_BY_KEY
from content_schema.models import from_clean
from content_schema.reader import display_path
from content_schema.reading import read_content
from content_schema.schemas import EVENT_KINDS

from .advisory import advisory_of
from .location import location_of
from .model import AgendaEvent

NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")


def load_event(path: str, settings, report, markdown) -> AgendaEvent | None:
    shown = display_path(path, settings)
    name = NAME.match(os.path.basename(path))
    if not name:
        report.add(
            shown,
            "(archivo)",
            "el nombre no sirve; se espera AAAA-MM-DD-nombre.md con la fecha del evento "
            "(minúsculas sin acentos y guiones, p. ej. 2021-06-01-rueda-de-prensa.md)",
        )
        return None
    read = read_content(path, "event", settings, report)
    if read is None:
        return None
    meta = read.clean
    start, end = meta.get("start"), meta.get("end")
    if start and start.date().isoformat() != name["date"]:
        read.add(
            "start",
            f"el evento es el {start.date().isoformat()} pero el archivo dice "
            f"{name['date']}; se espera la misma fecha en los dos",
        )
    if start and end and end <= start:
        read.add(
            "end",
            f"termina ({end:%Y-%m-%d %H:%M}) antes de empezar ({start:%Y-%m-%d %H:%M}); "
            "se espera una hora de fin posterior al inicio",
        )
    advisory = advisory_of(meta, settings, read)
    if "start" not in meta:
        return None
    # With other mistakes the event is still linked (so a missing gallery is
    # reported in the same build), then left out.
    slug = f"{name['date']}-{name['slug']}"
    (ics,) = KIND_BY_KEY["event"].feed_files(settings, "event", slug=slug)
    return from_clean(
        AgendaEvent,
        meta,
        source_path=path,
        slug=slug,
        location=location_of(meta, settings),
        advisory=advisory,
        ics_url=ics,
        kind_name=EVENT_KINDS.get(meta.get("kind"), ""),
        area_name=settings["AREAS"].get(meta.get("area"), ""),
        body_html=read.html(markdown, settings),
        valid=read.ok,
    )
