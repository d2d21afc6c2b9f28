"""The clarifications feed (RSS 2.0 and Atom): each item says the claim and
the verdict first, so a reader's list of titles already informs."""

from __future__ import annotations

import html

from content_schema.kinds import KIND_BY_KEY
from content_schema.spanish import of_organization
from feeds import absolutize, publish_feed_pair
from feeds.build import FeedItem


def clarification_item(clarification, portal: str) -> FeedItem:
    url = f"{portal}/{clarification.url}"
    verdict = clarification.rating.label if clarification.rating else ""
    content = (
        f"<p><strong>Lo que se afirma:</strong> «{html.escape(clarification.claim)}»</p>"
        f"<p><strong>Veredicto: {html.escape(verdict)}.</strong> "
        f"{html.escape(clarification.summary)}</p>"
        f"{absolutize(clarification.body_html, url)}"
    )
    return FeedItem(
        id=url,
        url=url,
        title=f"{verdict}: {clarification.title}",
        summary=clarification.summary,
        content_html=content,
        published=clarification.date,
        updated=clarification.updated,
        category="Aclaraciones",
        tags=(verdict, *clarification.tags),
    )


def write_clarification_feeds(clarifications, settings, output_path: str) -> list[FeedItem]:
    """Write the feeds; return every item for the site-wide feed."""
    items = [clarification_item(c, settings["PORTAL_URL"]) for c in clarifications]
    publish_feed_pair(
        output_path,
        settings,
        KIND_BY_KEY["clarification"].feed_files(settings, "all"),
        "Aclaraciones",
        f"Lo que circula sobre el gobierno municipal, revisado con documentos y "
        f"datos públicos: aclaraciones {of_organization(settings)}",
        "aclaraciones/",
        items[: settings.get("FEED_MAX_ITEMS") or None],
    )
    return items
