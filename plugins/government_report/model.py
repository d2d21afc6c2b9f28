"""The Informe de Gobierno as plain data: the year's report, its axes and the
achievements with the evidence that backs each one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content_schema.government_report_schemas import EVIDENCE_FIELDS, SESSION_TYPES
from content_schema.history import HistoryEntry
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED

# The law's window for promoting the informe (LGIPE art. 242.5), in days.
PROMOTION_DAYS_BEFORE, PROMOTION_DAYS_AFTER = 7, 5

# How a page and the open data name each kind of evidence.
EVIDENCE_LABELS = {
    "bulletin": "Boletín",
    "gallery": "Galería de fotos",
    "video": "Video",
    "audio": "Audio",
    "activity": "Actividad de plan",
    "indicator": "Indicador",
}


@dataclass(frozen=True)
class Evidence:
    """One linked content that backs an achievement, as pages and data show it."""

    kind: str  # a key of EVIDENCE_LABELS
    name: str  # as written: the file, folder, plan/activity or indicator id
    title: str
    url: str  # site-relative

    @property
    def label(self) -> str:
        return EVIDENCE_LABELS[self.kind]


@dataclass
class Achievement:
    text: str
    bulletins_ref: tuple[str, ...] = ()
    galleries_ref: tuple[str, ...] = ()
    recordings_ref: tuple[str, ...] = ()
    activities_ref: tuple[str, ...] = ()
    indicators_ref: tuple[str, ...] = ()
    # Once linked: the contents themselves; ``evidence`` is what pages show.
    bulletins: list = field(default_factory=list)
    galleries: list = field(default_factory=list)
    recordings: list = field(default_factory=list)
    activities: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list, metadata=DERIVED)

    @property
    def written_evidence(self) -> int:
        return sum(len(getattr(self, f"{name}_ref")) for name in EVIDENCE_FIELDS)


@dataclass
class Axis:
    id: str
    name: str
    achievements: tuple[Achievement, ...] = ()


@dataclass(frozen=True)
class Session:
    type: str
    place: str

    @property
    def type_name(self) -> str:
        return SESSION_TYPES.get(self.type, "")


@dataclass(kw_only=True)
class GovernmentReport:
    source_path: str = field(metadata=DERIVED)
    # Its folder, the year: references name it so (``promotes_report: 2021``).
    slug: str = field(metadata=DERIVED)
    title: str = ""
    year: int
    date: dt.datetime
    session: Session | None = None
    summary: str = ""
    document: str = ""  # the PDF beside index.md, its path in content/
    document_size: int = field(default=0, metadata=DERIVED)  # bytes, once published
    video_ref: str | None = None
    video: object = None  # the linked Video of the session
    axes: tuple[Axis, ...] = ()
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()
    body_html: str = field(default="", metadata=DERIVED)
    # The published bulletins that name it in promotes_report (its «difusión»).
    promoted_by: list = field(default_factory=list, metadata=DERIVED)
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def url(self) -> str:
        return KIND_BY_KEY["government_report"].url.format(slug=self.slug)

    @property
    def document_url(self) -> str:
        return f"{self.url}informe-de-gobierno-{self.year}.pdf" if self.document else ""

    @property
    def promotion_start(self) -> dt.date:
        return self.date.date() - dt.timedelta(days=PROMOTION_DAYS_BEFORE)

    @property
    def promotion_end(self) -> dt.date:
        return self.date.date() + dt.timedelta(days=PROMOTION_DAYS_AFTER)

    @property
    def achievements(self) -> list[Achievement]:
        return [a for axis in self.axes for a in axis.achievements]

    @property
    def updated(self) -> dt.date:
        """Its presentation or its latest history entry: the data's «actualizado»."""
        return max([self.date.date(), *(change.date.date() for change in self.history)])
