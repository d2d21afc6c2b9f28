"""The registry against the built sample site, counted from the sample content:
every published file of each kind has its page, its feed entry and its datasets
where its entry says, and nothing else is there."""

from __future__ import annotations

import re
import runpy

import feedparser
import icalendar
import pytest

from conftest import ROOT
from content_schema.kinds import KIND_BY_KEY, KINDS

pytestmark = pytest.mark.site

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
CONTENT = ROOT / "content"
# Written here apart from the product: a report's page is named by its month.
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


def header(path) -> str:
    return path.read_text(encoding="utf-8").split("\n---", 1)[0]


def field_of(path, name: str) -> str | None:
    found = re.search(rf"^{name}: *\"?([^\"\n]+)\"?$", header(path), re.M)
    return found[1].strip() if found else None


def published(paths) -> list:
    return [p for p in sorted(paths) if field_of(p, "status") != "draft"]


def undated(stem: str) -> str:
    return re.sub(r"^\d{4}-\d{2}-\d{2}-", "", stem)


BULLETINS = published((CONTENT / "boletines").rglob("*.md"))
GALLERIES = published((CONTENT / "galerias").glob("*/index.md"))
PLANS = published((CONTENT / "planes").glob("*.md"))
REPORTS = published((CONTENT / "informes").rglob("*.md"))
EVENTS = published((CONTENT / "agenda").glob("*.md"))
PAGES = published((CONTENT / "paginas").glob("*.md"))
VIDEOS = published((CONTENT / "videoteca").glob("*/index.md"))
AUDIOS = published((CONTENT / "fonoteca").glob("*/index.md"))
CAMPAIGNS = published((CONTENT / "publicidad" / "campanas").glob("*.md"))
PROVIDERS = published((CONTENT / "publicidad" / "proveedores").glob("*.md"))
CONTRACTS = published((CONTENT / "publicidad" / "contratos").glob("*.md"))
BUDGETS = published((CONTENT / "publicidad" / "presupuesto").glob("*.md"))
AIR_TIMES = published((CONTENT / "publicidad" / "tiempos-oficiales").glob("*.md"))
CLARIFICATIONS = published((CONTENT / "aclaraciones").glob("*.md"))
GOVERNMENT_REPORTS = published((CONTENT / "informe-de-gobierno").glob("*/index.md"))
FAQS = published((CONTENT / "preguntas-frecuentes").glob("*.md"))


def matching(site, pattern: str) -> set[str]:
    """Site files whose path fits a registry pattern ({slug} etc. as one segment)."""
    parts = re.split(r"\{[a-z_]+\}", pattern)
    regex = "[^/]+".join(re.escape(part) for part in parts)
    files = [p.relative_to(site.path).as_posix() for p in site.path.rglob("*")]
    return {f for f in files if re.fullmatch(regex, f)}


def entries(site, path: str) -> list:
    parsed = feedparser.parse((site.path / path).read_bytes())
    assert not parsed.bozo, (path, parsed.get("bozo_exception"))
    return parsed.entries


def test_the_sample_has_content_of_every_kind():
    """Otherwise the counts below would hold for an empty site."""
    kinds = (BULLETINS, GALLERIES, PLANS, REPORTS, EVENTS, PAGES, VIDEOS, AUDIOS,
             CAMPAIGNS, PROVIDERS, CONTRACTS, BUDGETS, AIR_TIMES, CLARIFICATIONS,
             GOVERNMENT_REPORTS, FAQS)  # fmt: skip
    assert [len(files) > 0 for files in kinds] == [True] * len(KINDS)


def test_the_bulletin_feeds_carry_every_published_bulletin(site):
    bulletin = KIND_BY_KEY["bulletin"]
    rss, atom = bulletin.feed_files(SETTINGS, "all")
    limit = min(len(BULLETINS), SETTINGS["FEED_MAX_ITEMS"])
    assert len(entries(site, rss)) == len(entries(site, atom)) == limit
    by_area = {}
    for path in BULLETINS:
        by_area.setdefault(field_of(path, "area"), []).append(path)
    written = set()
    for area, files in by_area.items():
        rss, atom = bulletin.feed_files(SETTINGS, "area", slug=area)
        assert len(entries(site, rss)) == len(entries(site, atom)) == len(files), area
        written |= {rss, atom}
    area_feeds = set().union(*(matching(site, SETTINGS[s]) for s in bulletin.feeds["area"]))
    assert area_feeds == written  # no feed for an area without bulletins


@pytest.mark.parametrize(("key", "files"), [("gallery", GALLERIES), ("report", REPORTS),
                                            ("clarification", CLARIFICATIONS)])  # fmt: skip
def test_each_kinds_feed_has_one_entry_per_published_file(site, key, files):
    for feed in KIND_BY_KEY[key].feed_files(SETTINGS, "all"):
        assert len(entries(site, feed)) == len(files), feed


def test_the_agenda_calendar_has_one_event_per_file(site):
    (calendar,) = KIND_BY_KEY["event"].feed_files(SETTINGS, "calendar")
    parsed = icalendar.Calendar.from_ical((site.path / calendar).read_bytes())
    uids = [str(event["uid"]).split("@")[0] for event in parsed.walk("VEVENT")]
    assert sorted(uids) == [path.stem for path in EVENTS]


def expected_datasets() -> set[str]:
    """Each plan's cronograma and execution, its budget if it has one; each
    report's figures; the series and the transparency format once."""
    plan, report = KIND_BY_KEY["plan"], KIND_BY_KEY["report"]
    paths = {plan.dataset_path("transparency_format"), report.dataset_path("indicators")}
    for path in PLANS:
        slug = path.stem
        paths |= {plan.dataset_path("schedule", slug=slug),
                  report.dataset_path("execution", plan=slug)}  # fmt: skip
        if re.search(r"^budget:", header(path), re.M):
            paths.add(plan.dataset_path("budget", slug=slug))
    for path in REPORTS:
        paths.add(report.dataset_path("figures", slug=field_of(path, "month")))
    if GOVERNMENT_REPORTS:  # every year's achievements in one table
        paths.add(KIND_BY_KEY["government_report"].dataset_path("achievements"))
    names = {name for path in paths for name in (f"{path}.csv", f"{path}.json",
                                                 f"{path}-diccionario.csv")}  # fmt: skip
    return names | publicity_datasets()


def publicity_datasets() -> set[str]:
    """Each budget year's five spending tables and its formats: 23a (its plan),
    23b per quarter with invoices, 23c and 23d per air time report; each
    format as CSV per table with its dictionary, JSON and XLSX."""
    budget = KIND_BY_KEY["publicity_budget"]
    tables = {"23b": ("proveedores", "recursos-y-presupuesto", "contrato-y-montos"),
              "23c": ("presupuesto-por-partida",), "23a": (), "23d": ()}  # fmt: skip
    names = set()
    for path in BUDGETS:
        year = path.stem
        for name in ("por-concepto", "por-medio-y-trimestre", "por-campana", "contratos",
                     "facturas"):  # fmt: skip
            base = budget.dataset_path("spending", year=year, name=name)
            names |= {f"{base}.csv", f"{base}.json", f"{base}-diccionario.csv"}
        periods = {("23a", year)} if field_of(path, "plan") else set()
        invoiced = re.findall(rf"date: {year}-(\d\d)-", "".join(header(c) for c in CONTRACTS))
        periods |= {("23b", f"{year}-t{(int(m) - 1) // 3 + 1}") for m in invoiced}
        for air_time in AIR_TIMES:
            if air_time.stem.startswith(year):
                periods |= {("23c", air_time.stem), ("23d", air_time.stem)}
        for form, period in periods:
            base = budget.dataset_path("format", year=year, format=form, period=period)
            names |= {f"{base}.json", f"{base}.xlsx"}
            for table in ("", *(f"-{t}" for t in tables[form])):
                names |= {f"{base}{table}.csv", f"{base}{table}-diccionario.csv"}
    return names


def test_every_dataset_of_every_published_file_is_written_and_catalogued(site):
    expected = expected_datasets()
    on_site = {
        p.relative_to(site.path).as_posix()
        for p in (site.path / "datos").rglob("*")
        if p.suffix in (".csv", ".json", ".xlsx")
        and p.name not in ("catalogo.json", "data.json")
    }
    assert on_site == expected
    catalogue = (site.path / "datos" / "catalogo.json").read_text(encoding="utf-8")
    listed = set(re.findall(r'"url": "[^"]*?/(datos/[^"]+)"', catalogue))
    assert listed == expected


def expected_pages() -> dict[str, set[str]]:
    """kind -> the pages its published files should have, from their names."""
    months = [field_of(p, "month").split("-") for p in REPORTS]
    return {
        "bulletin": {f"boletines/{p.parent.name}/{field_of(p, 'slug') or undated(p.stem)}/"
                     for p in BULLETINS},
        "gallery": {f"galerias/{p.parent.name[:4]}/"
                    f"{field_of(p, 'slug') or undated(p.parent.name)}/" for p in GALLERIES},
        "plan": {f"transparencia/planes/{p.stem}/" for p in PLANS},
        "report": {f"transparencia/informes/{y}/{MONTHS[int(m) - 1]}/" for y, m in months},
        "page": {f"{field_of(p, 'slug') or p.stem}/" for p in PAGES},
        "campaign": {f"transparencia/comunicacion-social/campanas/{p.stem}/"
                     for p in CAMPAIGNS},
        "provider": {f"transparencia/comunicacion-social/proveedores/{p.stem}/"
                     for p in PROVIDERS},
        "publicity_budget": {f"transparencia/comunicacion-social/{p.stem}/" for p in BUDGETS},
        "clarification": {f"aclaraciones/{field_of(p, 'slug') or undated(p.stem)}/"
                          for p in CLARIFICATIONS},
        "government_report": {f"informe-de-gobierno/{p.parent.name}/"
                              for p in GOVERNMENT_REPORTS},
    }  # fmt: skip


@pytest.mark.parametrize("key", ["bulletin", "gallery", "plan", "report", "page",
                                 "campaign", "provider", "publicity_budget",
                                 "clarification", "government_report"])  # fmt: skip
def test_every_published_file_has_its_page_at_its_kinds_url(site, key):
    expected = {url + "index.html" for url in expected_pages()[key]}
    assert len(expected) == {"bulletin": len(BULLETINS), "gallery": len(GALLERIES),
                             "plan": len(PLANS), "report": len(REPORTS),
                             "page": len(PAGES), "campaign": len(CAMPAIGNS),
                             "provider": len(PROVIDERS),
                             "publicity_budget": len(BUDGETS),
                             "clarification": len(CLARIFICATIONS),
                             "government_report": len(GOVERNMENT_REPORTS)}[key]  # fmt: skip
    found = matching(site, KIND_BY_KEY[key].url + "index.html")
    assert expected <= found
    if key in ("gallery", "plan", "report", "campaign", "provider",
               "government_report"):  # theirs alone
        assert found == expected


def test_every_faq_topic_is_an_anchor_of_its_page(site):
    page = KIND_BY_KEY["faq"].url.split("#")[0] + "index.html"
    html = (site.path / page).read_text(encoding="utf-8")
    anchors = set(re.findall(r'<h2 id="([^"]+)"', html))
    assert {field_of(p, "slug") or p.stem for p in FAQS} <= anchors


def test_every_event_is_an_anchor_of_the_agenda(site):
    page = KIND_BY_KEY["event"].url.split("#")[0] + "index.html"
    html = (site.path / page).read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="evento-([^"]+)"', html))
    assert anchors == {path.stem for path in EVENTS}
