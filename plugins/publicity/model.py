"""Publicity spending as plain data: campaigns, providers, contracts with
their invoices, the communication budget and official air time.

Field names are the schemas' (content_schema/publicity_schemas.py); what is
derived (the current total after amendments, the quarter of an invoice) is
computed here, so pages, figures and exports agree. Amounts are ``Decimal``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from content_schema.history import HistoryEntry
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED
from content_schema.publicity_schemas import VEDA_EXCEPTIONS
from content_schema.transparency_formats import load

ZERO = Decimal("0.00")


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


@dataclass(kw_only=True)
class Piece:
    kind: str
    medium: str
    title: str
    start: dt.date | None = None
    end: dt.date | None = None
    file: str | None = None  # absolute path of the file beside the Markdown
    gallery_ref: str | None = None
    gallery_photo: str | None = None
    gallery: object = None  # linked Gallery
    recording_ref: str | None = None  # a folder of the fonoteca or videoteca
    recording: object = None  # linked Audio or Video
    promotes_report_ref: str | None = None  # the year of the informe it promotes
    promotes_report: object = None  # linked GovernmentReport
    photo: object = field(default=None, metadata=DERIVED)  # its Photo in the gallery
    file_url: str = field(default="", metadata=DERIVED)  # where it is published
    picture: object = field(default=None, metadata=DERIVED)  # images.Picture of an image

    @property
    def file_kind(self) -> str:
        """How the page shows its file: an image, a recording or a document."""
        extension = (self.file or "").rsplit(".", 1)[-1].lower()
        return {"jpg": "image", "jpeg": "image", "png": "image"}.get(extension, "document")


@dataclass(kw_only=True)
class Campaign:
    source_path: str = field(metadata=DERIVED)
    slug: str = field(metadata=DERIVED)
    title: str = ""
    type: str = ""
    summary: str = ""
    theme: str = ""
    institutional_objective: str = ""
    communication_objective: str = ""
    audience: dict = field(default_factory=dict)
    coverage: str = ""
    scope: str = ""
    start: dt.date
    end: dt.date
    media: tuple[str, ...] = ()
    pieces: tuple[Piece, ...] = ()
    key: str = ""
    key_authority: str = ""
    area: str = ""
    area_name: str = field(default="", metadata=DERIVED)
    veda_exception: str | None = None
    personal_image: bool = False
    promotes_report_ref: str | None = None  # the year of the informe it promotes
    promotes_report: object = None  # linked GovernmentReport
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()
    body_html: str = field(default="", metadata=DERIVED)
    # The veda its dates fall in (and no exception lets it through), if any.
    veda: object = field(default=None, metadata=DERIVED)
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def url(self) -> str:
        return KIND_BY_KEY["campaign"].url.format(slug=self.slug)

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def coverage_name(self) -> str:
        return load().labels("coverage").get(self.coverage, "")

    @property
    def sex_name(self) -> str:
        return load().labels("sex").get((self.audience or {}).get("sex", ""), "")

    @property
    def veda_exception_name(self) -> str:
        return VEDA_EXCEPTIONS.get(self.veda_exception or "", "").lower()


@dataclass(kw_only=True)
class Provider:
    source_path: str = field(metadata=DERIVED)
    slug: str = field(metadata=DERIVED)
    company: str = ""
    given_names: str = ""
    first_surname: str = ""
    second_surname: str = ""
    trade_name: str = ""
    responsible: str = ""
    rfc: str = ""
    procedure: str = ""
    procedure_name: str = field(default="", metadata=DERIVED)
    legal_basis: str = ""
    reasons: str = ""
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()
    body_html: str = field(default="", metadata=DERIVED)
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def is_person(self) -> bool:
        return not self.company

    @property
    def name(self) -> str:
        """The company name, or the person's name as it is written."""
        if self.company:
            return self.company
        parts = (self.given_names, self.first_surname, self.second_surname)
        return " ".join(part for part in parts if part)

    @property
    def url(self) -> str:
        return KIND_BY_KEY["provider"].url.format(slug=self.slug)


@dataclass(kw_only=True)
class Amendment:
    date: dt.date
    total: Decimal
    reason: str = ""
    document: str | None = None
    document_url: str = field(default="", metadata=DERIVED)


@dataclass(kw_only=True)
class Invoice:
    number: str
    date: dt.date
    amount: Decimal
    document: str | None = None
    document_url: str = field(default="", metadata=DERIVED)

    @property
    def quarter(self) -> int:
        return quarter_of(self.date)


@dataclass(kw_only=True)
class Contract:
    source_path: str = field(metadata=DERIVED)
    slug: str = field(metadata=DERIVED)
    number: str = ""
    signed: dt.date
    object: str = ""
    provider_ref: str = ""
    campaigns_ref: tuple[str, ...] = ()
    function: str = "contratante-y-solicitante"
    classification: str = ""
    service_type: str = ""
    medium: str = ""
    unit: str = ""
    unit_cost: Decimal | None = None
    concept: str = ""
    partida: str = ""
    total: Decimal = ZERO
    paid: Decimal = ZERO
    service_start: dt.date
    service_end: dt.date
    document: str | None = None
    document_url: str = field(default="", metadata=DERIVED)
    amendments: tuple[Amendment, ...] = ()
    invoices: tuple[Invoice, ...] = ()
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()
    body_html: str = field(default="", metadata=DERIVED)
    provider: object = None  # linked Provider
    campaigns: list = field(default_factory=list)  # linked Campaigns
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def year(self) -> int:
        return self.signed.year

    @property
    def current_total(self) -> Decimal:
        """The total of the latest amendment, or the signed one."""
        latest = max(self.amendments, key=lambda a: a.date, default=None)
        return latest.total if latest else self.total

    @property
    def invoiced(self) -> Decimal:
        return sum((invoice.amount for invoice in self.invoices), ZERO)

    def invoiced_until(self, day: dt.date) -> Decimal:
        return sum((i.amount for i in self.invoices if i.date <= day), ZERO)

    @property
    def folder_url(self) -> str:
        return KIND_BY_KEY["contract"].url.format(slug=self.slug)


@dataclass(kw_only=True)
class Partida:
    key: str
    name: str
    assigned: Decimal
    modified: Decimal | None = None
    spent: Decimal | None = None


@dataclass(kw_only=True)
class BudgetLine:
    name: str
    key: str = ""
    generic_partida: str = ""
    assigned: Decimal
    modified: Decimal | None = None
    spent: Decimal | None = None
    partidas: tuple[Partida, ...] = ()

    @property
    def current(self) -> Decimal:
        """What may be spent: the modified budget if there is one."""
        return self.assigned if self.modified is None else self.modified


@dataclass(kw_only=True)
class CommunicationBudget:
    source_path: str = field(metadata=DERIVED)
    slug: str = field(metadata=DERIVED)  # the year, its file name
    year: int
    plan_ref: str = ""
    concepts: tuple[BudgetLine, ...] = ()
    responsible_area: str = ""
    validated: dt.date | None = None
    note: str = ""
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()
    body_html: str = field(default="", metadata=DERIVED)
    plan: object = None  # linked Plan
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def url(self) -> str:
        return KIND_BY_KEY["publicity_budget"].url.format(slug=self.slug)

    def line(self, name: str) -> BudgetLine | None:
        return next((line for line in self.concepts if line.name == name), None)


@dataclass(kw_only=True)
class AirSpot:
    type: str
    medium: str
    campaign_ref: str = ""
    unit: str = ""
    concessionaire: str = ""
    trade_name: str = ""
    reasons: str = ""
    amount: str = ""
    start: dt.date
    end: dt.date
    campaign: object = None  # linked Campaign


@dataclass(kw_only=True)
class AirTime:
    source_path: str = field(metadata=DERIVED)
    slug: str = field(metadata=DERIVED)  # 2021-t1
    year: int
    quarter: int
    applies: bool = True
    reason: str = ""
    area: str = ""
    spots: tuple[AirSpot, ...] = ()
    message: str = ""
    link: str = ""
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()
    body_html: str = field(default="", metadata=DERIVED)
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def anchor(self) -> str:
        return f"tiempos-{self.slug}"
