"""The agenda: upcoming public events on the home page, /agenda/ and agenda.ics."""

from __future__ import annotations

import datetime as dt
import os

from pelican.generators import Generator

from bulletins.embargo import embargo_clock, note_change_at
from content_schema.errors import report_for
from content_schema.reader import display_path
from content_schema.reading import markdown_for
from content_schema.references import DRAFT, PUBLISHED, Entry

from .calendar import agenda_calendar
from .loader import event_files, load_event


class AgendaGenerator(Generator):
    def generate_context(self):
        settings = self.settings
        markdown = markdown_for(settings)
        report = report_for(settings)
        loaded = [
            e
            for path in event_files(self.path)
            if (e := load_event(path, settings, report, markdown)) is not None
        ]
        self.entries = [
            Entry(e, "event", DRAFT if e.status == "draft" else PUBLISHED,
                  display_path(e.source_path, settings))
            for e in loaded
        ]  # fmt: skip
        # Events with mistakes are still linked (every problem in one build), not shown.
        events = [e for e in loaded if e.status != "draft" and e.valid]
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

    def content_entries(self) -> list[Entry]:
        return self.entries

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
