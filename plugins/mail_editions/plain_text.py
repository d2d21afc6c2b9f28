"""The plain-text part of an edition: what a mail client shows when it does not
show HTML, and what a screen reader or a text-only newsroom system reads.

Paragraphs are wrapped at 72 columns (never inside an address), lists keep
their bullets or numbers, table rows become «cell | cell» lines and a link
keeps its address after its text.
"""

from __future__ import annotations

import textwrap

import lxml.html

WIDTH = 72
BLOCKS = {"p", "h1", "h2", "h3", "h4", "blockquote", "li", "tr", "caption", "figcaption"}


def wrap(text: str, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _inline(element) -> str:
    """An element's text, links followed by their address."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag == "br":
            parts.append("\n")
        elif child.tag == "a":
            label = child.text_content().strip()
            href = child.get("href", "")
            parts.append(f"{label} ({href})" if href and href != label else label)
        elif child.tag == "img":
            alt = child.get("alt", "")
            parts.append(f"[Imagen: {alt}]" if alt else "")
        elif child.tag not in BLOCKS and child.tag not in {"ul", "ol", "table"}:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(element, out: list[str], indent: str = "") -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag
        if tag in {"h1", "h2", "h3", "h4"}:
            out.append(wrap(_inline(child)).upper())
        elif tag in {"p", "caption", "figcaption"}:
            out.append(wrap(_inline(child), indent))
        elif tag == "blockquote":
            inner: list[str] = []
            if len(child):
                _blocks(child, inner)
            else:
                inner.append(wrap(_inline(child)))
            out.extend("\n".join("> " + line for line in b.splitlines()) for b in inner)
        elif tag in {"ul", "ol"}:
            items = [li for li in child if li.tag == "li"]
            lines = []
            for number, li in enumerate(items, start=1):
                mark = f"{number}. " if tag == "ol" else "- "
                lines.append(wrap(_inline(li), indent + " " * len(mark), indent + mark))
            out.append("\n".join(lines))
        elif tag == "table":
            rows = []
            for row in child.iter("tr"):
                cells = [
                    " ".join(c.text_content().split()) for c in row if c.tag in ("th", "td")
                ]
                rows.append(" | ".join(cells))
            out.append("\n".join(rows))
        elif tag == "hr":
            out.append("-" * 20)
        elif tag == "img":
            alt = child.get("alt", "")
            if alt:
                out.append(wrap(f"[Imagen: {alt}]", indent))
        else:  # div, figure, section: their blocks, or their text
            if any(
                isinstance(c.tag, str) and c.tag not in {"a", "strong", "em", "br", "span"}
                for c in child
            ):
                _blocks(child, out, indent)
            elif child.text_content().strip():
                out.append(wrap(_inline(child), indent))


def text_of(fragment: str) -> str:
    """Plain text of an HTML fragment, blocks separated by a blank line."""
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    out: list[str] = []
    if (root.text or "").strip():
        out.append(wrap(root.text))
    _blocks(root, out)
    return "\n\n".join(block for block in out if block.strip())
