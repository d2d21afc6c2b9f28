"""Agenda events as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class AgendaEvent:
    source_path: str
    slug: str
    title: str
    start: dt.datetime
    end: dt.datetime | None
    kind: str
    kind_name: str
    place: str
    area: str
    area_name: str
    summary: str
    body_html: str = ""
    gallery_ref: str | None = None
    bulletin_ref: str | None = None
    status: str = "published"
    gallery: object = None  # linked Gallery
    bulletin: object = None  # linked Pelican article
    valid: bool = True  # False: the file has mistakes; checked, never published

    @property
    def anchor(self) -> str:
        return f"evento-{self.slug}"

    @property
    def url(self) -> str:
        return f"agenda/#{self.anchor}"

    def is_upcoming(self, now: dt.datetime) -> bool:
        return (self.end or self.start) >= now
