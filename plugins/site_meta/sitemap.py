"""sitemap.xml from the HTML files actually written, in a stable order."""

from __future__ import annotations

import datetime as dt
import os
from xml.sax.saxutils import escape

EXCLUDED = {"404.html"}


def html_pages(output_path: str, kept=()) -> list[str]:
    """Site-relative paths of every HTML page, sorted; ``kept``: pages of the
    new site that output/ already holds (plugins/incremental), not rewritten."""
    pages = [k.replace(os.sep, "/") for k in kept if k.endswith(".html")]
    pages = [p for p in pages if p not in EXCLUDED]
    for folder, dirs, files in os.walk(output_path):
        dirs.sort()
        for name in files:
            if name.endswith(".html"):
                rel = os.path.relpath(os.path.join(folder, name), output_path)
                rel = rel.replace(os.sep, "/")
                if rel not in EXCLUDED:
                    pages.append(rel)
    return sorted(set(pages))


def page_url(save_as: str) -> str:
    if save_as == "index.html":
        return ""
    return save_as.removesuffix("index.html")


def render_sitemap(
    base_url: str, pages: list[str], lastmod: dict[str, dt.datetime]
) -> bytes:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for save_as in pages:
        lines.append("  <url>")
        lines.append(f"    <loc>{escape(f'{base_url}/{page_url(save_as)}')}</loc>")
        if save_as in lastmod:
            lines.append(f"    <lastmod>{lastmod[save_as].isoformat()}</lastmod>")
        lines.append("  </url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
