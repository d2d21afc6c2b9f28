"""The last good build's generators, kept in memory, and the fast path: one
edited bulletin or page re-read with our reader and its page rendered again
from the kept context, without a build.

The page it renders is provisional: the lists, tags, feeds and search index
that show the edit come from the full build that follows, and only that
build writes ``output/``. An edit the fast path cannot render as the build
would (a new or deleted file, another kind, a changed date, slug, area,
status or any other field than the title and summary, a content error) is
left to the full build.
"""

from __future__ import annotations

import copy
import os

from pelican import signals
from pelican.contents import Article, Content, Page

from content_schema.errors import report_for
from incremental.writer import IncrementalWriter

# Fields an edit may change and still be rendered by the fast path: they show
# on the page itself; where they show elsewhere, the full build follows.
FAST_FIELDS = frozenset({"title", "summary"})

_captured: dict = {"generators": None}


def _capture(generators) -> None:
    """``all_generators_finalized``: remember this build's generators."""
    _captured["generators"] = list(generators)


def forget_build() -> None:
    """Before a build: let the last one's objects go (Pelican memoizes each
    content's HTML by object, for the life of the process), and listen for
    the next one's (only the preview does: nothing is kept in other runs)."""
    signals.all_generators_finalized.connect(_capture)
    _captured["generators"] = None
    Content.get_content.cache.clear()
    Content.get_summary.cache.clear()


def take_build() -> SiteInMemory | None:
    """After a good build: its generators, as the site the fast path renders."""
    generators, _captured["generators"] = _captured["generators"], None
    return SiteInMemory(generators) if generators else None


class SiteInMemory:
    def __init__(self, generators):
        self.sources: dict[str, tuple] = {}
        for generator in generators:
            if type(generator).__name__ == "ArticlesGenerator":
                items, kind = generator.articles, "article"
            elif type(generator).__name__ == "PagesGenerator":
                items, kind = generator.pages, "page"
            else:
                continue
            for item in items:
                self.sources[os.path.abspath(item.source_path)] = (generator, item, kind)

    def render(self, path: str) -> tuple[str, bytes] | None:
        """``(file in output/, its HTML)`` for the edited file at ``path``, or
        None when the full build must do it."""
        found = self.sources.get(os.path.abspath(path))
        if found is None or not os.path.isfile(path):
            return None
        generator, old, kind = found
        report = report_for(generator.settings)
        problems, warnings = set(report.problems), set(report.warnings)
        article = kind == "article"
        prefix = "article" if article else "page"
        try:
            new = generator.readers.read_file(
                base_path=generator.path,
                path=os.path.relpath(path, generator.path),
                content_class=Article if article else Page,
                context=generator.context,
                preread_signal=getattr(signals, f"{prefix}_generator_preread"),
                preread_sender=generator,
                context_signal=getattr(signals, f"{prefix}_generator_context"),
                context_sender=generator,
            )
        except Exception:  # whatever it is, the full build reports it
            return None
        finally:
            faulty = report.problems != problems
            report.problems, report.warnings = problems, warnings
        if faulty or not _same_but_text(old.metadata, new.metadata):
            return None
        shown = copy.copy(old)  # keeps what plugins worked out for it
        shown.__dict__.update(vars(new))
        kwargs = {"url": shown.url}
        if article:
            kwargs.update(
                article=shown, category=getattr(shown, "category", None), blog=True
            )
        else:
            kwargs["page"] = shown
        context = generator.context
        relative = generator.settings["RELATIVE_URLS"]
        local = IncrementalWriter._local_context(context, shown.save_as, kwargs, relative)
        if local["localsiteurl"]:  # contents adjust their links to it (Pelican)
            context["localsiteurl"] = local["localsiteurl"]
        template = generator.get_template(shown.template)
        self.sources[os.path.abspath(path)] = (generator, shown, kind)
        return os.path.normpath(shown.save_as), template.render(local).encode("utf-8")


def _same_but_text(old: dict, new: dict) -> bool:
    keys = (set(old) | set(new)) - FAST_FIELDS
    return all(old.get(key) == new.get(key) for key in keys)
