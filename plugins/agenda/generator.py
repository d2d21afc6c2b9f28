"""The agenda: upcoming public events on the home page, /agenda/, the feed
agenda.ics and one .ics per event."""

from __future__ import annotations

import datetime as dt
import os

from bulletins.embargo import embargo_clock, note_change_at
from content_schema.generator import KindGenerator

from .advisory import with_advisory
from .advisory_feed import write_advisory_feed
from .calendar import agenda_calendar, event_calendar, subscribe_urls
from .loader import load_event


class AgendaGenerator(KindGenerator):
    kind_key = "event"

    def load(self, path, markdown):
        return load_event(path, self.settings, self.report, markdown)

    def prepare(self, loaded):
        settings = self.settings
        # Events with mistakes are still linked (every problem in one build), not shown.
        events = [e for e in loaded if e.status != "draft" and e.valid]
        now = embargo_clock(settings)
        for event in events:
            if event.is_upcoming(now):  # it moves to "anteriores" once it ends
                note_change_at(
                    settings, (event.end or event.start) + dt.timedelta(seconds=1)
                )
            if event.advisory is not None and event.advisory.issued > now:
                # make publish: an advisory is seen from the moment it is issued
                event.advisory_held = bool(settings["EMBARGO"])
                note_change_at(settings, event.advisory.issued)
        self.events = events
        # Upcoming first: the press room and the e-mail editions read this.
        self.context["advisories"] = with_advisory(events, now)
        self.context["agenda_subscribe"] = subscribe_urls(settings)
        self.context["agenda_upcoming"] = sorted(
            (e for e in events if e.is_upcoming(now)), key=lambda e: e.start
        )
        self.context["agenda_past"] = sorted(
            (e for e in events if not e.is_upcoming(now)),
            key=lambda e: e.start,
            reverse=True,
        )

    def generate_output(self, writer):
        self.write_page(writer, "agenda/", "agenda")
        (calendar_file,) = self.kind.feed_files(self.settings, "calendar")
        self._write(calendar_file, agenda_calendar(self.events, self.settings))
        for event in self.events:
            self._write(event.ics_url, event_calendar(event, self.settings))
        write_advisory_feed(self.output_path, self.settings, self.context["advisories"])

    def _write(self, relative: str, data: bytes) -> None:
        target = os.path.join(self.output_path, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as handle:
            handle.write(data)
