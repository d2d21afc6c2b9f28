"""The fonoteca's podcast, the videoteca's Media RSS feed and the radio feed.

Written with lxml, not feedgen: feedgen's podcast extension refuses
``itunes:explicit`` "false" (what Apple asks for now), knows nothing of the
Podcasting 2.0 namespace and silently drops a .webp image; extending it
would mean overriding most of what it writes. lxml (pinned, also what
feedgen itself writes with) gives the exact namespaces and the same bytes
on every build: nothing here reads the clock.

Only published recordings are listed (the generator's ``published``: no
drafts, nothing held by embargo), newest first. Each feed names the site's
feed stylesheet, so a browser shows a Spanish page on how to subscribe.
"""

from __future__ import annotations

import uuid
from email.utils import format_datetime
from urllib.parse import urlsplit

from lxml import etree

from content_schema.kinds import KIND_BY_KEY
from content_schema.spanish import of_organization
from feeds import write_feed

from .feed_files import write_side_files

ATOM = "http://www.w3.org/2005/Atom"
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
MEDIA = "http://search.yahoo.com/mrss/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
# podcast:guid is a UUIDv5 of the feed's URL without its scheme, in this namespace.
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
ARTWORK = "img/podcast-fonoteca.jpg"  # under the theme's static folder (tools/brand)
GENERATOR = "Portal de Comunicación Social (Pelican + lxml)"


def podcast_guid(feed_url: str) -> str:
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def item_guid(recording, portal: str, feed: str) -> str:
    """A tag: URI from the site's host, the date and the page's path: it never
    changes when the file does (a new versioned URL keeps the same guid)."""
    host = urlsplit(portal).hostname
    return f"tag:{host},{recording.date.date().isoformat()}:{recording.url}{feed}"


def _sub(parent, tag: str, text=None, **attributes):
    element = etree.SubElement(parent, tag, {k: str(v) for k, v in attributes.items()})
    if text is not None:
        element.text = str(text)
    return element


def _channel(nsmap: dict, title: str, description: str, home: str, self_url: str,
             recordings: list, settings):  # fmt: skip
    rss = etree.Element("rss", nsmap=nsmap, version="2.0")
    channel = _sub(rss, "channel")
    _sub(channel, "title", title)
    _sub(channel, "link", home)
    _sub(channel, "description", description)
    _sub(channel, "language", "es-MX")
    _sub(channel, "generator", GENERATOR)
    if recordings:
        _sub(channel, "lastBuildDate", format_datetime(max(r.updated for r in recordings)))
    _sub(channel, f"{{{ATOM}}}link", href=self_url, rel="self", type="application/rss+xml")
    return rss, channel


def _podcast_channel(channel, title: str, self_url: str, settings, *, block: bool):
    """What Apple Podcasts and Podcasting 2.0 apps read of the show."""
    portal = settings["PORTAL_URL"]
    artwork = f"{portal}/{settings['THEME_STATIC_DIR']}/{ARTWORK}"
    author = settings["ORGANIZATION_NAME"]
    email = settings["PODCAST_OWNER_EMAIL"] or settings["ORGANIZATION_EMAIL"]
    image = _sub(channel, "image")
    _sub(image, "url", artwork)
    _sub(image, "title", title)
    _sub(image, "link", channel.findtext("link"))
    _sub(channel, f"{{{ITUNES}}}image", href=artwork)
    etree.SubElement(channel, f"{{{ITUNES}}}category", text=settings["PODCAST_CATEGORY"])
    _sub(channel, f"{{{ITUNES}}}explicit", "false")
    _sub(channel, f"{{{ITUNES}}}author", author)
    owner = _sub(channel, f"{{{ITUNES}}}owner")
    _sub(owner, f"{{{ITUNES}}}name", settings["OFFICE_NAME"])
    _sub(owner, f"{{{ITUNES}}}email", email)
    _sub(channel, f"{{{ITUNES}}}type", "episodic")
    if block:
        _sub(channel, f"{{{ITUNES}}}block", "Yes")
    _sub(channel, f"{{{PODCAST}}}guid", podcast_guid(self_url))
    locked = "yes" if settings["PODCAST_LOCKED"] or block else "no"
    _sub(channel, f"{{{PODCAST}}}locked", locked, owner=email)
    _sub(channel, f"{{{PODCAST}}}medium", "podcast")


def _item(channel, recording, settings, feed: str):
    portal = settings["PORTAL_URL"]
    item = _sub(channel, "item")
    _sub(item, "title", recording.title)
    _sub(item, "link", f"{portal}/{recording.url}")
    _sub(item, "description", recording.summary)
    _sub(item, "guid", item_guid(recording, portal, feed), isPermaLink="false")
    _sub(item, "pubDate", format_datetime(recording.date))
    _sub(item, "category", recording.area_name)
    return item


def _audio_item(channel, recording, rendition, side, settings, feed: str):
    portal = settings["PORTAL_URL"]
    item = _item(channel, recording, settings, feed)
    _sub(item, "enclosure", url=f"{portal}/{rendition.url}", length=rendition.size,
         type=rendition.mime)  # fmt: skip
    _sub(item, f"{{{ITUNES}}}duration", round(rendition.duration))
    _sub(item, f"{{{ITUNES}}}explicit", "false")
    _sub(item, f"{{{ITUNES}}}episodeType", "full")
    _sub(item, f"{{{ITUNES}}}author", recording.credit)
    if recording.captions_url:
        _sub(item, f"{{{PODCAST}}}transcript", url=f"{portal}/{recording.captions_url}",
             type="text/vtt", language="es", rel="captions")  # fmt: skip
    if side.transcript_url:
        _sub(item, f"{{{PODCAST}}}transcript", url=f"{portal}/{side.transcript_url}",
             type="text/plain", language="es")  # fmt: skip
    if side.chapters_url:
        _sub(item, f"{{{PODCAST}}}chapters", url=f"{portal}/{side.chapters_url}",
             type="application/json+chapters")  # fmt: skip
    # The people heard in a recording of the office are its guests: the host
    # is the office itself (itunes:author).
    for speaker in recording.speakers:
        _sub(item, f"{{{PODCAST}}}person", speaker, role="guest", group="cast")
    return item


def _serialize(rss) -> bytes:
    return etree.tostring(rss, xml_declaration=True, encoding="UTF-8", pretty_print=True)


AUDIO_NS = {"atom": ATOM, "itunes": ITUNES, "podcast": PODCAST}


def audio_feeds(recordings: list, settings, output_path: str) -> dict[str, bytes]:
    """The podcast (web MP3s) and the radio feed (broadcast WAVs), by save_as."""
    portal = settings["PORTAL_URL"]
    kind = KIND_BY_KEY["audio"]
    title = settings["PODCAST_TITLE"] or f"Fonoteca {of_organization(settings)}"
    description = settings["PODCAST_DESCRIPTION"] or (
        f"Entrevistas, conferencias y mensajes grabados por la {settings['OFFICE_NAME']} "
        f"{of_organization(settings)}, con su transcripción"
    )
    home = f"{portal}/{kind.folder}/"
    sides = {id(r): write_side_files(r, title, settings, output_path) for r in recordings}
    written = {}
    for feed, role, feed_title, feed_description, block in (
        ("podcast", "web", title, description, False),
        (
            "radio",
            "broadcast",
            f"{title} · para estaciones de radio",
            "Los audios en WAV de transmisión (−23 LUFS, Broadcast WAV) para las "
            "estaciones de radio; no es un podcast para el público",
            True,
        ),
    ):
        (save_as,) = kind.feed_files(settings, feed)
        self_url = f"{portal}/{save_as}"
        listed = [r for r in recordings if r.rendition(role)]
        rss, channel = _channel(AUDIO_NS, feed_title, feed_description, home, self_url,
                                listed, settings)  # fmt: skip
        _podcast_channel(channel, feed_title, self_url, settings, block=block)
        for recording in listed:
            side = sides[id(recording)]
            _audio_item(channel, recording, recording.rendition(role), side, settings, feed)
        written[save_as] = _serialize(rss)
    return written


def _media_content(parent, rendition, portal: str, default: bool):
    attributes = {"url": f"{portal}/{rendition.url}", "type": rendition.mime,
                  "fileSize": rendition.size, "duration": round(rendition.duration),
                  "medium": "video"}  # fmt: skip
    if rendition.width:
        attributes |= {"width": rendition.width, "height": rendition.height}
    if default:
        attributes["isDefault"] = "true"
    _sub(parent, f"{{{MEDIA}}}content", **attributes)


def video_feed(recordings: list, settings) -> dict[str, bytes]:
    """The videoteca as Media RSS: each video's files, poster, captions and credit."""
    portal = settings["PORTAL_URL"]
    kind = KIND_BY_KEY["video"]
    (save_as,) = kind.feed_files(settings, "all")
    listed = [r for r in recordings if r.rendition("web")]
    rss, channel = _channel(
        {"atom": ATOM, "media": MEDIA},
        f"Videoteca {of_organization(settings)}",
        f"Sesiones, conferencias, cápsulas y spots en video {of_organization(settings)}, "
        "con subtítulos",
        f"{portal}/{kind.folder}/",
        f"{portal}/{save_as}",
        listed,
        settings,
    )
    for recording in listed:
        item = _item(channel, recording, settings, "videoteca")
        web = recording.rendition("web")
        _sub(item, "enclosure", url=f"{portal}/{web.url}", length=web.size, type=web.mime)
        group = _sub(item, f"{{{MEDIA}}}group")
        for rendition in recording.renditions:
            _media_content(group, rendition, portal, rendition is web)
        _sub(item, f"{{{MEDIA}}}title", recording.title, type="plain")
        _sub(item, f"{{{MEDIA}}}description", recording.summary, type="plain")
        if recording.poster is not None:
            poster = recording.poster.large
            _sub(item, f"{{{MEDIA}}}thumbnail", url=f"{portal}/{recording.poster.large_url}",
                 width=poster.width, height=poster.height)  # fmt: skip
        if recording.captions_url:
            _sub(item, f"{{{MEDIA}}}subTitle", type="text/vtt", lang="es-MX",
                 href=f"{portal}/{recording.captions_url}")  # fmt: skip
        _sub(item, f"{{{MEDIA}}}credit", recording.credit, role="producer",
             scheme="urn:ebu")  # fmt: skip
    return {save_as: _serialize(rss)}


def write_media_feeds(kind_key: str, recordings: list, settings, output_path: str) -> None:
    """Write the feeds of one kind ("video" or "audio") of published recordings.

    Descriptions end without a period: the feed page (fuente.xsl) adds one.
    """
    if kind_key == "audio":
        written = audio_feeds(recordings, settings, output_path)
    else:
        written = video_feed(recordings, settings)
    for save_as, data in written.items():
        write_feed(settings, output_path, save_as, data)
