"""Frequent questions as plain data: a topic (one file) and its questions."""

from __future__ import annotations

from dataclasses import dataclass, field

from content_schema.history import HistoryEntry
from content_schema.kinds import KIND_BY_KEY
from content_schema.models import DERIVED


@dataclass(kw_only=True)
class Question:
    question: str
    answer: str  # Markdown, as written
    answer_html: str = ""  # the answer converted
    id: str = ""  # its anchor on the page (written, or made from the question)
    sources_ref: tuple[str, ...] = ()
    sources: list = field(default_factory=list)  # linked contents, once linked

    @property
    def url(self) -> str:
        return f"preguntas-frecuentes/#{self.id}"


@dataclass(kw_only=True)
class FaqTopic:
    """One file of content/preguntas-frecuentes/: a heading of the page."""

    source_path: str = field(metadata=DERIVED)
    slug: str = field(metadata=DERIVED)  # the file name: agua
    title: str = ""
    area: str | None = None
    area_name: str = field(default="", metadata=DERIVED)
    summary: str = ""
    order: int | None = None
    questions: tuple[Question, ...] = ()
    status: str = "published"
    history: tuple[HistoryEntry, ...] = ()
    # False: the file has mistakes; checked and linked, never published.
    valid: bool = field(default=True, metadata=DERIVED)

    @property
    def url(self) -> str:
        return KIND_BY_KEY["faq"].url.format(slug=self.slug)

    @property
    def anchor(self) -> str:
        return self.url.partition("#")[2]
