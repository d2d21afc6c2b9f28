"""What every generator of our kinds shares: loading, pages, dates, feeds, data.

A kind's generator says which kind it is (a key of ``kinds.KINDS``), how one
file becomes a model (``load``) and what to do with the loaded ones
(``prepare``); this class finds the files, loads them, offers them to the
linking pass, and has the helpers to write a page, group by year or month,
and hand feed items and datasets to the site-wide feed and the catalogue.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable

from pelican.generators import Generator

from feeds import SITE_FEED_ITEMS
from open_data.datasets import datasets_of

from .errors import report_for
from .kinds import KIND_BY_KEY, Kind
from .reading import display_path, markdown_for
from .references import DRAFT, HELD, PUBLISHED, Entry

# Context key: save_as -> the content's own last change, for the sitemap.
PAGE_CHANGED = "page_changed"


def group_by(items: Iterable, key: Callable, newest_first: bool = True) -> list:
    """``[(key, [items…]), …]`` sorted by key; items keep their order."""
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return sorted(groups.items(), key=lambda pair: pair[0], reverse=newest_first)


class KindGenerator(Generator):
    """Base of the generators of galleries, plans, reports and agenda events."""

    kind_key: str = ""

    @property
    def kind(self) -> Kind:
        return KIND_BY_KEY[self.kind_key]

    # What a kind says -------------------------------------------------------

    def source_paths(self) -> list[str]:
        """The kind's files: every ``.md`` under its folder, in a stable order."""
        root = os.path.join(self.path, self.kind.folder)
        found = []
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            found += [os.path.join(folder, f) for f in sorted(files) if f.endswith(".md")]
        return found

    def load(self, path: str, markdown):
        """One file as the kind's model, or None (its problems are reported)."""
        raise NotImplementedError

    def state_of(self, item) -> str:
        """PUBLISHED, DRAFT or HELD (embargoed): what references to it may do."""
        return DRAFT if getattr(item, "status", "published") == "draft" else PUBLISHED

    def prepare(self, loaded: list) -> None:
        """Keep what is published and put it into the context."""

    def after_linking(self) -> None:
        """Work that needs the references resolved (run by the linking pass)."""

    # What the base does ----------------------------------------------------

    def generate_context(self):
        self.report = report_for(self.settings)
        markdown = markdown_for(self.settings)
        self.loaded = [
            item
            for path in self.source_paths()
            if (item := self.load(path, markdown)) is not None
        ]
        self.prepare(self.loaded)
        self.entries = [
            Entry(item, self.kind_key, self.state_of(item), self.shown(item.source_path))
            for item in self.loaded
        ]

    def content_entries(self) -> list[Entry]:
        """Every loaded item, drafts and embargoed ones too, for the linking pass."""
        return self.entries

    def shown(self, path: str) -> str:
        return display_path(path, self.settings)

    def write_page(self, writer, url: str, template: str, changed=None, **values) -> None:
        """The page at ``url`` (a folder URL: it is written as index.html);
        ``changed``: the content's last change, the sitemap's lastmod."""
        if template not in self.kind.templates:  # keeps the registry truthful
            raise ValueError(
                f"template {template!r} is not in kinds.py for {self.kind_key}"
            )
        if changed is not None:
            self.context.setdefault(PAGE_CHANGED, {})[url + "index.html"] = changed
        writer.write_file(
            url + "index.html",
            self.get_template(template),
            self.context,
            self.settings["RELATIVE_URLS"],
            url=url,
            **values,
        )

    def add_feed_items(self, items: Iterable) -> None:
        """Items for the site-wide feed (written by feeds, after every kind)."""
        self.context.setdefault(SITE_FEED_ITEMS, []).extend(items)

    def add_datasets(self, datasets: Iterable) -> None:
        """Entries for the /datos/ catalogue (written by open_data, last)."""
        datasets_of(self.context).extend(datasets)


__all__ = ["DRAFT", "HELD", "PAGE_CHANGED", "PUBLISHED", "KindGenerator", "group_by"]
