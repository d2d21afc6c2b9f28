"""Agenda events as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content_schema.history import HistoryEntry
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED

from .advisory import Advisory
from .location import Location


@dataclass(kw_only=True)
class AgendaEvent:
    """Text fields default to "": an event with mistakes is still built and linked."""

    source_path: str = field(metadata=DERIVED)
    slug: str = field(metadata=DERIVED)  # the file name: 2021-06-01-rueda-de-prensa
    title: str = ""
    start: dt.datetime
    end: dt.datetime | None = None
    kind: str = ""
    kind_name: str = field(default="", metadata=DERIVED)
    place: str = ""
    address: dict | None = None
    geo: tuple | None = None
    # The place with its address and default city/state (location.location_of).
    location: Location | None = field(default=None, metadata=DERIVED)
    area: str = ""
    area_name: str = field(default="", metadata=DERIVED)
    summary: str = ""
    body_html: str = field(default="", metadata=DERIVED)
    gallery_ref: str | None = None
    bulletin_ref: str | None = None
    # «aviso a medios» (advisory.py); held: issued later than the embargo clock
    advisory: Advisory | None = None
    advisory_held: bool = field(default=False, metadata=DERIVED)
    status: str = "published"
    # written by staff; each entry is an announced change: the calendar's
    # SEQUENCE and LAST-MODIFIED
    history: tuple[HistoryEntry, ...] = ()
    gallery: object = None  # linked Gallery
    bulletin: object = None  # linked Pelican article
    ics_url: str = field(default="", metadata=DERIVED)  # its one-event calendar
    # False: the file has mistakes; checked, never published.
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def anchor(self) -> str:
        return self.url.partition("#")[2]

    @property
    def url(self) -> str:
        return KIND_BY_KEY["event"].url.format(slug=self.slug)

    @property
    def sequence(self) -> int:
        """RFC 5545 SEQUENCE: one more with each announced change."""
        return len(self.history)

    @property
    def revised(self) -> dt.datetime | None:
        """When it last changed (LAST-MODIFIED): its latest change, never the clock."""
        return max((change.date for change in self.history), default=None)

    @property
    def changes_newest_first(self) -> list[HistoryEntry]:
        return sorted(self.history, key=lambda change: change.date, reverse=True)

    def is_upcoming(self, now: dt.datetime) -> bool:
        return (self.end or self.start) >= now
