"""The linking pass: every reference of every kind resolved at once.

Runs in ``all_generators_finalized``, when every generator has read its
files: bulletins from Pelican's article generator, the other kinds from the
generators that offer ``content_entries()``. After it, each generator's
``after_linking()`` computes what needs the links (a bulletin's photo from
its gallery, plan execution from the reports).
"""

from __future__ import annotations

import os

from .errors import ContentReport, report_for
from .kinds import KINDS
from .reader import kind_of, slug_from_filename
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
    """The name references use: a bulletin's file, a gallery's or recording's
    folder, a plan's slug."""
    if entry.kind == "bulletin":
        return os.path.splitext(os.path.basename(entry.obj.source_path))[0]
    if entry.kind in ("gallery", "video", "audio"):  # named by their dated folder
        return entry.obj.folder
    return entry.obj.slug


def names_with_errors(report: ContentReport, settings) -> dict[str, set[str]]:
    """Kind -> the names by which references would reach the files with problems.

    Readers leave such a file out (a bulletin is skipped, a gallery or plan not
    loaded), so the index alone would call it missing. A gallery is named by
    its folder, whichever of its files has the problem; other kinds by their
    file, with or without its date prefix.
    """
    project_root = os.path.dirname(os.path.abspath(settings["PATH"]))
    names: dict[str, set[str]] = {}
    for problem in report.problems:
        path = os.path.join(project_root, problem.path)
        kind = kind_of(path, settings)
        parts = os.path.relpath(path, settings["PATH"]).replace(os.sep, "/").split("/")
        if kind is None or len(parts) < 2:
            continue
        if kind == "gallery":
            found = {parts[1]}
        else:
            found = {os.path.splitext(parts[-1])[0], slug_from_filename(path, settings)}
        names.setdefault(kind, set()).update(found)
    return names


def build_index(entries, with_errors: dict[str, set[str]] | None = None) -> ContentIndex:
    index = ContentIndex(with_errors=with_errors or {})
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
    report = report_for(settings)
    index = build_index(entries, names_with_errors(report, settings))
    link_sources(entries, schemas, index, WORDS, report)
    for generator in generators:
        if hasattr(generator, "after_linking"):
            generator.after_linking()
