"""Front matter schemas, collected content errors, and unique URLs.

Connects the reader for ``.md`` files, resets the report at each build, and
stops the build after reading when any file has a problem.
"""

from __future__ import annotations

from pelican import signals

from .errors import ContentErrors, ContentReport, report_for
from .kinds import KIND_BY_KEY, stray_file_message
from .linking import entries_of, link_all
from .markdown_cache import save_all as save_markdown_cache
from .prefetch import prefetch_content
from .reader import PortalMarkdownReader, display_path, stray_markdown_files
from .reading_cache import save_all as save_reading_cache
from .uniqueness import check_unique_urls

__all__ = ["ContentErrors", "ContentReport", "register", "report_for"]

_CONTENT_LISTS = (
    "articles",
    "embargoed_articles",
    "translations",
    "drafts",
    "drafts_translations",
    "hidden_articles",
    "hidden_translations",
    "pages",
    "hidden_pages",
    "draft_pages",
    "draft_translations",
)


def install_reader(readers) -> None:
    readers.reader_classes["md"] = PortalMarkdownReader
    readers.reader_classes.pop("markdown", None)
    readers.reader_classes.pop("mkd", None)
    readers.reader_classes.pop("mdown", None)


def attach_report(pelican) -> None:
    report_for(pelican.settings)


def reset_report(pelican) -> None:
    """Each run (the dev server rebuilds) starts with an empty report."""
    report = report_for(pelican.settings)
    report.problems.clear()
    report.warnings.clear()


def all_content(generators):
    seen = set()
    for generator in generators:
        for name in _CONTENT_LISTS:
            for item in getattr(generator, name, None) or []:
                if id(item) not in seen:
                    seen.add(id(item))
                    yield item


def chosen_urls(generators, settings):
    """(path, page) of our kinds whose URL staff choose (their schema has ``slug``)."""
    for entry in entries_of(generators, settings):
        kind = KIND_BY_KEY[entry.kind]
        if not kind.read_by_pelican and "slug" in kind.schema(settings):
            yield entry.shown, entry.obj.url + "index.html", kind.named_by


def link_and_check(generators) -> None:
    """Resolve every reference, then stop the build if any file has a problem."""
    if not generators:
        return
    link_all(generators)
    settings = generators[0].settings
    report = report_for(settings)
    check_unique_urls(
        [
            *(
                (display_path(item.source_path, settings), item.save_as)
                for item in all_content(generators)
            ),
            *chosen_urls(generators, settings),
        ],
        report,
    )
    for path in stray_markdown_files(settings):
        report.add(
            display_path(path, settings),
            "(archivo)",
            stray_file_message(),
        )
    if report:
        raise ContentErrors(report)


def register() -> None:
    signals.readers_init.connect(install_reader)
    signals.initialized.connect(attach_report)
    signals.initialized.connect(prefetch_content)
    signals.get_generators.connect(reset_report)
    signals.all_generators_finalized.connect(link_and_check)
    signals.finalized.connect(save_markdown_cache)
    signals.finalized.connect(save_reading_cache)
