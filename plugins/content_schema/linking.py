"""The linking pass: every reference of every kind resolved at once.

Runs in ``all_generators_finalized``, when every generator has read its
files: bulletins from Pelican's article generator, the other kinds from the
generators that offer ``content_entries()``. After it, each generator's
``after_linking()`` computes what needs the links (a bulletin's photo from
its gallery, plan execution from the reports).
"""

from __future__ import annotations

import os

from .errors import report_for
from .kinds import KINDS
from .reading import display_path
from .references import (
    DRAFT,
    HELD,
    PUBLISHED,
    ContentIndex,
    Entry,
    TargetWords,
    link_sources,
)

WORDS = {
    **{
        kind.key: TargetWords(kind.the_name, kind.a_name, kind.published_word,
                              kind.reference_hint)
        for kind in KINDS
    },
    "activity": TargetWords("la actividad", "una actividad", "publicada",
                            "plan/actividad"),
}  # fmt: skip


def bulletin_entries(generator, settings) -> list[Entry]:
    held = generator.context.get("held_articles", [])
    return [
        Entry(article, "bulletin", state, display_path(article.source_path, settings))
        for articles, state in (
            (generator.articles, PUBLISHED),
            (generator.drafts, DRAFT),
            (held, HELD),
        )
        for article in articles
        if getattr(article, "kind", "") == "bulletin"
    ]


def entries_of(generators, settings) -> list[Entry]:
    entries = []
    for generator in generators:
        if getattr(generator, "articles", None) is not None and hasattr(
            generator, "drafts"
        ):
            entries += bulletin_entries(generator, settings)
        elif hasattr(generator, "content_entries"):
            entries += generator.content_entries()
    return entries


def name_of(entry: Entry) -> str:
    """The name references use: a bulletin's file, a gallery's folder, a plan's slug."""
    if entry.kind == "bulletin":
        return os.path.splitext(os.path.basename(entry.obj.source_path))[0]
    if entry.kind == "gallery":
        return entry.obj.folder
    return entry.obj.slug


def build_index(entries) -> ContentIndex:
    index = ContentIndex()
    for entry in entries:
        index.add(name_of(entry), entry)
        for activity in (
            getattr(entry.obj, "activities", ()) if entry.kind == "plan" else ()
        ):
            index.add(f"{entry.obj.slug}/{activity.id}", Entry(activity, "activity",
                      entry.state, entry.shown))  # fmt: skip
    return index


def link_all(generators) -> None:
    """Resolve every reference, then let each generator use its links."""
    if not generators:
        return
    settings = generators[0].settings
    entries = entries_of(generators, settings)
    schemas = {kind.key: kind.schema(settings) for kind in KINDS}
    link_sources(entries, schemas, build_index(entries), WORDS, report_for(settings))
    for generator in generators:
        if hasattr(generator, "after_linking"):
            generator.after_linking()
