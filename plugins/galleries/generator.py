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
from content_schema.loading import markdown_for
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
        self.galleries = [
            g
            for g in loaded
            if (g.status != "draft" or settings.get("DRAFT_SAVE_AS"))
            and not (settings.get("EMBARGO") and g.date > now)
        ]
        self.galleries.sort(key=lambda g: (g.date, g.folder), reverse=True)
        self._link_bulletins(loaded)
        self._derive_photos()
        self.context["galleries"] = [g for g in self.galleries if g.status != "draft"]

    def _link_bulletins(self, loaded):
        settings, report = self.settings, report_for(self.settings)
        articles = self.context.get("articles", []) + self.context.get("drafts", [])
        held = self.context.get("held_articles", [])
        by_stem = {
            os.path.splitext(os.path.basename(a.source_path))[0]: a for a in articles + held
        }
        for gallery in loaded:
            ref = gallery.bulletin_ref
            if ref:
                ref = ref.removesuffix(".md")
                if ref not in by_stem:
                    report.add(
                        display_path(gallery.source_path, settings),
                        "bulletin",
                        f"no existe el boletín '{ref}'; se espera el nombre de un "
                        "archivo de content/boletines/AAAA/ sin la extensión .md",
                    )
                elif gallery in self.galleries and by_stem[ref] not in held:
                    gallery.bulletin = by_stem[ref]
        by_folder = {g.folder: g for g in loaded}
        named_by = {
            id(g.bulletin): g for g in reversed(self.galleries) if g.bulletin is not None
        }
        for article in articles:
            name = article.metadata.get("gallery")
            photo = article.metadata.get("gallery_photo")
            shown = display_path(article.source_path, settings)
            article.gallery = None
            if photo and not name:
                report.add(
                    shown,
                    "gallery_photo",
                    "se usa junto con el campo gallery; "
                    "se espera también gallery: AAAA-MM-DD-nombre",
                )
            if not name:
                # A gallery that names this bulletin is shown on it as well.
                article.gallery = named_by.get(id(article))
                continue
            gallery = by_folder.get(name)
            if gallery is None:
                report.add(
                    shown,
                    "gallery",
                    f"no existe la galería '{name}'; se espera el "
                    "nombre de una carpeta de content/galerias/",
                )
                continue
            if photo and photo not in {p.file for p in gallery.photos}:
                report.add(
                    shown,
                    "gallery_photo",
                    f"la galería '{name}' no tiene la foto "
                    f"'{photo}'; se espera el nombre de una de sus fotos",
                )
                photo = None
            if gallery in self.galleries:
                article.gallery = gallery
                article.gallery_photo_file = photo

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
        for article in self.context.get("articles", []) + self.context.get("drafts", []):
            gallery = getattr(article, "gallery", None)
            chosen = getattr(article, "gallery_photo_file", None)
            if gallery and chosen and not getattr(article, "picture", None):
                photo = next(p for p in gallery.photos if p.file == chosen)
                article.picture = photo.picture
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
        relative = self.settings["RELATIVE_URLS"]
        gallery_page = self.get_template("gallery")
        photo_page = self.get_template("photo")
        for gallery in self.galleries:
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
