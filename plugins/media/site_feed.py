"""The videoteca's and fonoteca's entries in the site-wide feed («Todo lo nuevo»).

A journalist who follows one feed should see a new recording as soon as a new
bulletin: each published recording is one item, linking its page, with its
picture (the poster of a video, the waveform of an audio) as the enclosure and
its files named in the text. The podcast, Media RSS and radio feeds stay the
place for the files themselves (media.feeds).
"""

from __future__ import annotations

import html

from feeds.build import FeedImage, FeedItem
from spanish_dates.formatting import long_date

from .display import file_label, role_label

KIND_WORD = {"video": "Video", "audio": "Audio"}


def _picture(recording):
    return recording.poster if recording.media == "video" else recording.waveform


def recording_feed_item(recording, settings) -> FeedItem:
    portal = settings["PORTAL_URL"]
    url = f"{portal}/{recording.url}"
    picture = _picture(recording)
    images = ()
    parts = [
        f"<p>{KIND_WORD[recording.media]} · {html.escape(recording.kind_name)} · "
        f"{html.escape(recording.area_name)} · {long_date(recording.date)}</p>"
    ]
    if picture is not None:
        image = FeedImage(
            url=f"{portal}/{picture.large_url}",
            mime=picture.large.mime,
            size=picture.large.size,
            width=picture.large.width,
            height=picture.large.height,
            credit=recording.credit,
            alt=picture.alt,
        )
        images = (image,)
        parts.append(
            f'<p><img src="{image.url}" alt="{html.escape(picture.alt)}" '
            f'width="{image.width}" height="{image.height}"></p>'
        )
    parts.append(f"<p>{html.escape(recording.summary)}</p>")
    files = "".join(
        f'<li><a href="{portal}/{r.url}">{KIND_WORD[recording.media]} '
        f"{html.escape(role_label(r.role, recording.media))} ({html.escape(file_label(r))})</a></li>"
        for r in recording.renditions
    )
    if recording.captions_url:  # the same list as the page's «Descargas»
        files += (
            f'<li><a href="{portal}/{recording.captions_url}">Subtítulos (WebVTT)</a></li>'
        )
    if files:
        parts.append(f"<ul>{files}</ul>")
    parts.append(f"<p>Crédito: {html.escape(recording.credit)}</p>")
    return FeedItem(
        id=url,
        url=url,
        title=recording.title,
        summary=recording.summary,
        content_html="".join(parts),
        published=recording.date,
        updated=recording.updated,
        category=recording.area_name,
        tags=tuple(recording.tags),
        images=images,
    )


def site_feed_items(recordings, settings) -> list[FeedItem]:
    """One item per published recording that has its files."""
    return [recording_feed_item(r, settings) for r in recordings if r.renditions]
