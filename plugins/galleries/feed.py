"""The galleries feed: each gallery an item, each photo a Media RSS entry."""

from __future__ import annotations

import html

from content_schema.kinds import KIND_BY_KEY
from content_schema.spanish import of_organization
from feeds import publish_feed_pair
from feeds.build import FeedImage, FeedItem
from presentation.numbers import file_size
from spanish_dates.formatting import long_date


def gallery_item(gallery, portal: str) -> FeedItem:
    url = f"{portal}/{gallery.url}"
    images = []
    for photo in gallery.photos:
        press = photo.picture.press
        images.append(
            FeedImage(
                url=f"{portal}/{photo.picture.url(press)}",
                mime=press.mime,
                size=press.size,
                width=press.width,
                height=press.height,
                credit=photo.credit,
                alt=photo.caption or photo.alt,
            )
        )
    cover = gallery.cover.picture
    content = (
        f"<p>{long_date(gallery.date)} · {html.escape(gallery.place)} · "
        f"{len(gallery.photos)} fotos · Crédito: {html.escape(gallery.credit)}</p>"
        f'<p><img src="{portal}/{cover.url(cover.large)}" alt="{html.escape(gallery.cover.alt)}"'
        f' width="{cover.large.width}" height="{cover.large.height}"></p>'
        f"{gallery.body_html}"
        f'<p><a href="{portal}/{gallery.zip_url}">Descargar las fotos en calidad de prensa '
        f"(ZIP, {file_size(gallery.zip_size)})</a></p>"
    )
    # The cover first: it becomes the enclosure.
    cover_index = gallery.photos.index(gallery.cover)
    images.insert(0, images.pop(cover_index))
    return FeedItem(
        id=url,
        url=url,
        title=gallery.title,
        summary=gallery.summary,
        content_html=content,
        published=gallery.date,
        updated=gallery.date,
        category=gallery.area_name,
        tags=tuple(gallery.tags),
        images=tuple(images),
    )


def write_gallery_feeds(galleries, settings, output_path: str) -> list[FeedItem]:
    """Write the galleries feeds; return every gallery's item for the site feed."""
    items = [gallery_item(g, settings["PORTAL_URL"]) for g in galleries]
    publish_feed_pair(
        output_path,
        settings,
        KIND_BY_KEY["gallery"].feed_files(settings, "all"),
        "Galerías de fotos",
        f"Fotografías de los eventos {of_organization(settings)}",
        "galerias/",
        items[: settings.get("FEED_MAX_ITEMS") or None],
    )
    return items
