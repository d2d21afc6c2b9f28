"""The same bulletins for stock Pelican and for Hugo.

Each converted file is made from our bulletin file (``from_ours``), at
generation time and again for every measured edit, so all tools always see
the same title, date, area, tags, summary, image and text.

- Stock Pelican: a plain Markdown file with Pelican's standard metadata header
  (Title, Date, Category = the area's name, Tags, Slug, Summary); its default
  theme (notmyidea); content cache on (``CACHE_CONTENT``,
  ``LOAD_CONTENT_CACHE``); Atom and RSS feeds for all and per category, 50
  items like ours; pagination 10; our bulletin URLs. The image is a static
  file linked from the text.
- Hugo: YAML front matter (title, date, slug, summary, tags, areas), minimal
  layouts: a page per bulletin, the paginated list of bulletins, taxonomy
  and term pages (paginated) for tags and areas, RSS for the home page,
  the list and each term (50 items), the sitemap (Hugo's default).
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime

import yaml

TOOLS = ("pelican", "hugo")

PELICAN_SETTINGS = '''"""Stock Pelican, written by tools/bench/bench_site.py: default theme, cache on."""

SITENAME = {sitename!r}
SITEURL = ""
PATH = "content"
ARTICLE_PATHS = ["boletines"]
STATIC_PATHS = ["imagenes"]
TIMEZONE = "America/Mexico_City"
DEFAULT_LANG = "es"
DEFAULT_PAGINATION = 10
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/{{slug}}.atom.xml"
CATEGORY_FEED_RSS = "feeds/{{slug}}.rss.xml"
FEED_MAX_ITEMS = 50
ARTICLE_URL = "boletines/{{date:%Y}}/{{slug}}/"
ARTICLE_SAVE_AS = "boletines/{{date:%Y}}/{{slug}}/index.html"
'''

HUGO_CONFIG = """baseURL = "https://comunicacion.sanisidrodelmonte.gob.mx/"
languageCode = "es-mx"
defaultContentLanguage = "es"
title = {title}
timeZone = "America/Mexico_City"
disableKinds = ["robotsTXT", "404"]

[pagination]
  pagerSize = 10

[taxonomies]
  tag = "tags"
  area = "areas"

[permalinks.page]
  boletines = "/boletines/:year/:slug/"

[services.rss]
  limit = 50
"""

ITEM = """<article>
  <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
  <p><time datetime="{{ .Date.Format "2006-01-02T15:04" }}">{{ .Date | time.Format ":date_long" }}</time>
  {{ range .GetTerms "areas" }}· <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
  <p>{{ .Summary }}</p>
</article>
"""
PAGER = """{{ define "pager" }}<nav class="pager">
  {{ with .Prev }}<a rel="prev" href="{{ .URL }}">Anteriores</a>{{ end }}
  Página {{ .PageNumber }} de {{ .TotalPages }}
  {{ with .Next }}<a rel="next" href="{{ .URL }}">Siguientes</a>{{ end }}
</nav>{{ end }}"""
LISTING = (
    """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages.ByDate.Reverse }}
{{ range $pager.Pages }}{{ partial "item.html" . }}{{ end }}
{{ template "pager" $pager }}
{{ end }}
"""
    + PAGER
)
LAYOUTS = {
    "baseof.html": """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
<meta name="description" content="{{ with .Summary }}{{ . | plainify }}{{ else }}{{ site.Title }}{{ end }}">
{{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav><a href="{{ "boletines/" | relURL }}">Boletines</a> <a href="{{ "tags/" | relURL }}">Temas</a> <a href="{{ "areas/" | relURL }}">Áreas</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>H. Ayuntamiento de San Isidro del Monte · Comunicación Social</footer>
</body>
</html>
""",
    "home.html": """{{ define "main" }}<h1>Últimos boletines</h1>
{{ range first 10 (where site.RegularPages.ByDate.Reverse "Section" "boletines") }}{{ partial "item.html" . }}{{ end }}
<p><a href="{{ "boletines/" | relURL }}">Todos los boletines</a></p>
{{ end }}
""",
    "page.html": """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04" }}">{{ .Date | time.Format ":date_long" }}</time>
{{ range .GetTerms "areas" }}· <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ .Content }}
{{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</article>{{ end }}
""",
    "section.html": LISTING,
    "term.html": LISTING,
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "_partials/item.html": ITEM,
}


def parse(text: str) -> tuple[dict, str]:
    """Our bulletin file: its front matter and its Markdown text."""
    _, head, body = text.split("---\n", 2)
    meta = yaml.safe_load(head)
    if isinstance(meta["date"], str):
        meta["date"] = datetime.strptime(meta["date"], "%Y-%m-%d %H:%M")
    return meta, body.lstrip("\n")


def _image_line(meta: dict, stem: str, prefix: str) -> str:
    if not meta.get("image"):
        return ""
    return f"![{meta['image']['alt']}]({prefix}/imagenes/{stem}.jpg)\n\n"


def pelican_text(text: str, stem: str, areas: dict) -> str:
    meta, body = parse(text)
    header = [
        f"Title: {meta['title']}",
        f"Date: {meta['date']:%Y-%m-%d %H:%M}",
        f"Category: {areas[meta['area']]}",
        f"Tags: {', '.join(meta.get('tags') or [])}",
        f"Slug: {stem[11:]}",
        f"Summary: {' '.join(meta['summary'].split())}",
    ]
    return "\n".join(header) + "\n\n" + _image_line(meta, stem, "{static}") + body


def hugo_text(text: str, stem: str, areas: dict) -> str:
    meta, body = parse(text)
    front = [
        "---",
        f"title: {json.dumps(meta['title'], ensure_ascii=False)}",
        f"date: {meta['date']:%Y-%m-%dT%H:%M:%S}",
        f"slug: {stem[11:]}",
        f"summary: {json.dumps(meta['summary'], ensure_ascii=False)}",
        f"tags: {json.dumps(meta.get('tags') or [], ensure_ascii=False)}",
        f"areas: {json.dumps([areas[meta['area']]], ensure_ascii=False)}",
        "---",
        "",
    ]
    return "\n".join(front) + _image_line(meta, stem, "") + body


def paths(corpus: str, tool: str, year: int, stem: str) -> tuple[str, str]:
    """Where ``tool`` keeps this bulletin's text and image."""
    if tool in ("portal", "texto"):  # ours: the image beside the text, in imagenes/
        folder = os.path.join(corpus, tool, "boletines", str(year))
        images = os.path.join(folder, "imagenes")
    else:  # a static file: Pelican's content/imagenes/, Hugo's static/imagenes/
        folder = os.path.join(corpus, tool, "content", "boletines", str(year))
        static = "content" if tool == "pelican" else "static"
        images = os.path.join(corpus, tool, static, "imagenes")
    return os.path.join(folder, stem + ".md"), os.path.join(images, stem + ".jpg")


def write_bulletin(
    corpus: str, tool: str, year: int, stem: str, text: str, areas: dict
) -> None:
    """Write our bulletin ``text`` in ``tool``'s format (the image is linked elsewhere)."""
    target, _ = paths(corpus, tool, year, stem)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if tool == "pelican":
        text = pelican_text(text, stem, areas)
    elif tool == "hugo":
        text = hugo_text(text, stem, areas)
    partial = target + ".partial"
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(partial, target)


def link_image(corpus: str, tool: str, year: int, stem: str) -> None:
    source = paths(corpus, "portal", year, stem)[1]
    target = paths(corpus, tool, year, stem)[1]
    os.makedirs(os.path.dirname(target), exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _write_tool(corpus: str, tool: str, bulletins: list[dict], areas: dict) -> None:
    for item in bulletins:
        source = paths(corpus, "portal", item["year"], item["stem"])[0]
        with open(source, encoding="utf-8") as handle:
            write_bulletin(corpus, tool, item["year"], item["stem"], handle.read(), areas)
        if item.get("image"):
            link_image(corpus, tool, item["year"], item["stem"])


def write_pelican(corpus: str, bulletins: list[dict], settings: dict) -> None:
    _write_tool(corpus, "pelican", bulletins, settings["AREAS"])
    with open(
        os.path.join(corpus, "pelican", "pelicanconf.py"), "w", encoding="utf-8"
    ) as handle:
        handle.write(PELICAN_SETTINGS.format(sitename=settings["SITENAME"]))


def write_hugo(corpus: str, bulletins: list[dict], settings: dict) -> None:
    _write_tool(corpus, "hugo", bulletins, settings["AREAS"])
    site = os.path.join(corpus, "hugo")
    with open(os.path.join(site, "hugo.toml"), "w", encoding="utf-8") as handle:
        handle.write(
            HUGO_CONFIG.format(title=json.dumps(settings["SITENAME"], ensure_ascii=False))
        )
    for name, text in LAYOUTS.items():
        path = os.path.join(site, "layouts", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
