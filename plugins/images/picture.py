"""A published photo: its files in output/ and what templates and feeds need."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .cache import place
from .recipe import Derived, Rendition


@dataclass(frozen=True)
class Picture:
    alt: str
    credit: str
    folder: str  # site-relative folder of the files
    prefix: str  # file-name prefix, e.g. "03-ganadores-" ("" for one image per folder)
    renditions: tuple[Rendition, ...]
    caption: str = ""
    cached: str = ""  # the image-cache entry holding its files, named by content

    def cached_file(self, rendition: Rendition) -> str:
        return os.path.join(self.cached, rendition.name)

    def file_name(self, rendition: Rendition) -> str:
        if rendition.role == "press":
            return f"{self.prefix.rstrip('-')}.jpg" if self.prefix else "prensa.jpg"
        return f"{self.prefix}{rendition.name}"

    def url(self, rendition: Rendition) -> str:
        return f"{self.folder}/{self.file_name(rendition)}"

    def _sizes(self, fmt: str) -> list[Rendition]:
        return sorted(
            (r for r in self.renditions if r.role == "size" and r.format == fmt),
            key=lambda r: r.width,
        )

    @property
    def jpegs(self) -> list[Rendition]:
        return self._sizes("JPEG")

    @property
    def webps(self) -> list[Rendition]:
        return self._sizes("WEBP")

    @property
    def default(self) -> Rendition:
        """The ``<img src>``: a middle width."""
        jpegs = self.jpegs
        return jpegs[len(jpegs) // 2]

    @property
    def smallest(self) -> Rendition:
        return self.jpegs[0]

    @property
    def large(self) -> Rendition:
        """The widest resized JPEG: feeds and Open Graph when there is no card."""
        return self.jpegs[-1]

    @property
    def card(self) -> Rendition | None:
        return next((r for r in self.renditions if r.role == "crop"), None)

    @property
    def press(self) -> Rendition | None:
        return next((r for r in self.renditions if r.role == "press"), None)

    @property
    def og(self) -> Rendition:
        return self.card or self.large

    # Shorthands used by templates.
    width = property(lambda self: self.default.width)
    height = property(lambda self: self.default.height)
    src = property(lambda self: self.url(self.default))
    large_url = property(lambda self: self.url(self.large))


def publish_picture(
    derived: Derived, output_path: str, folder: str, prefix: str, keeper=None, **text
) -> Picture:
    """Link the cached files into output/ and describe them."""
    picture = Picture(
        folder=folder,
        prefix=prefix,
        renditions=derived.renditions,
        cached=derived.folder,
        **text,
    )
    for rendition in derived.renditions:
        place(
            os.path.join(derived.folder, rendition.name),
            os.path.join(output_path, picture.url(rendition)),
            keeper,
        )
    return picture
