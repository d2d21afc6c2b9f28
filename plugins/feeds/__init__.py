"""Bulletin feeds (all, and one per area) in RSS 2.0 and Atom, via feedgen.

Every link is absolute (``PORTAL_URL``), every item carries its image as an
enclosure and as Media RSS with credit, and nothing depends on the clock, so
two builds give the same bytes. Each feed names ``static/feeds/fuente.xsl``:
opened in a browser, it reads as a Spanish page on how to subscribe.
"""

from __future__ import annotations

import html
import os
import re
from urllib.parse import urljoin

from pelican import signals
from pelican.generators import Generator

from content_schema.kinds import KIND_BY_KEY
from content_schema.spanish import of_organization
from spanish_dates.formatting import long_date

from .build import FeedImage, FeedItem, FeedMeta, render_feeds
from .stylesheet import stylesheet_href, with_stylesheet

_LINK = re.compile(r'(?P<attr>\b(?:href|src))="(?P<url>[^"#][^"]*)"')


def absolutize(fragment: str, base_url: str) -> str:
    """Make every relative link in an HTML fragment absolute."""

    def fix(match: re.Match) -> str:
        url = match["url"]
        if re.match(r"^[a-z][a-z0-9+.-]*:", url):
            return match.group(0)
        return f'{match["attr"]}="{urljoin(base_url, url)}"'

    return _LINK.sub(fix, fragment)


def feed_item(article, settings) -> FeedItem:
    portal = settings["PORTAL_URL"]
    url = f"{portal}/{article.url}"
    picture = getattr(article, "picture", None)
    image = None
    header = (
        f"<p>Boletín {article.number_label} · {html.escape(article.category.name)} · "
        f"{long_date(article.date)}</p>"
    )
    if picture:
        image = FeedImage(
            url=f"{portal}/{picture.large_url}",
            mime=picture.large.mime,
            size=picture.large.size,
            width=picture.large.width,
            height=picture.large.height,
            credit=picture.credit,
            alt=picture.alt,
        )
        header += (
            f'<p><img src="{image.url}" alt="{html.escape(picture.alt)}" '
            f'width="{image.width}" height="{image.height}"><br>'
            f"Foto: {html.escape(picture.credit)}</p>"
        )
    corrections = "".join(
        f"<p><strong>Fe de erratas ({long_date(c['date'])}):</strong> "
        f"{html.escape(c['text'])}</p>"
        for c in getattr(article, "corrections", [])
    )
    return FeedItem(
        id=url,
        url=url,
        title=article.title,
        summary=article.metadata["summary"],
        content_html=absolutize(header + article.content + corrections, url),
        published=article.date,
        updated=getattr(article, "modified", None) or article.date,
        category=article.category.name,
        tags=tuple(t.name for t in getattr(article, "tags", [])),
        images=(image,) if image else (),
    )


def feed_paths(settings, area_key: str | None) -> tuple[str, str]:
    """RSS and Atom files of all bulletins, or of one area's, as kinds.py names them."""
    bulletin = KIND_BY_KEY["bulletin"]
    if area_key is None:
        return bulletin.feed_files(settings, "all")
    return bulletin.feed_files(settings, "area", slug=area_key)


def write_feed(settings, output_path: str, save_as: str, data: bytes) -> None:
    """Write a feed with the instruction that lets a browser show it as a page."""
    target = os.path.join(output_path, save_as)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(with_stylesheet(data, stylesheet_href(settings, save_as)))


def publish_feed_pair(
    output_path: str, settings, paths: tuple[str, str], title: str, subtitle: str,
    home: str, items: list[FeedItem],
) -> None:  # fmt: skip
    """Write one feed as RSS 2.0 and Atom; ``paths`` and ``home`` are site-relative."""
    portal = settings["PORTAL_URL"]
    meta = FeedMeta(
        title=f"{title} · {settings['SITENAME']}",
        subtitle=subtitle,
        home_url=f"{portal}/{home}",
        rss_url=f"{portal}/{paths[0]}",
        atom_url=f"{portal}/{paths[1]}",
        author=settings["ORGANIZATION_NAME"],
        language="es-MX",
    )
    rss, atom = render_feeds(meta, items)
    write_feed(settings, output_path, paths[0], rss)
    write_feed(settings, output_path, paths[1], atom)


def write_bulletin_feeds(generator, writer=None) -> None:
    settings = generator.settings
    portal = settings["PORTAL_URL"]
    limit = settings.get("FEED_MAX_ITEMS") or len(generator.articles)
    bulletins = [a for a in generator.articles if getattr(a, "kind", "") == "bulletin"]
    groups = [(None, settings["SITENAME"], "Boletines", "boletines/", bulletins)]
    for category, articles in generator.categories:
        groups.append(
            (
                category.slug,
                category.name,
                f"Boletines de {category.name}",
                category.url,
                [a for a in articles if a in bulletins],
            )
        )
    made: dict[int, FeedItem] = {}

    def item(article) -> FeedItem:  # one bulletin is in up to three feeds
        if id(article) not in made:
            made[id(article)] = feed_item(article, settings)
        return made[id(article)]

    for area_key, name, title, page_url, items in groups:
        rss_path, atom_path = feed_paths(settings, area_key)
        meta = FeedMeta(
            title=f"{title} · {settings['SITENAME']}",
            subtitle=(
                f"Boletines informativos {of_organization(settings)}"
                + (f", área de {name}" if area_key else "")
            ),
            home_url=f"{portal}/{page_url}",
            rss_url=f"{portal}/{rss_path}",
            atom_url=f"{portal}/{atom_path}",
            author=settings["ORGANIZATION_NAME"],
            language="es-MX",
        )
        rss, atom = render_feeds(meta, [item(a) for a in items[:limit]])
        write_feed(settings, generator.output_path, rss_path, rss)
        write_feed(settings, generator.output_path, atom_path, atom)
    # The site-wide feed keeps the newest FEED_MAX_ITEMS of every kind: older
    # bulletins cannot reach it (those of the cut-off's date are all offered).
    newest = bulletins
    if settings.get("FEED_MAX_ITEMS") and len(bulletins) > limit:
        cutoff = sorted((a.date for a in bulletins), reverse=True)[limit - 1]
        newest = [a for a in bulletins if a.date >= cutoff]
    generator.context.setdefault(SITE_FEED_ITEMS, []).extend(item(a) for a in newest)


SITE_FEED_ITEMS = "site_feed_items"


class SiteFeedGenerator(Generator):
    """Everything new on the site in one feed: bulletins, galleries, recordings,
    reports and clarifications.

    Other generators add their ``FeedItem`` objects to the context as they
    write; this one comes after them in PLUGINS and writes the feed.
    """

    def generate_context(self):
        pass

    def generate_output(self, writer):
        settings = self.settings
        items = sorted(
            self.context.get(SITE_FEED_ITEMS, []),
            key=lambda i: (i.published, i.url),
            reverse=True,
        )[: settings.get("FEED_MAX_ITEMS") or None]
        publish_feed_pair(
            self.output_path,
            settings,
            (settings["FEED_ALL_KINDS_RSS"], settings["FEED_ALL_KINDS_ATOM"]),
            "Todo lo nuevo",
            f"Boletines, galerías, videos, audios, informes y aclaraciones {of_organization(settings)}",
            "",
            items,
        )


def get_generators(pelican):
    return SiteFeedGenerator


def register() -> None:
    signals.article_writer_finalized.connect(write_bulletin_feeds)
    signals.get_generators.connect(get_generators)
