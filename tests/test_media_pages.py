"""The pages of the videoteca, fonoteca and chronological archive (issue 14).

Read from the sample site as built: every recording page has a native
player that never starts by itself, Spanish captions on by default, its
downloads with role, format and size as the published files are, and
VideoObject/AudioObject data that agrees with the files; the libraries
are browsable by year, area and kind; /archivo/ holds every kind by date;
a gallery a recording names links back to it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import PORTAL_URL
from media.display import file_label, role_label, spoken_duration
from media.model import ROLES, Rendition
from media.probe import probe
from media.structured_data import iso_duration
from presentation.numbers import file_size

pytestmark = pytest.mark.site


def recording_pages(site, library: str) -> list[str]:
    """output-relative paths of videoteca/<year>/<slug>/index.html pages."""
    found = [
        p
        for p in site.pages()
        if re.fullmatch(rf"{library}/\d{{4}}/[a-z0-9-]+/index\.html", p)
    ]
    assert found, f"la construcción no tiene páginas en {library}/AAAA/"
    return found


def local(page: str, href: str) -> str:
    """The output-relative path a link on ``page`` points at."""
    return urlsplit(urljoin("https://x.invalid/" + page, href)).path.lstrip("/")


def probed_duration(path) -> float:
    return probe(str(path)).duration


def json_ld(soup) -> dict:
    scripts = soup.select('script[type="application/ld+json"]')
    assert len(scripts) == 1, "se espera un bloque JSON-LD por página"
    return json.loads(scripts[0].string)


@pytest.mark.parametrize("library, tag", [("videoteca", "video"), ("fonoteca", "audio")])
def test_player_is_native_never_autoplays_and_plays_a_published_file(site, library, tag):
    for page in recording_pages(site, library):
        soup = site.html(page)
        players = soup.select(f"main {tag}")
        assert len(players) == 1, page
        player = players[0]
        assert player.has_attr("controls"), page
        assert not player.has_attr("autoplay"), page
        assert player.get("preload") == "metadata", page
        sources = player.select("source[src]")
        assert sources, page
        assert site.file(local(page, sources[0]["src"])).is_file(), sources[0]["src"]
        assert sources[0]["type"] in {"video/mp4", "audio/mpeg", "audio/mp4", "audio/wav"}


def test_video_has_spanish_captions_on_by_default(site):
    for page in recording_pages(site, "videoteca"):
        tracks = site.html(page).select("main video track")
        assert len(tracks) == 1, page
        track = tracks[0]
        assert (track.get("kind"), track.get("srclang"), track.get("label")) == (
            "captions", "es", "Español",
        )  # fmt: skip
        assert track.has_attr("default"), "los subtítulos deben estar activados"
        vtt = site.file(local(page, track["src"])).read_text(encoding="utf-8")
        assert vtt.startswith("WEBVTT"), track["src"]


@pytest.mark.parametrize("library", ["videoteca", "fonoteca"])
def test_downloads_say_role_format_and_size_of_the_published_file(site, library):
    for page in recording_pages(site, library):
        soup = site.html(page)
        items = soup.select("main .download-list li")
        media_links = [li for li in items if not li.a.get_text().startswith("Subtítulos")]
        assert media_links, page
        for li in media_links:
            path = site.file(local(page, li.a["href"]))
            assert path.is_file(), li.a["href"]
            assert li.a.has_attr("download")
            media = "video" if library == "videoteca" else "audio"
            said = li.a.get_text(" ").split(" (")[0].strip()
            roles = [r for r in ROLES if said.endswith(role_label(r, media))]
            assert roles, f"el enlace no dice para qué es el archivo: {li.a.get_text()}"
            role = roles[0]
            text = " ".join(li.get_text(" ").split())
            assert file_size(path.stat().st_size) in text, text
            extension = path.suffix.lstrip(".").upper()
            assert f"({extension} · " in text, text
            if library == "videoteca":
                assert re.search(r"· [\d,]+ × [\d,]+ ·", text), text
            assert role in {"web", "press", "described", "broadcast", "podcast"}
        assert soup.select_one("main .size-note"), "falta la nota de unidades"


@pytest.mark.parametrize("library", ["videoteca", "fonoteca"])
def test_duration_credit_licence_and_search_index(site, library):
    for page in recording_pages(site, library):
        soup = site.html(page)
        article = soup.select_one("main article.recording")
        assert article is not None and article.has_attr("data-pagefind-body"), page
        source = soup.select_one("main source")["src"]
        seconds = probed_duration(site.file(local(page, source)))
        meta = article.select_one(".recording-header .meta").get_text(" ", strip=True)
        assert f"Duración: {spoken_duration(seconds)}" in meta, meta
        facts = {
            dt_.get_text(strip=True): dt_.find_next_sibling("dd").get_text(" ", strip=True)
            for dt_ in article.select(".recording-facts dt")
        }
        assert facts["Crédito"], page
        assert "Uso libre citando la fuente" in facts["Licencia"], facts
        if library == "videoteca":
            assert facts["Audiodescripción"].startswith("La pista de sonido"), facts
        transcript = article.select_one(".transcript")
        if transcript is not None:  # inside the indexed body, not ignored
            assert not transcript.find_parent(attrs={"data-pagefind-ignore": True})


@pytest.mark.parametrize(
    "library, kind", [("videoteca", "VideoObject"), ("fonoteca", "AudioObject")]
)
def test_json_ld_agrees_with_the_page_and_the_file(site, library, kind):
    for page in recording_pages(site, library):
        soup = site.html(page)
        data = json_ld(soup)
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == kind
        assert data["name"] == soup.h1.get_text(strip=True)
        assert data["url"] == f"{PORTAL_URL}/{page.removesuffix('index.html')}"
        shown = soup.select_one("main .recording-header time")["datetime"]
        assert dt.datetime.fromisoformat(data["uploadDate"]) == dt.datetime.fromisoformat(
            shown
        )
        assert data["contentUrl"].startswith(PORTAL_URL + "/")
        published = site.file(data["contentUrl"].removeprefix(PORTAL_URL + "/"))
        assert published.is_file(), data["contentUrl"]
        assert data["duration"] == iso_duration(probed_duration(published))
        assert re.fullmatch(r"PT(\d+H)?(\d+M)?(\d+S)?", data["duration"])
        assert data["contentSize"] == f"{published.stat().st_size} B"
        assert data["description"] == soup.select_one("main .lead").get_text(strip=True)
        chapters = soup.select("main .chapters li a")
        assert len(data.get("hasPart", [])) == len(chapters)


@pytest.mark.parametrize(
    "library, noun", [("videoteca", ("video", "videos")), ("fonoteca", ("audio", "audios"))]
)
def test_library_by_year_area_and_kind_links_every_recording(site, library, noun):
    recordings = {p.removesuffix("index.html") for p in recording_pages(site, library)}
    start = f"{library}/"
    index = site.html(start)
    targets = {local(start, a["href"]) for a in index.select("main nav.filters a")}
    years = {t for t in targets if re.fullmatch(rf"{library}/\d{{4}}/", t)}
    areas = {t for t in targets if t.startswith(f"{library}/area/")}
    kinds = {t for t in targets if t.startswith(f"{library}/tipo/")}
    assert years and areas and kinds, targets
    cards = {local(start, a["href"]) for a in index.select("main .recording-card h3 a")}
    assert cards == recordings
    for group in (years, areas, kinds):
        listed = set()
        for target in group:
            soup = site.html(target)
            here = soup.select_one('main nav.filters a[aria-current="page"]')
            assert here is not None and local(target, here["href"]) == target
            links = soup.select("main .archive-list a, main .recording-card .card-title a")
            listed |= {local(target, a["href"]) for a in links}
        assert listed == recordings, (group, listed)
    count = index.select_one("main section h2 .count").get_text(strip=True)
    assert re.fullmatch(rf"\(\d+ ({noun[0]}|{noun[1]})\)", count), count


def test_cards_show_date_duration_and_kind_newest_first(site):
    soup = site.html("videoteca/")
    for section in soup.select("main section"):
        dates = [t["datetime"] for t in section.select(".recording-card time")]
        assert dates == sorted(dates, reverse=True)
    card = soup.select_one(".recording-card")
    meta = card.select_one(".meta").get_text(" ", strip=True)
    assert re.search(r"\d+ de \w+ de \d{4} · (\d+ (h|min|s) ?)+ · \S", meta), meta


def test_archive_has_every_kind_by_date_one_page_per_year(site):
    index = site.html("archivo/")
    years = [a["href"] for a in index.select("main .archive-year h2 a")]
    assert years, "el archivo no tiene años"
    kinds_seen = set()
    for href in years:
        page = local("archivo/", href)
        soup = site.html(page)
        rows = soup.select("main .archive-list li")
        assert rows, page
        stamps = [li.time["datetime"] for li in rows]
        assert stamps == sorted(stamps, reverse=True), "el archivo no va del más nuevo"
        for li in rows:
            kinds_seen.add(li.select_one(".archive-kind").get_text(strip=True))
            assert site.file(local(page, li.a["href"]) + "index.html").is_file(), li.a
    assert kinds_seen >= {"Boletín", "Galería de fotos", "Video", "Audio"}, kinds_seen
    bulletins = [
        p for p in site.pages() if re.fullmatch(r"boletines/\d{4}/[^/]+/index\.html", p)
    ]
    listed = sum(
        1
        for href in years
        for kind in site.html(local("archivo/", href)).select("main .archive-kind")
        if kind.get_text(strip=True) == "Boletín"
    )
    assert listed == len(bulletins), "el archivo debe listar cada boletín publicado"


def test_what_a_recording_names_links_back_to_it(site):
    """A gallery, bulletin or event a recording names shows «Video y audio»."""
    checked = 0
    for page in recording_pages(site, "videoteca") + recording_pages(site, "fonoteca"):
        soup = site.html(page)
        for link in soup.select("main .related a"):
            target = local(page, link["href"])
            target_soup = site.html(target.split("#")[0] or "index.html")
            back = {
                local(target, a["href"])
                for a in target_soup.select(".recordings-block a, .event-recordings a")
            }
            assert page.removesuffix("index.html") in back, (target, back)
            block = target_soup.select_one(".recordings-block, .event-recordings")
            assert block.select_one("video, audio") is None, "enlaces, no reproductores"
            checked += 1
    assert checked, "ninguna grabación de la muestra nombra un boletín, galería o evento"


def test_nav_and_home_lead_to_the_libraries(site):
    home = site.html("index.html")
    nav = {a.get_text(strip=True): a["href"] for a in home.select("nav.site-nav a")}
    assert local("", nav["Videoteca"]) == "videoteca/"
    assert local("", nav["Fonoteca"]) == "fonoteca/"
    recent = {local("", a["href"]) for a in home.select("main .recording-card a")}
    assert recent and all(site.file(p + "index.html").is_file() for p in recent), recent
    footer = {local("", a["href"]) for a in home.select("footer a")}
    assert "archivo/" in footer


def test_file_label_matches_what_the_page_prints(site):
    """The label function is the page's: a published file read back gives the same text."""
    page = recording_pages(site, "videoteca")[0]
    soup = site.html(page)
    source = soup.select_one("main video source")
    video = soup.select_one("main video")
    path = site.file(local(page, source["src"]))
    label = file_label(
        Rendition("web", "", "video/mp4", path.stat().st_size, 0,
                  int(video["width"]), int(video["height"]))
    )  # fmt: skip
    first = " ".join(soup.select_one("main .download-list li").get_text(" ").split())
    assert f"({label})" in first, (label, first)
