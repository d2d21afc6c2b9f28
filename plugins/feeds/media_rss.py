"""Media RSS for feedgen: one ``media:content`` per image, with credit and text.

feedgen's own media extension has no ``media:credit`` or
``media:description``; journalists' readers show both, so we write them.
"""

from __future__ import annotations

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

MEDIA_NS = "http://search.yahoo.com/mrss/"


class MediaRSS(BaseExtension):
    def extend_ns(self):
        return {"media": MEDIA_NS}


class MediaRSSEntry(BaseEntryExtension):
    def __init__(self):
        self.items: list[dict] = []

    def add(self, *, url, mime, size, width, height, credit, description):
        self.items.append(
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

    def extend_rss(self, item):
        for media in self.items:
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
        return item

    def extend_atom(self, entry):
        return self.extend_rss(entry)
