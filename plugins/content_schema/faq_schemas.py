"""The schema of frequent questions: one file per topic under
content/preguntas-frecuentes/, a list of questions, each answered in Markdown
and naming the published content its answer comes from (seed 003: «brindar
respuesta a las preguntas o dudas»)."""

from __future__ import annotations

from collections.abc import Mapping

from .fields import Choice, FieldSpec, PositiveInt, Record, RecordList, Slug, Text
from .references import ReferenceList
from .schemas import HISTORY, STATUSES

# What an answer may cite: content that has a page of its own and a name.
SOURCE_KINDS = ("bulletin", "gallery", "plan", "event", "video", "audio")

QUESTION = Record(
    {
        "question": FieldSpec(
            Text(max_length=200),
            required=True,
            help="la pregunta, como la haría una persona",
        ),
        "answer": FieldSpec(
            Text(single_line=False), required=True, help="la respuesta, en Markdown"
        ),
        "sources": FieldSpec(
            ReferenceList(targets=SOURCE_KINDS),
            required=True,
            help="boletines, planes, galerías… de donde sale la respuesta",
        ),
        "id": FieldSpec(Slug(), help="el ancla de la pregunta en la página"),
    }
)


def faq_schema(areas: Mapping[str, str]) -> dict[str, FieldSpec]:
    return {
        "title": FieldSpec(Text(max_length=120), required=True),
        "area": FieldSpec(Choice(areas), required=True),
        "summary": FieldSpec(Text(max_length=320, single_line=False)),
        "order": FieldSpec(PositiveInt()),
        "questions": FieldSpec(RecordList(QUESTION), required=True),
        "status": FieldSpec(Choice(STATUSES)),
        "history": HISTORY,
    }
