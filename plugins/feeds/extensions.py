"""feedgen extension for what journalists' readers need and feedgen lacks.

- Media RSS with ``media:credit`` and ``media:description`` (feedgen's own
  media extension has neither).
- Atom links with their ``rel``, ``type`` and ``length``: feedgen 1.0 drops
  them from entries (it reads the attributes back from the new XML element
  instead of the link data), which turns the enclosure into a plain link.
- An update date in RSS items (``atom:updated``), which RSS 2.0 has no
  element for.
"""

from __future__ import annotations

import datetime as dt

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

MEDIA_NS = "http://search.yahoo.com/mrss/"
ATOM_NS = "http://www.w3.org/2005/Atom"


class PortalFeed(BaseExtension):
    def extend_ns(self):
        return {"media": MEDIA_NS}


class PortalEntry(BaseEntryExtension):
    def __init__(self):
        self.media: list[dict] = []
        self.links: list[dict] = []
        self.updated: dt.datetime | None = None

    def add_media(self, *, url, mime, size, width, height, credit, description):
        self.media.append(
            {
                "url": url,
                "type": mime,
                "fileSize": str(size),
                "width": str(width),
                "height": str(height),
                "credit": credit,
                "description": description,
            }
        )

    def add_link(self, **attributes):
        self.links.append({k: str(v) for k, v in attributes.items()})

    def _write_media(self, item):
        for media in self.media:
            content = xml_elem(f"{{{MEDIA_NS}}}content", item)
            for attr in ("url", "type", "fileSize", "width", "height"):
                content.set(attr, media[attr])
            content.set("medium", "image")
            credit = xml_elem(f"{{{MEDIA_NS}}}credit", content)
            credit.set("role", "photographer")
            credit.text = media["credit"]
            description = xml_elem(f"{{{MEDIA_NS}}}description", content)
            description.set("type", "plain")
            description.text = media["description"]

    def extend_rss(self, item):
        if self.updated is not None:
            xml_elem(f"{{{ATOM_NS}}}updated", item).text = self.updated.isoformat()
        self._write_media(item)
        return item

    def extend_atom(self, entry):
        for old in entry.findall("link") + entry.findall(f"{{{ATOM_NS}}}link"):
            entry.remove(old)
        for attributes in self.links:
            xml_elem("link", entry, **attributes)
        self._write_media(entry)
        return entry
