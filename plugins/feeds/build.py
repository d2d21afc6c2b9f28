"""RSS 2.0 and Atom documents from plain feed items, with feedgen.

No Pelican here: the plugin maps content to ``FeedItem`` and this module
turns items into bytes, deterministically (no "now" anywhere).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from .extensions import PortalEntry, PortalFeed


@dataclass(frozen=True)
class FeedImage:
    url: str
    mime: str
    size: int
    width: int
    height: int
    credit: str
    alt: str


@dataclass(frozen=True)
class FeedItem:
    id: str
    url: str
    title: str
    summary: str
    content_html: str
    published: dt.datetime
    updated: dt.datetime
    category: str
    tags: tuple[str, ...]
    images: tuple[FeedImage, ...] = ()  # the first is also the enclosure


@dataclass(frozen=True)
class FeedMeta:
    title: str
    subtitle: str
    home_url: str  # the HTML page this feed mirrors
    rss_url: str
    atom_url: str
    author: str
    language: str
    logo_url: str | None = None


def _generator(meta: FeedMeta, items: list[FeedItem], self_url: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.register_extension("portal", PortalFeed, PortalEntry)
    fg.id(meta.home_url)
    fg.title(meta.title)
    fg.subtitle(meta.subtitle)
    fg.description(meta.subtitle)
    fg.author({"name": meta.author})
    fg.language(meta.language)
    fg.link(href=self_url, rel="self")
    fg.link(href=meta.home_url, rel="alternate", type="text/html")
    fg.generator("Portal de Comunicación Social (Pelican + feedgen)")
    if meta.logo_url:
        fg.logo(meta.logo_url)
    newest = max((i.updated for i in items), default=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    fg.updated(newest)
    fg.lastBuildDate(newest)
    # feedgen puts the first added entry last; add oldest first.
    for item in sorted(items, key=lambda i: (i.published, i.id)):
        fe = fg.add_entry()
        fe.id(item.id)
        fe.guid(item.id, permalink=item.id == item.url)
        fe.title(item.title)
        fe.link(href=item.url, rel="alternate", type="text/html")
        fe.portal.add_link(href=item.url, rel="alternate", type="text/html")
        fe.portal.updated = item.updated
        fe.summary(item.summary)
        fe.description(item.summary)
        fe.content(item.content_html, type="html")
        fe.published(item.published)
        fe.updated(item.updated)
        fe.author({"name": meta.author})
        fe.category({"term": item.category, "label": item.category})
        for tag in item.tags:
            fe.category({"term": tag, "label": tag})
        if item.images:
            first = item.images[0]
            fe.enclosure(first.url, str(first.size), first.mime)
            fe.portal.add_link(
                href=first.url, rel="enclosure", type=first.mime, length=first.size
            )
        for image in item.images:
            fe.portal.add_media(
                url=image.url,
                mime=image.mime,
                size=image.size,
                width=image.width,
                height=image.height,
                credit=image.credit,
                description=image.alt,
            )
    return fg


def render_feeds(meta: FeedMeta, items: list[FeedItem]) -> tuple[bytes, bytes]:
    """Return ``(rss, atom)`` for the items, newest first."""
    rss = _generator(meta, items, meta.rss_url).rss_str(pretty=True)
    atom = _generator(meta, items, meta.atom_url).atom_str(pretty=True)
    return rss, atom
