"""Galleries and their photos as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content_schema.history import HistoryEntry, latest
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED


@dataclass
class Photo:
    file: str  # name in the gallery folder
    source: str = field(metadata=DERIVED)  # absolute path
    alt: str
    caption: str
    credit: str
    position: int = field(metadata=DERIVED)  # 1-based, display order
    picture: object = field(default=None, metadata=DERIVED)  # images.Picture once derived

    @property
    def stem(self) -> str:
        return self.file.rsplit(".", 1)[0].lower()


@dataclass
class Gallery:
    folder: str = field(metadata=DERIVED)  # "2021-01-16-premiacion-cortometraje"
    source_path: str = field(metadata=DERIVED)  # absolute path of index.md
    title: str
    date: dt.datetime
    area: str
    area_name: str = field(metadata=DERIVED)
    place: str
    summary: str
    credit: str
    cover_file: str = field(metadata={"field": "cover"})
    body_html: str = field(metadata=DERIVED)
    slug: str
    tags: list[str] = field(default_factory=list)
    bulletin_ref: str | None = None
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()  # written by staff
    photos: list[Photo] = field(default_factory=list, metadata=DERIVED)
    bulletin: object = None  # the Pelican article, once linked
    zip_size: int = field(default=0, metadata=DERIVED)  # bytes, once the ZIP is built

    @property
    def updated(self) -> dt.datetime:
        """Its date or the latest history entry: «Actualizado» and dateModified."""
        return latest(self.date, history=self.history)

    @property
    def zip_name(self) -> str:
        return f"{self.slug}-fotos-prensa.zip"

    @property
    def url(self) -> str:
        return KIND_BY_KEY["gallery"].url.format(year=self.date.year, slug=self.slug)

    @property
    def save_as(self) -> str:
        return self.url + "index.html"

    @property
    def cover(self) -> Photo:
        return next(p for p in self.photos if p.file == self.cover_file)

    @property
    def zip_url(self) -> str:
        return self.url + self.zip_name

    def photo_url(self, photo: Photo) -> str:
        return f"{self.url}{photo.stem}/"

    def neighbours(self, photo: Photo) -> tuple[Photo | None, Photo | None]:
        index = self.photos.index(photo)
        previous = self.photos[index - 1] if index > 0 else None
        following = self.photos[index + 1] if index + 1 < len(self.photos) else None
        return previous, following
