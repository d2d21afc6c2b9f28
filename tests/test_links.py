"""Every internal link and resource of the built site resolves to a real file.

Relative URLs resolve against the page's own path; absolute URLs on the
portal's address are mapped onto the output folder; #fragments must name an
element of the target page. Other hosts are allowed only as <a href> links.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import PORTAL_URL

pytestmark = pytest.mark.site

INTERNAL = PORTAL_URL + "/"
IGNORED_SCHEMES = ("mailto:", "tel:")
SOCIAL_META = {"og:url", "og:image", "twitter:image"}


@dataclass
class Reference:
    """One URL found on a page, and where it was found."""

    url: str
    where: str  # e.g. "<img src>"
    navigation: bool  # True for <a href>: may point to other hosts


@dataclass
class Page:
    soup: BeautifulSoup
    references: list[Reference] = field(default_factory=list)

    def anchors(self) -> set[str]:
        ids = {tag["id"] for tag in self.soup.find_all(id=True)}
        return ids | {tag["name"] for tag in self.soup.find_all("a", attrs={"name": True})}

    def seeks_to(self, fragment: str) -> bool:
        """A media fragment (``#t=42``, a chapter's Clip): the page's player
        opens there (media.js), so the page must have one."""
        return bool(re.fullmatch(r"t=\d+(\.\d+)?", fragment)) and bool(
            self.soup.find(["video", "audio"])
        )


def srcset_urls(value: str) -> list[str]:
    """The URLs of a srcset attribute ("url 480w, url 2x, url")."""
    return [c.split()[0] for c in value.split(",") if c.strip()]


def json_ld_urls(value) -> list[str]:
    """Every string on the portal's address inside a JSON-LD block."""
    if isinstance(value, dict):
        return [u for v in value.values() for u in json_ld_urls(v)]
    if isinstance(value, list):
        return [u for v in value for u in json_ld_urls(v)]
    return [value] if isinstance(value, str) and value.startswith(INTERNAL) else []


def references(soup: BeautifulSoup) -> list[Reference]:
    """Every URL a page links to or loads."""
    found = []
    for tag in soup.find_all(["a", "link"], href=True):
        found.append(Reference(tag["href"], f"<{tag.name} href>", tag.name == "a"))
    for tag in soup.find_all(
        ["img", "script", "source", "iframe", "video", "audio"], src=True
    ):
        found.append(Reference(tag["src"], f"<{tag.name} src>", False))
    for tag in soup.find_all(srcset=True):
        found += [
            Reference(u, f"<{tag.name} srcset>", False) for u in srcset_urls(tag["srcset"])
        ]
    for tag in soup.find_all("meta", content=True):
        if (tag.get("property") or tag.get("name")) in SOCIAL_META:
            found.append(
                Reference(
                    tag["content"],
                    f"<meta {tag.get('property') or tag.get('name')}>",
                    False,
                )
            )
    for tag in soup.find_all("script", type="application/ld+json"):
        found += [
            Reference(u, "JSON-LD", False) for u in json_ld_urls(json.loads(tag.string))
        ]
    return found


_parsed: dict = {}


def load_pages(site) -> dict[str, Page]:
    """Every .html page of a build, keyed by its path relative to the output."""
    if site.path not in _parsed:
        _parsed[site.path] = {
            relative: Page(soup, references(soup))
            for relative in site.pages()
            for soup in [site.html(relative)]
        }
    return _parsed[site.path]


def target_file(site, page: str, url: str) -> tuple[str | None, str]:
    """(output-relative file, error) for an internal URL found on ``page``."""
    parts = urlsplit(url)
    if not parts.scheme and not parts.netloc and not parts.path.startswith("/"):
        climbed = posixpath.normpath(
            posixpath.join(posixpath.dirname(page), unquote(parts.path))
        )
        if climbed == ".." or climbed.startswith("../"):
            return None, "sube por encima de la raíz del sitio"
    absolute = urljoin(INTERNAL + page, url)
    path = unquote(urlsplit(absolute).path).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    if not site.file(path).is_file():
        return None, f"no existe {path}"
    return path, ""


def broken_links(site) -> tuple[list[str], int]:
    """Readable "page → url (reason)" lines, and how many URLs were checked."""
    pages = load_pages(site)
    problems, checked = [], 0
    for page, info in pages.items():
        for ref in info.references:
            url = ref.url.strip()
            if url.lower().startswith(IGNORED_SCHEMES) or url.startswith("data:"):
                continue
            checked += 1
            if url.lower().startswith("webcal://"):  # a calendar feed: its https address
                url = "https://" + url[len("webcal://") :]
            parts = urlsplit(url)
            absolute = urljoin(INTERNAL + page, url)
            if urlsplit(absolute).scheme not in ("http", "https"):
                problems.append(f"{page} → {url} ({ref.where}: esquema no permitido)")
                continue
            if not absolute.startswith(INTERNAL):
                if not ref.navigation:
                    problems.append(
                        f"{page} → {url} ({ref.where}: recurso de otro servidor)"
                    )
                continue
            if url.startswith("#"):
                target, error = page, ""
            else:
                target, error = target_file(site, page, url)
            if error:
                problems.append(f"{page} → {url} ({ref.where}: {error})")
                continue
            fragment = unquote(parts.fragment)
            if (
                fragment
                and fragment.lower() != "top"
                and target.endswith(".html")
                and fragment not in pages[target].anchors()
                and not pages[target].seeks_to(fragment)
            ):
                problems.append(
                    f'{page} → {url} ({ref.where}: no hay id="{fragment}" en {target})'
                )
    return problems, checked


@pytest.mark.parametrize("which", ["site", "published_site"])
def test_every_internal_link_resolves(request, which):
    """Links, stylesheets, images, srcsets, feeds and #fragments all resolve."""
    site = request.getfixturevalue(which)
    problems, checked = broken_links(site)
    assert checked > 500, f"sólo se revisaron {checked} direcciones en {which}"
    if problems:
        shown = "\n".join(sorted(set(problems))[:200])
        pytest.fail(
            f"{len(problems)} enlace(s) roto(s) en {which} ({site.path}):\n{shown}",
            pytrace=False,
        )


def test_published_site_links_are_absolute(published_site):
    """The public build points at the portal's own address, never at relative paths."""
    relative = []
    for page, info in load_pages(published_site).items():
        for ref in info.references:
            url = ref.url.strip()
            if url.startswith("#") or urlsplit(url).scheme:
                continue
            relative.append(f"{page} → {url} ({ref.where})")
    if relative:
        pytest.fail(
            "URL relativas en la construcción pública:\n" + "\n".join(relative[:50]),
            pytrace=False,
        )
