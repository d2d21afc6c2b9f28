"""The videoteca and the fonoteca as Pelican generators, one per kind.

Reads recording folders, publishes their files (``publishing``), shows each
recording on the bulletin, gallery and agenda event it names, and writes
the recording pages and the archive pages.
"""

from __future__ import annotations

from bulletins.embargo import embargo_clock, note_change_at
from content_schema.generator import DRAFT, HELD, PUBLISHED, KindGenerator, group_by

from .feeds import write_media_feeds
from .loader import load_recording, recording_folders
from .publishing import publish_media


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
        if not settings["CHECK_ONLY"]:
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
        years = group_by(self.published, lambda r: r.date.year)
        self.write_page(
            writer, f"{self.kind.folder}/", self.index_template, recordings=self.published,
            years=years,
        )  # fmt: skip
        write_media_feeds(self.kind_key, self.published, self.settings, self.output_path)


class VideoGenerator(MediaGenerator):
    kind_key = "video"
    index_template = "videoteca"


class AudioGenerator(MediaGenerator):
    kind_key = "audio"
    index_template = "fonoteca"
