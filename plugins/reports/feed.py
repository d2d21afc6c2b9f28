"""Reports in feeds: a feed of their own, and items for the site-wide feed."""

from __future__ import annotations

import datetime as dt
import html
from zoneinfo import ZoneInfo

from content_schema.kinds import KIND_BY_KEY
from feeds import absolutize, publish_feed_pair
from feeds.build import FeedItem


def report_item(report, settings) -> FeedItem:
    portal = settings["PORTAL_URL"]
    url = f"{portal}/{report.url}"
    zone = ZoneInfo(settings["TIMEZONE"])
    published = dt.datetime.combine(report.date, dt.time(18, 0), zone)
    figures = "".join(
        f"<li>{html.escape(c.name)}: {c.computed_total}</li>" for c in report.counts
    ) + "".join(
        f"<li>{html.escape(n.network_name)}: "
        + ", ".join(
            f"{value:,} {label}"
            for value, label in ((n.followers, "seguidores"), (n.likes, "«Me gusta»"))
            if value is not None
        )
        + "</li>"
        for n in report.social
    )
    content = f"<p>{html.escape(report.summary)}</p><ul>{figures}</ul>{report.body_html}"
    return FeedItem(
        id=url,
        url=url,
        title=report.title,
        summary=report.summary,
        content_html=absolutize(content, url),
        published=published,
        updated=published,
        category="Informes mensuales",
        tags=("informe mensual",),
    )


def report_feed_items(reports, settings) -> list[FeedItem]:
    return [report_item(r, settings) for r in reports]


def write_report_feeds(reports, settings, output_path: str) -> None:
    publish_feed_pair(
        output_path,
        settings,
        KIND_BY_KEY["report"].feed_files(settings, "all"),
        "Informes mensuales",
        f"Informes de actividades de la {settings['OFFICE_NAME']}",
        "transparencia/informes/",
        report_feed_items(reports, settings),
    )
