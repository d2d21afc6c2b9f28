"""Site-wide files: sitemap.xml of every published page with its last change."""

from __future__ import annotations

import os

from pelican import signals
from pelican.generators import Generator

from content_schema.generator import PAGE_CHANGED
from incremental.keeper import output_keeper

from .sitemap import html_pages, render_sitemap

# Context key: pages or folders ("correo/") that are not for the public and get
# no sitemap entry; the generators that write them add to it (a set).
UNLISTED_PAGES = "unlisted_pages"


class SitemapGenerator(Generator):
    """Runs after the article, page and template generators have written."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        lastmod = dict(self.context.get(PAGE_CHANGED, {}))  # our kinds' pages
        for item in [*self.context.get("articles", []), *self.context.get("pages", [])]:
            changed = getattr(item, "modified", None) or getattr(item, "date", None)
            if changed is not None:
                lastmod[item.save_as] = changed
        drafts = {d.save_as for d in self.context.get("drafts", [])}
        keeper = output_keeper(self.settings)
        kept = keeper.kept if keeper is not None else ()
        # Pages for staff or screens, not for the public (/pantallas/, /correo/):
        # each entry of ``unlisted_pages`` is a page or a folder ("correo/").
        unlisted = tuple(sorted(self.context.get(UNLISTED_PAGES, ())))
        pages = [
            p
            for p in html_pages(self.output_path, kept)
            if p not in drafts and not (unlisted and p.startswith(unlisted))
        ]
        data = render_sitemap(self.settings["PORTAL_URL"], pages, lastmod)
        with open(os.path.join(self.output_path, "sitemap.xml"), "wb") as handle:
            handle.write(data)


def get_generators(pelican):
    return SitemapGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
