"""Galleries and the photo archive (fototeca) as a Pelican generator.

Reads gallery folders, links them with bulletins both ways, derives every
photo through the image pipeline, and writes the gallery, photo, archive and
feed pages plus one ZIP per gallery.
"""

from __future__ import annotations

import os

from bulletins.embargo import embargo_clock, note_change_at
from content_schema import report_for
from content_schema.generator import DRAFT, HELD, PUBLISHED, KindGenerator, group_by
from content_schema.reader import display_path
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
from .zips import build_zip, credits_text, press_name, press_text


def gallery_recipe(settings) -> Recipe:
    return Recipe(**settings["IMAGES_GALLERY_RECIPE"])  # declared in portal_settings


class GalleriesGenerator(KindGenerator):
    kind_key = "gallery"

    def source_paths(self) -> list[str]:
        return gallery_folders(self.path)  # one folder per gallery

    def load(self, folder, markdown):
        return load_gallery(folder, self.settings, self.report, markdown)

    def state_of(self, gallery) -> str:
        if gallery.status == "draft":
            return DRAFT
        return HELD if id(gallery) in self.held else PUBLISHED

    def prepare(self, loaded):
        settings = self.settings
        now = embargo_clock(settings)
        for gallery in loaded:
            if gallery.date > now:
                note_change_at(settings, gallery.date)
        self.held = {id(g) for g in loaded if settings["EMBARGO"] and g.date > now}
        self.galleries = [
            g
            for g in loaded
            if (g.status != "draft" or settings.get("DRAFT_SAVE_AS"))
            and id(g) not in self.held
        ]
        self.galleries.sort(key=lambda g: (g.date, g.folder), reverse=True)
        self._derive_photos()
        self.context["galleries"] = [g for g in self.galleries if g.status != "draft"]

    def after_linking(self):
        """A bulletin's gallery strip and photo, once references are resolved."""
        settings, report = self.settings, report_for(self.settings)
        by_folder = {gallery.folder: gallery for gallery in self.loaded}
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
            jobs += [
                Job(p.source, recipe, p.credit, rights, press_text(gallery, p, settings))
                for p in gallery.photos
            ]
        if settings["CHECK_ONLY"]:  # make check: no pixels, no output
            for problem in check_sources(jobs):
                report_for(settings).add(
                    display_path(problem.source, settings), "(foto)", problem.message
                )
            return
        results, problems = derive_all(
            jobs, ImageStore(settings["IMAGES_CACHE_PATH"]), settings["IMAGES_WORKERS"]
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
        # Before any page is written: a ZIP's size is part of its gallery, which
        # bulletins carry, and contents may not change once pages read them
        # (plugins/incremental checks it at the end of the build). A photo that
        # could not be made is reported above and stops the build before pages.
        for gallery in self.galleries:
            if all(photo.picture is not None for photo in gallery.photos):
                self._write_zip(gallery)

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
        for gallery in self.galleries:
            self.write_page(
                writer, gallery.url, "gallery", gallery.updated, gallery=gallery
            )
            for photo in gallery.photos:
                previous, following = gallery.neighbours(photo)
                self.write_page(
                    writer, gallery.photo_url(photo), "photo", gallery=gallery,
                    photo=photo, previous=previous, following=following,
                )  # fmt: skip
        self._write_archive(writer)
        self.add_feed_items(
            write_gallery_feeds(self.context["galleries"], self.settings, self.output_path)
        )

    def _write_archive(self, writer):
        published = self.context["galleries"]
        years = group_by(published, lambda g: g.date.year)
        areas = sorted(
            group_by(published, lambda g: g.area),
            key=lambda i: self.settings["AREAS"][i[0]],
        )
        common = {"fototeca_years": years, "fototeca_areas": areas}
        self.write_page(writer, "galerias/", "galleries", **common)
        self.write_page(writer, "fototeca/", "fototeca", **common)
        for year, galleries in years:
            months = group_by(galleries, lambda g: g.date.month)
            self.write_page(
                writer, f"fototeca/{year}/", "fototeca_year", year=year, months=months,
                **common,
            )  # fmt: skip
        for area, galleries in areas:
            self.write_page(
                writer, f"fototeca/area/{area}/", "fototeca_area", area=area,
                area_name=self.settings["AREAS"][area], area_galleries=galleries, **common,
            )  # fmt: skip
