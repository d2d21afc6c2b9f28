"""Agenda events as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content_schema.history import HistoryEntry
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED


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
    area: str = ""
    area_name: str = field(default="", metadata=DERIVED)
    summary: str = ""
    body_html: str = field(default="", metadata=DERIVED)
    gallery_ref: str | None = None
    bulletin_ref: str | None = None
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()  # written by staff
    gallery: object = None  # linked Gallery
    bulletin: object = None  # linked Pelican article
    # False: the file has mistakes; checked, never published.
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def anchor(self) -> str:
        return self.url.partition("#")[2]

    @property
    def url(self) -> str:
        return KIND_BY_KEY["event"].url.format(slug=self.slug)

    def is_upcoming(self, now: dt.datetime) -> bool:
        return (self.end or self.start) >= now
