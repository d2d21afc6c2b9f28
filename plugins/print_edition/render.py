"""HTML to PDF with WeasyPrint, once per content: a store keyed by digest.

Rendering a month takes about a second and a half, so a PDF is kept in
``PRINT_EDITION_CACHE_PATH`` under the digest of everything it is made from:
the edition's HTML (which names each photo by its image-cache file, itself
named by the photo's content and recipe, relative to the cache), the stylesheet, the fonts' files
and WeasyPrint's version. Anything else changing means a new digest, never a
stale PDF. The PDF carries no build time (its dates are the edition's last
bulletin's) and no random identifier, so the same content gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass

# Bump when the way a PDF is made changes in a way the digest cannot see.
RENDER_VERSION = "1"
# Debian's fonts-liberation2 (`make html` installs it): Liberation Serif for
# the text, Liberation Sans for headings; embedded in the PDF as subsets.
FONT_DIR = "/usr/share/fonts/truetype/liberation2"
FONT_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
)


# The photos' addresses in the edition's HTML: the image cache's files by
# their names inside it (content digests), wherever the cache is.
PHOTOS_URL = "file:///edicion-impresa/fotos/"


@dataclass(frozen=True)
class RenderedPdf:
    path: str  # the cached PDF
    pages: int
    size: int  # bytes
    worked: bool  # False when the store already had it


def _font_paths() -> list[str]:
    paths = [os.path.join(FONT_DIR, name) for name in FONT_FILES]
    missing = [p for p in paths if not os.path.isfile(p)]
    if missing:  # an install problem, not a content mistake
        raise RuntimeError(
            "la edición impresa no se puede hacer: faltan las fuentes "
            f"{', '.join(os.path.basename(p) for p in missing)} (paquete de Debian "
            "fonts-liberation2; `make html` lo instala)"
        )
    return paths


def _weasyprint():
    try:
        import weasyprint
    except OSError as error:  # Pango missing: WeasyPrint cannot load it
        raise RuntimeError(
            "la edición impresa no se puede hacer: WeasyPrint no encuentra Pango "
            f"({error}); `make html` instala los paquetes de Debian libpango-1.0-0 "
            "y libpangoft2-1.0-0"
        ) from error
    return weasyprint


def digest_of(html: str, css: str) -> str:
    weasyprint = _weasyprint()
    digest = hashlib.sha256()
    for part in (RENDER_VERSION, weasyprint.__version__, html, css):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    for path in _font_paths():
        stat = os.stat(path)
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:32]


def _fetcher(photos_root: str):
    """Only ``file:`` addresses (the photos and fonts on this machine), and the
    photos by ``PHOTOS_URL``: WeasyPrint names each image in the PDF by its
    address, so the image cache's place on disk must not be in it."""
    from weasyprint.urls import URLFetcher

    class PhotoFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith(PHOTOS_URL):
                relative = url[len(PHOTOS_URL) :]
                url = "file://" + os.path.join(os.path.abspath(photos_root), relative)
            return super().fetch(url, headers)

    return PhotoFetcher(allowed_protocols={"file"})


def render_pdf(html: str, css: str, photos_root: str) -> tuple[bytes, int]:
    """The PDF's bytes and its page count; nothing is fetched from a network."""
    weasyprint = _weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    fetcher = _fetcher(photos_root)
    fonts = FontConfiguration()
    stylesheet = weasyprint.CSS(
        string=css,
        base_url=f"file://{FONT_DIR}/",
        url_fetcher=fetcher,
        font_config=fonts,
    )
    document = weasyprint.HTML(string=html, base_url=f"file://{FONT_DIR}/", url_fetcher=fetcher)
    rendered = document.render(stylesheets=[stylesheet], font_config=fonts)
    data = rendered.write_pdf(pdf_identifier=False)
    return data, len(rendered.pages)


class PdfStore:
    """Rendered PDFs by digest, with their page counts beside them."""

    def __init__(self, root: str):
        self.root = root

    def _paths(self, key: str) -> tuple[str, str]:
        base = os.path.join(self.root, key[:2], key)
        return base + ".pdf", base + ".json"

    def get_or_render(self, html: str, css: str, photos_root: str) -> RenderedPdf:
        """``photos_root``: the image cache, where the HTML's ``PHOTOS_URL``
        addresses are read from."""
        key = digest_of(html, css)
        pdf_path, info_path = self._paths(key)
        try:
            with open(info_path, encoding="utf-8") as handle:
                pages = json.load(handle)["pages"]
            return RenderedPdf(pdf_path, pages, os.path.getsize(pdf_path), worked=False)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not there or unreadable: render again
        data, pages = render_pdf(html, css, photos_root)
        os.makedirs(os.path.dirname(pdf_path), exist_ok=True)
        for path, payload in ((pdf_path, data), (info_path, json.dumps({"pages": pages}).encode())):
            partial = f"{path}.partial-{os.getpid()}"
            with open(partial, "wb") as handle:
                handle.write(payload)
            os.replace(partial, path)  # the PDF first: the info says it is complete
        return RenderedPdf(pdf_path, pages, len(data), worked=True)
