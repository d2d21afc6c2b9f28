"""Clarifications as plain data: the claim, where it appeared, the verdict on
the office's scale and the evidence, each piece linked to what it names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content_schema.history import HistoryEntry
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED


@dataclass(frozen=True)
class Verdict:
    """One step of the scale (CLARIFICATION_VERDICTS), with the scale's ends."""

    key: str
    label: str
    rating: int
    meaning: str
    best: int  # the highest rating of the scale
    worst: int  # the lowest

    @property
    def url(self) -> str:
        """Its page in the list's filter (one page per verdict: no JavaScript)."""
        return f"aclaraciones/veredicto/{self.key}/"


def verdict_scale(settings) -> list[Verdict]:
    verdicts = settings["CLARIFICATION_VERDICTS"]
    ratings = [v["rating"] for v in verdicts]
    return [Verdict(**v, best=max(ratings), worst=min(ratings)) for v in verdicts]


@dataclass(kw_only=True)
class Appearance:
    platform: str
    date: dt.date
    link: str = ""
    screenshot: dict | None = None  # {src: absolute path, alt}
    picture: object = field(default=None, metadata=DERIVED)  # images.Picture


LINKED = ("bulletin", "gallery", "plan", "report", "video", "audio", "campaign")


@dataclass(kw_only=True)
class Evidence:
    """One document that backs the verdict: a content of the portal or a page."""

    bulletin_ref: str | None = None
    gallery_ref: str | None = None
    plan_ref: str | None = None
    report_ref: str | None = None
    video_ref: str | None = None
    audio_ref: str | None = None
    campaign_ref: str | None = None
    url: str = ""
    data: str = ""  # cronograma, presupuesto or cifras of the plan or report
    title: str = ""
    note: str = ""
    # Linked by the linking pass.
    bulletin: object = None
    gallery: object = None
    plan: object = None
    report: object = None
    video: object = None
    audio: object = None
    campaign: object = None
    # Set once linked (generator.after_linking): where it goes and what it is.
    href: str = field(default="", metadata=DERIVED)  # site-relative, or a web address
    name: str = field(default="", metadata=DERIVED)
    kind_label: str = field(default="", metadata=DERIVED)

    @property
    def target(self):
        """The linked content, or None (a page elsewhere, or not linked)."""
        for name in LINKED:
            if getattr(self, name) is not None:
                return getattr(self, name)
        return None

    @property
    def target_kind(self) -> str:
        for name in LINKED:
            if getattr(self, f"{name}_ref"):
                return name
        return "url"

    @property
    def internal(self) -> bool:
        return self.target_kind != "url"


@dataclass(kw_only=True)
class Clarification:
    source_path: str = field(metadata=DERIVED)
    slug: str  # the file's name without its date, or the slug field
    title: str = ""
    date: dt.datetime
    claim: str = ""
    verdict: str = ""
    rating: Verdict | None = field(default=None, metadata=DERIVED)
    summary: str = ""
    area: str = ""
    area_name: str = field(default="", metadata=DERIVED)
    appearances: tuple[Appearance, ...] = ()
    spread_by: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    tags: tuple[str, ...] = ()
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()  # the dated updates, kept on the page
    body_html: str = field(default="", metadata=DERIVED)
    # False: the file has mistakes; checked, never published.
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def url(self) -> str:
        return KIND_BY_KEY["clarification"].url.format(slug=self.slug)

    @property
    def first_appearance(self) -> Appearance | None:
        return min(self.appearances, key=lambda a: a.date, default=None)

    @property
    def appearances_in_order(self) -> list[Appearance]:
        return sorted(self.appearances, key=lambda a: a.date)

    @property
    def updated(self) -> dt.datetime:
        """Its last update: the newest history entry, or its own date."""
        return max((change.date for change in self.history), default=self.date)

    @property
    def updates_newest_first(self) -> list[HistoryEntry]:
        return sorted(self.history, key=lambda change: change.date, reverse=True)
