"""The monthly printed edition: one PDF per ended month, and its archive page.

Runs after every other generator has its context (bulletins numbered, their
photos derived, galleries linked): each month's bulletins become an HTML
document (``print/edition.html`` with ``print/edicion.css``), WeasyPrint
makes the PDF once per digest (``render.PdfStore``), and the cached file is
linked into ``edicion-impresa/AAAA/MM/``. ``/edicion-impresa/`` lists them
with their pages and size.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from pelican.generators import Generator

from bulletins.embargo import embargo_clock, note_change_at
from bulletins.veda import read_vedas
from content_schema.generator import PAGE_CHANGED
from images.cache import place
from incremental.keeper import output_keeper

from .editions import Edition, Photo, Story, build_editions, group_months
from .render import PHOTOS_URL, PdfStore, RenderedPdf

logger = logging.getLogger(__name__)

ARCHIVE_URL = "edicion-impresa/"
STYLESHEET = os.path.join("print", "edicion.css")  # inside the theme's templates
GALLERY_PHOTOS = 2  # photos of a bulletin's gallery printed after its own


@dataclass(frozen=True)
class ListedEdition:
    """What the archive page shows of one edition: plain values."""

    year: int
    month: int
    number: int
    url: str
    pages: int
    size: int
    titles: tuple[str, ...]


def _photo(picture, alt: str, credit: str, photos_root: str) -> Photo | None:
    """The widest resized JPEG of the image pipeline: no camera or place data."""
    if picture is None or not getattr(picture, "cached", ""):
        return None
    large = picture.large
    path = os.path.relpath(picture.cached_file(large), photos_root)
    return Photo(path, large.width, large.height, alt, credit)


def story_of(article, index: int, portal_url: str, photos_root: str) -> Story:
    photos = []
    picture = getattr(article, "picture", None)
    if picture is not None:
        photos.append(_photo(picture, picture.alt, picture.credit, photos_root))
    gallery = getattr(article, "gallery", None)
    if gallery is not None and getattr(gallery, "status", "published") == "draft":
        gallery = None
    if gallery is not None:
        for item in gallery.photos[:GALLERY_PHOTOS]:
            photos.append(
                _photo(item.picture, item.alt, item.credit or gallery.credit, photos_root)
            )
    return Story(
        anchor=f"nota-{index + 1}",
        title=article.title,
        date=article.date,
        number_label=getattr(article, "number_label", ""),
        area=article.category.name,
        summary=article.metadata.get("summary", ""),
        body=article.get_content(portal_url),
        address=f"{portal_url}/{article.url}",
        photos=tuple(p for p in photos if p is not None),
        gallery_title=gallery.title if gallery else "",
        gallery_address=f"{portal_url}/{gallery.url}" if gallery else "",
        gallery_count=len(gallery.photos) if gallery else 0,
    )


class PrintEditionGenerator(Generator):
    def generate_context(self):
        pass  # everything it needs is in the context only at generate_output

    def generate_output(self, writer):
        settings = self.settings
        if settings["CHECK_ONLY"]:
            return
        now = embargo_clock(settings)
        months, pending = group_months(
            self.context.get("articles", []),
            now,
            read_vedas(settings),
            settings["VEDA_ALLOWED_AREAS"],
        )
        for moment in pending:  # a month with bulletins ends: its edition appears
            note_change_at(settings, moment)
        portal_url = settings["PORTAL_URL"].rstrip("/")
        photos_root = settings["IMAGES_CACHE_PATH"]
        editions = build_editions(
            months, lambda article, index: story_of(article, index, portal_url, photos_root)
        )
        store = PdfStore(settings["PRINT_EDITION_CACHE_PATH"])
        css = self._stylesheet()
        keeper = output_keeper(settings)
        listed, made, started = [], 0, time.perf_counter()
        for edition in editions:
            rendered = store.get_or_render(
                self._html(edition), css, settings["IMAGES_CACHE_PATH"]
            )
            made += rendered.worked
            place(rendered.path, os.path.join(self.output_path, edition.url), keeper)
            listed.append(self._listed(edition, rendered))
        if editions:
            logger.info(
                "Edición impresa: %d ediciones (%d hechas, %d de la caché) en %.1f s",
                len(editions), made, len(editions) - made, time.perf_counter() - started,
            )  # fmt: skip
            changed = max(e.last_date for e in editions)
            self.context.setdefault(PAGE_CHANGED, {})[ARCHIVE_URL + "index.html"] = changed
        writer.write_file(
            ARCHIVE_URL + "index.html",
            self.get_template("print/archive"),
            self.context,
            settings["RELATIVE_URLS"],
            url=ARCHIVE_URL,
            print_years=_by_year(listed),
        )

    def _stylesheet(self) -> str:
        theme_templates = os.path.join(self.theme, "templates")
        with open(os.path.join(theme_templates, STYLESHEET), encoding="utf-8") as handle:
            return handle.read()

    def _html(self, edition: Edition) -> str:
        settings = self.settings
        return self.get_template("print/edition").render(
            self.context,
            edition=edition,
            portal_url=settings["PORTAL_URL"].rstrip("/"),
            edition_title=settings["PRINT_EDITION_TITLE"] or settings["OFFICE_NAME"],
            photos_url=PHOTOS_URL,
        )

    @staticmethod
    def _listed(edition: Edition, rendered: RenderedPdf) -> ListedEdition:
        return ListedEdition(
            edition.year,
            edition.month,
            edition.number,
            edition.url,
            rendered.pages,
            rendered.size,
            tuple(story.title for story in edition.stories),
        )


def _by_year(listed: list[ListedEdition]) -> list[tuple[int, list[ListedEdition]]]:
    years: dict[int, list[ListedEdition]] = {}
    for item in listed:  # already newest first
        years.setdefault(item.year, []).append(item)
    return list(years.items())
