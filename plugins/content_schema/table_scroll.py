"""Markdown extension: each table of a body sits in a labelled scroll box.

A table wider than a phone must scroll on its own, not widen the page nor
break its words mid-word; a box that scrolls must be reachable by keyboard
(``tabindex="0"``) and named for screen readers (``role="region"``). The
name is the table's caption, else the heading right before it, else its
column headers («Tabla: Sede, Días, Horario»). Templates write the same box
by hand around their own tables (``.table-scroll`` in portal.css).

Listed in ``MARKDOWN`` (pelicanconf.py) as ``content_schema.table_scroll``.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER

HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
STASHED = re.compile(re.escape(HTML_PLACEHOLDER).replace("%s", r"(\d+)"))
TAG = re.compile(r"<[^>]*>")


def region_name(table: etree.Element, before: etree.Element | None, text: Callable) -> str:
    """The accessible name of the box around ``table`` (see the module)."""
    caption = table.find("caption")
    if caption is not None and text(caption):
        return text(caption)
    if before is not None and before.tag in HEADINGS and text(before):
        return text(before)
    headers = [text(th) for th in table.iter("th") if text(th)]
    return "Tabla: " + ", ".join(headers) if headers else "Tabla"


class TableScrollProcessor(Treeprocessor):
    """Wraps every ``<table>`` in ``<div class="table-scroll" role="region">``."""

    def text(self, element: etree.Element) -> str:
        """Plain text, as a name in an attribute: raw HTML and entities that
        Markdown set aside (typographic quotes, ``<b>``) come back as text."""

        def restore(match: re.Match) -> str:
            stashed = str(self.md.htmlStash.rawHtmlBlocks[int(match.group(1))])
            return html.unescape(TAG.sub("", stashed))

        return " ".join(STASHED.sub(restore, "".join(element.itertext())).split())

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            children = list(parent)
            for index, child in enumerate(children):
                if child.tag != "table":
                    continue
                before = children[index - 1] if index else None
                box = etree.Element(
                    "div",
                    {
                        "class": "table-scroll",
                        "role": "region",
                        "tabindex": "0",
                        "aria-label": region_name(child, before, self.text),
                    },
                )
                box.tail, child.tail = child.tail, None
                parent.remove(child)
                parent.insert(index, box)
                box.append(child)


class TableScrollExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # after "inline" (20), so captions and headers hold their final text
        md.treeprocessors.register(TableScrollProcessor(md), "table_scroll", 5)


def makeExtension(**kwargs) -> TableScrollExtension:
    return TableScrollExtension(**kwargs)
