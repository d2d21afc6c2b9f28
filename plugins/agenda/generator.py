"""The agenda: upcoming public events on the home page, /agenda/ and agenda.ics."""

from __future__ import annotations

import datetime as dt
import os

from pelican.generators import Generator

from bulletins.embargo import embargo_clock, note_change_at
from content_schema.errors import report_for
from content_schema.reader import display_path
from content_schema.reading import markdown_for

from .calendar import agenda_calendar
from .loader import event_files, load_event


class AgendaGenerator(Generator):
    def generate_context(self):
        settings = self.settings
        markdown = markdown_for(settings)
        report = report_for(settings)
        events = [
            e
            for path in event_files(self.path)
            if (e := load_event(path, settings, report, markdown)) is not None
            and e.status != "draft"
        ]
        self._link(events, report)
        events = [e for e in events if e.valid]
        now = embargo_clock(settings)
        for event in events:
            if event.is_upcoming(now):  # it moves to "anteriores" once it ends
                note_change_at(
                    settings, (event.end or event.start) + dt.timedelta(seconds=1)
                )
        self.events = events
        self.context["agenda_upcoming"] = sorted(
            (e for e in events if e.is_upcoming(now)), key=lambda e: e.start
        )
        self.context["agenda_past"] = sorted(
            (e for e in events if not e.is_upcoming(now)),
            key=lambda e: e.start,
            reverse=True,
        )

    def _link(self, events, report):
        articles = self.context.get("articles", [])
        held = self.context.get("held_articles", [])
        stem = lambda a: os.path.splitext(os.path.basename(a.source_path))[0]  # noqa: E731
        bulletins = {stem(a): a for a in articles}
        held_names = {stem(a) for a in held}
        galleries = {g.folder: g for g in self.context.get("galleries", [])}
        for event in events:
            shown = display_path(event.source_path, self.settings)
            if event.bulletin_ref:
                name = event.bulletin_ref.removesuffix(".md")
                event.bulletin = bulletins.get(name)
                if event.bulletin is None and name not in held_names:
                    report.add(
                        shown,
                        "bulletin",
                        f"no existe el boletín '{event.bulletin_ref}'; se espera el nombre "
                        "de un archivo de content/boletines/AAAA/ sin la extensión .md",
                    )
            if event.gallery_ref:
                event.gallery = galleries.get(event.gallery_ref)
                if event.gallery is None:
                    report.add(
                        shown,
                        "gallery",
                        f"no existe la galería '{event.gallery_ref}'; se espera el nombre "
                        "de una carpeta de content/galerias/",
                    )

    def generate_output(self, writer):
        writer.write_file(
            "agenda/index.html",
            self.get_template("agenda"),
            self.context,
            self.settings["RELATIVE_URLS"],
            url="agenda/",
        )
        target = os.path.join(self.output_path, self.settings["AGENDA_ICS"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as handle:
            handle.write(agenda_calendar(self.events, self.settings))
