"""The videoteca and the fonoteca as Pelican generators, one per kind.

Reads recording folders, publishes their files (``publishing``), shows each
recording on the bulletin, gallery and agenda event it names, and writes
the recording pages and the library pages (by year, month, area and kind);
the audio generator, last, also writes /archivo/ (``archive``).
"""

from __future__ import annotations

from bulletins.embargo import embargo_clock, note_change_at
from content_schema.generator import DRAFT, HELD, PUBLISHED, KindGenerator, group_by

from .archive import archive_items, by_year, kind_counts
from .display import spoken_duration
from .feeds import write_media_feeds
from .loader import load_recording, recording_folders
from .publishing import publish_media
from .site_feed import site_feed_items


class MediaGenerator(KindGenerator):
    """What the video and audio generators share; ``kind_key`` tells them apart."""

    index_template = ""  # "videoteca" or "fonoteca"

    def source_paths(self) -> list[str]:
        return recording_folders(self.path, self.kind.folder)  # one folder each

    def load(self, folder, markdown):
        return load_recording(folder, self.kind_key, self.settings, self.report, markdown)

    def state_of(self, recording) -> str:
        if recording.status == "draft":
            return DRAFT
        return HELD if id(recording) in self.held else PUBLISHED

    def prepare(self, loaded):
        settings = self.settings
        now = embargo_clock(settings)
        for recording in loaded:
            if recording.date > now:
                note_change_at(settings, recording.date)
        self.held = {id(r) for r in loaded if settings["EMBARGO"] and r.date > now}
        self.recordings = [
            r
            for r in loaded
            if (r.status != "draft" or settings.get("DRAFT_SAVE_AS"))
            and id(r) not in self.held
        ]
        self.recordings.sort(key=lambda r: (r.date, r.folder), reverse=True)
        if not settings["CHECK_ONLY"] and not self.report:  # the build stops: no media work
            publish_media(self.recordings, settings, self.output_path)
        self.published = [r for r in self.recordings if r.status != "draft"]
        self.context[self.kind.folder] = self.published  # "videoteca", "fonoteca"

    def after_linking(self):
        """Each bulletin, gallery and event shows the recordings that name it."""
        for recording in self.published:
            for target in (recording.bulletin, recording.gallery, recording.event):
                if target is None:
                    continue
                shown = list(getattr(target, "recordings", None) or [])
                shown.append(recording)
                shown.sort(key=lambda r: (r.date, r.folder))
                target.recordings = shown

    def generate_output(self, writer):
        for recording in self.recordings:
            self.write_page(
                writer, recording.url, "recording", recording.updated, recording=recording
            )
        self._write_library(writer)
        write_media_feeds(self.kind_key, self.published, self.settings, self.output_path)
        self.add_feed_items(site_feed_items(self.published, self.settings))

    def _write_library(self, writer):
        """The videoteca (or fonoteca): by year, then each year by month, each
        area and each kind of recording, newest first, like the fototeca."""
        folder, published = self.kind.folder, self.published
        years = group_by(published, lambda r: r.date.year)
        areas = sorted(
            group_by(published, lambda r: r.area),
            key=lambda i: self.settings["AREAS"][i[0]],
        )
        kinds = sorted(
            group_by(published, lambda r: r.kind), key=lambda i: i[1][0].kind_name
        )
        common = {
            "library": {
                "folder": folder,
                "name": folder.capitalize(),
                "media": self.kind_key,
            },
            "library_years": years,
            "library_areas": areas,
            "library_kinds": kinds,
        }
        self.write_page(
            writer, f"{folder}/", self.index_template, recordings=published, **common
        )
        for year, recordings in years:
            months = group_by(recordings, lambda r: r.date.month)
            self.write_page(
                writer, f"{folder}/{year}/", "mediateca_year", year=year, months=months,
                current=str(year), **common,
            )  # fmt: skip
        for area, recordings in areas:
            name = self.settings["AREAS"][area]
            self.write_page(
                writer, f"{folder}/area/{area}/", "mediateca_list", current=area,
                heading=name, listed=recordings, **common,
            )  # fmt: skip
        for kind, recordings in kinds:
            self.write_page(
                writer, f"{folder}/tipo/{kind}/", "mediateca_list", current=kind,
                heading=recordings[0].kind_name, listed=recordings, **common,
            )  # fmt: skip


class VideoGenerator(MediaGenerator):
    kind_key = "video"
    index_template = "videoteca"


class AudioGenerator(MediaGenerator):
    """Runs after every other kind's generator has filled the context, so it
    also writes the site's chronological archive (``archive``)."""

    kind_key = "audio"
    index_template = "fonoteca"

    def generate_output(self, writer):
        super().generate_output(writer)
        items = archive_items(self.context, spoken_duration)
        years = by_year(items)
        summary = [
            (year, kind_counts([i for _m, month in months for i in month]),
             [(month, kind_counts(month_items)) for month, month_items in months])
            for year, months in years
        ]  # fmt: skip
        self.write_page(writer, "archivo/", "archivo", archive_years=summary)
        for year, months in years:
            self.write_page(
                writer, f"archivo/{year}/", "archivo_year", year=year, months=months,
                archive_years=summary,
            )  # fmt: skip
