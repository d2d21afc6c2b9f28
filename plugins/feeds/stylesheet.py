"""The feeds' stylesheet instruction: a browser shows a Spanish page that says
how to subscribe; a feed reader ignores it and gets the same items.

feedgen writes no processing instructions, so the instruction goes into its
bytes, right after the XML declaration; nothing else changes.
"""

from __future__ import annotations

import posixpath

FEED_XSL = "feeds/fuente.xsl"  # under the theme's static folder


def stylesheet_href(settings, save_as: str) -> str:
    """The XSL's address relative to the feed, so it works below any prefix."""
    target = posixpath.join(settings["THEME_STATIC_DIR"], FEED_XSL)
    return posixpath.relpath(target, posixpath.dirname(save_as) or ".")


def with_stylesheet(data: bytes, href: str) -> bytes:
    declaration, newline, rest = data.partition(b"\n")
    if not declaration.startswith(b"<?xml ") or not newline:
        raise ValueError("feedgen no escribió la declaración XML en la primera línea")
    instruction = f'<?xml-stylesheet type="text/xsl" href="{href}"?>'.encode()
    return declaration + b"\n" + instruction + b"\n" + rest
