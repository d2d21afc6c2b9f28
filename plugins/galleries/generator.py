"""Galleries and the photo archive (fototeca) as a Pelican generator.

Reads gallery folders, links them with bulletins both ways, derives every
photo through the image pipeline, and writes the gallery, photo, archive and
feed pages plus one ZIP per gallery.
"""

from __future__ import annotations

import os
from collections import defaultdict

from pelican.generators import Generator

from bulletins.embargo import embargo_clock, note_change_at
from content_schema import report_for
from content_schema.reader import display_path
from content_schema.reading import markdown_for
from content_schema.references import DRAFT, HELD, PUBLISHED, Entry
from images import (
    ImageStore,
    Job,
    Recipe,
    check_sources,
    derive_all,
    publish_picture,
    record_stats,
)
from images.cache import place
from incremental.keeper import output_keeper

from .feed import write_gallery_feeds
from .loader import gallery_folders, load_gallery
from .zips import build_zip, credits_text, press_name


def gallery_recipe(settings) -> Recipe:
    defaults = {"widths": (480, 960, 1600), "crop": (1200, 630), "press": True}
    return Recipe(**{**defaults, **settings.get("IMAGES_GALLERY_RECIPE", {})})


class GalleriesGenerator(Generator):
    def generate_context(self):
        settings = self.settings
        report = report_for(settings)
        markdown = markdown_for(settings)
        loaded = [
            g
            for folder in gallery_folders(self.path)
            if (g := load_gallery(folder, settings, report, markdown)) is not None
        ]
        now = embargo_clock(settings)
        for gallery in loaded:
            if gallery.date > now:
                note_change_at(settings, gallery.date)
        held = {id(g) for g in loaded if settings.get("EMBARGO") and g.date > now}
        self.entries = [
            Entry(g, "gallery", DRAFT if g.status == "draft" else
                  HELD if id(g) in held else PUBLISHED,
                  display_path(g.source_path, settings))
            for g in loaded
        ]  # fmt: skip
        self.galleries = [
            g
            for g in loaded
            if (g.status != "draft" or settings.get("DRAFT_SAVE_AS")) and id(g) not in held
        ]
        self.galleries.sort(key=lambda g: (g.date, g.folder), reverse=True)
        self._derive_photos()
        self.context["galleries"] = [g for g in self.galleries if g.status != "draft"]

    def content_entries(self) -> list[Entry]:
        return self.entries

    def after_linking(self):
        """A bulletin's gallery strip and photo, once references are resolved."""
        settings, report = self.settings, report_for(self.settings)
        by_folder = {entry.obj.folder: entry.obj for entry in self.entries}
        shown_galleries = {id(g) for g in self.galleries}
        named_by = {
            id(g.bulletin): g for g in reversed(self.galleries) if g.bulletin is not None
        }
        for article in self.context.get("articles", []) + self.context.get("drafts", []):
            name = getattr(article, "gallery_ref", None)
            photo = article.metadata.get("gallery_photo")
            if photo and not name:
                report.add(
                    display_path(article.source_path, settings),
                    "gallery_photo",
                    "se usa junto con el campo gallery; "
                    "se espera también gallery: AAAA-MM-DD-nombre",
                )
            if not name:
                # A gallery that names this bulletin is shown on it as well.
                article.gallery = named_by.get(id(article))
                continue
            gallery = by_folder.get(name)
            if gallery and photo and photo not in {p.file for p in gallery.photos}:
                report.add(
                    display_path(article.source_path, settings),
                    "gallery_photo",
                    f"la galería '{name}' no tiene la foto "
                    f"'{photo}'; se espera el nombre de una de sus fotos",
                )
                photo = None
            if id(getattr(article, "gallery", None)) not in shown_galleries:
                article.gallery = None
                continue
            chosen = next((p for p in gallery.photos if p.file == photo), None)
            if chosen and chosen.picture and not getattr(article, "picture", None):
                article.picture = chosen.picture

    def _derive_photos(self):
        settings = self.settings
        recipe = gallery_recipe(settings)
        jobs = []
        for gallery in self.galleries:
            rights = settings["IMAGES_COPYRIGHT"].format(year=gallery.date.year)
            jobs += [Job(p.source, recipe, p.credit, rights) for p in gallery.photos]
        if settings.get("CHECK_ONLY"):  # make check: no pixels, no output
            for problem in check_sources(jobs):
                report_for(settings).add(
                    display_path(problem.source, settings), "(foto)", problem.message
                )
            return
        results, problems = derive_all(
            jobs, ImageStore(settings["IMAGES_CACHE_PATH"]), settings.get("IMAGES_WORKERS")
        )
        for problem in problems:
            report_for(settings).add(
                display_path(problem.source, settings), "(foto)", problem.message
            )
        record_stats(settings, results.values())
        for gallery in self.galleries:
            for photo in gallery.photos:
                derived = results.get((photo.source, recipe))
                if derived is not None:
                    photo.picture = publish_picture(
                        derived,
                        self.output_path,
                        f"{gallery.url}fotos",
                        f"{photo.stem}-",
                        keeper=output_keeper(self.settings),
                        alt=photo.alt,
                        credit=photo.credit,
                        caption=photo.caption,
                    )

    def _write_zip(self, gallery):
        members = [
            (press_name(gallery, p), p.picture.cached_file(p.picture.press))
            for p in gallery.photos
        ]
        cached = build_zip(
            members,
            credits_text(gallery, self.settings["PORTAL_URL"]),
            gallery.date,
            os.path.join(self.settings["IMAGES_CACHE_PATH"], "zip"),
        )
        gallery.zip_size = os.path.getsize(cached)
        place(
            cached,
            os.path.join(self.output_path, gallery.zip_url),
            output_keeper(self.settings),
        )

    def generate_output(self, writer):
        relative = self.settings["RELATIVE_URLS"]
        gallery_page = self.get_template("gallery")
        photo_page = self.get_template("photo")
        for gallery in self.galleries:
            self._write_zip(gallery)
            writer.write_file(
                gallery.save_as,
                gallery_page,
                self.context,
                relative,
                gallery=gallery,
                url=gallery.url,
            )
            for photo in gallery.photos:
                previous, following = gallery.neighbours(photo)
                writer.write_file(
                    gallery.photo_url(photo) + "index.html",
                    photo_page,
                    self.context,
                    relative,
                    gallery=gallery,
                    photo=photo,
                    previous=previous,
                    following=following,
                    url=gallery.photo_url(photo),
                )
        self._write_archive(writer, relative)
        items = write_gallery_feeds(
            self.context["galleries"], self.settings, self.output_path
        )
        self.context.setdefault("site_feed_items", []).extend(items)

    def _write_archive(self, writer, relative):
        published = self.context["galleries"]
        by_year = defaultdict(list)
        by_area = defaultdict(list)
        for gallery in published:
            by_year[gallery.date.year].append(gallery)
            by_area[gallery.area].append(gallery)
        years = sorted(by_year.items(), reverse=True)
        areas = sorted(by_area.items(), key=lambda item: self.settings["AREAS"][item[0]])
        common = {"fototeca_years": years, "fototeca_areas": areas}
        writer.write_file(
            "galerias/index.html",
            self.get_template("galleries"),
            self.context,
            relative,
            url="galerias/",
            **common,
        )
        writer.write_file(
            "fototeca/index.html",
            self.get_template("fototeca"),
            self.context,
            relative,
            url="fototeca/",
            **common,
        )
        for year, galleries in years:
            months = defaultdict(list)
            for gallery in galleries:
                months[gallery.date.month].append(gallery)
            writer.write_file(
                f"fototeca/{year}/index.html",
                self.get_template("fototeca_year"),
                self.context,
                relative,
                year=year,
                months=sorted(months.items(), reverse=True),
                url=f"fototeca/{year}/",
                **common,
            )
        for area, galleries in areas:
            writer.write_file(
                f"fototeca/area/{area}/index.html",
                self.get_template("fototeca_area"),
                self.context,
                relative,
                area=area,
                area_name=self.settings["AREAS"][area],
                area_galleries=galleries,
                url=f"fototeca/area/{area}/",
                **common,
            )
