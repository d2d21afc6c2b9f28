"""Share links: plain addresses of each network's own share page.

No script or image from another host: each link is an ordinary ``<a href>``
that opens the network's share form with the title and the page's address
already written. Pure functions, so the tests can parse what they give.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode


@dataclass(frozen=True)
class ShareLink:
    key: str  # "whatsapp", "facebook", "x", "correo": class names and tests
    label: str  # what the link says: «WhatsApp»
    href: str


def _query(**values: str) -> str:
    # %20, not +: mail clients and WhatsApp show a + literally.
    return urlencode(values, quote_via=quote)


def share_links(title: str, url: str, summary: str = "") -> list[ShareLink]:
    """The four share links of a page with ``title`` at absolute ``url``."""
    title, summary = " ".join(title.split()), " ".join(summary.split())
    body = f"{summary}\n\n{url}" if summary else url
    return [
        ShareLink(
            "whatsapp", "WhatsApp", "https://wa.me/?" + _query(text=f"{title} {url}")
        ),
        ShareLink(
            "facebook",
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + _query(u=url),
        ),
        ShareLink("x", "X", "https://x.com/intent/post?" + _query(text=title, url=url)),
        ShareLink("correo", "Correo", "mailto:?" + _query(subject=title, body=body)),
    ]
