"""What backs each achievement, once the linking pass has resolved its names.

Each evidence field keeps the names as written (``bulletins_ref``) and the
linked contents (``bulletins``); a held-back bulletin (embargo, veda) is not
linked, so pages show only what a reader can open.
"""

from __future__ import annotations

from content_schema.government_report_schemas import EVIDENCE_FIELDS
from content_schema.kinds import KIND_BY_KEY

from .model import Achievement, Evidence


def _kind_of(field_name: str, target) -> str:
    if field_name == "recordings":
        return "video" if type(target).__name__ == "Video" else "audio"
    return EVIDENCE_FIELDS[field_name][0]


def _name_of(field_name: str, target, written: tuple[str, ...], position: int) -> str:
    if field_name in ("activities", "indicators"):  # never held: names line up
        return written[position]
    if field_name == "bulletins":
        return target.source_path.rsplit("/", 1)[-1].removesuffix(".md")
    return getattr(target, "folder", "") or target.slug


def _title_and_url(kind: str, target, name: str) -> tuple[str, str]:
    if kind == "activity":
        plan = name.partition("/")[0]
        cronograma = KIND_BY_KEY["plan"].url.format(slug=plan) + "cronograma/"
        return target.name, cronograma
    return target.title, target.url


def link_evidence(achievement: Achievement) -> None:
    """Fill ``achievement.evidence`` from its linked fields, in the schema's order."""
    found = []
    for field_name in EVIDENCE_FIELDS:
        written = getattr(achievement, f"{field_name}_ref") or ()
        for position, target in enumerate(getattr(achievement, field_name) or ()):
            kind = _kind_of(field_name, target)
            name = _name_of(field_name, target, written, position)
            title, url = _title_and_url(kind, target, name)
            found.append(Evidence(kind, name, title, url))
    achievement.evidence = found
