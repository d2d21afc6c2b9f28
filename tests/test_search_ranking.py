"""The search index after edits answers as one built cold: same pages, same order.

Issue 19 asks that a search index rebuilt after an edit (split, merged or
updated in place) keep the results and their ranking of a single index built
cold over the same pages. Two sites of three years of bulletins are built: one
cold, one from older content then edited, added to and pruned with incremental
builds. Fixed Spanish queries (accents and none, two words, a tag, filters by
área, tipo and año, the date sort of a filter-only search) run with Pagefind's
own JavaScript in headless Chromium on both, at a phone's width; the answers
(page, score, order) must be equal, and the site's search page must list the
same results.
"""

from __future__ import annotations

import functools
import http.server
import random
import shutil
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, run_build

pytestmark = pytest.mark.site

sys.path.insert(0, str(ROOT / "tools" / "bench"))
from bench_site import corpus  # noqa: E402
from bench_site.spanish import Writer  # noqa: E402

BULLETINS = 300  # 100 a year over 2019-2021
QUERIES = [
    ("agua potable", {}),
    ("seguridad", {}),
    ("bacheo", {}),
    ("vacunación", {}),
    ("vacunacion", {}),  # no accent: the same pages
    ("protección civil", {}),
    ("proteccion civil", {}),
    ("alumbrado público", {}),
    ("becas", {"área": "Educación"}),
    ("feria", {"año": "2020"}),
    ("informe", {}),  # a tag
    ("cultura", {"tipo": "Boletín"}),
    ("descacharrización", {}),
    (None, {"año": "2021"}),  # filter only: sorted by date
]
SEARCH = """async ([queries]) => {
  const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  const answers = [];
  for (const [query, filters] of queries) {
    const found = await pagefind.search(query, { filters, sort: query ? undefined : { fecha: 'desc' } });
    const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    answers.push({
      count: found.results.length,
      ranked: found.results.map((r) => [r.id, r.score]),
      top: top.map((d) => d.url),
      filters: found.filters,
    });
  }
  return answers;
}"""


def _write_bulletins(content: Path, seed: int) -> list[dict]:
    size = corpus.Size(BULLETINS, date(2019, 1, 1), date(2021, 12, 31), 0, 0, 0, ())
    size = corpus.Size(**{**size.__dict__, "image_share": 0.0})
    areas = list(corpus.areas())
    items = corpus.make_bulletins(size, Writer(seed), random.Random(seed), areas)
    corpus.write_bulletins(str(content), items, [])
    return items


def _content(folder: Path) -> list[dict]:
    """Generated bulletins plus the sample's pages and extra files."""
    for part in ("paginas", "extra"):
        shutil.copytree(ROOT / "content" / part, folder / part)
    return _write_bulletins(folder, 20211231)


def _build(output: Path, content: Path) -> str:
    done = run_build(output, content=content, quiet=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _edit(content: Path, items: list[dict]) -> None:
    """One bulletin edited, one added, one deleted: the index must follow."""
    edited = content / "boletines" / str(items[150]["year"]) / f"{items[150]['stem']}.md"
    text = edited.read_text(encoding="utf-8")
    edited.write_text(
        text + "\n\nSe repararon las redes de agua potable y el alumbrado público.\n",
        encoding="utf-8",
    )
    (content / "boletines" / str(items[10]["year"]) / f"{items[10]['stem']}.md").unlink()
    added = dict(
        items[200],
        stem="2021-03-03-nueva-jornada-de-bacheo",
        year=2021,
        date="2021-03-03 10:00",
        title="Nueva jornada de bacheo",
        body="Comienza la jornada de bacheo y seguridad vial en la colonia Centro.",
    )
    corpus.write_bulletins(str(content), [added], [])


def _serve(folder: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory):
    """(updated, cold): the same final content, indexed after edits and cold."""
    base = tmp_path_factory.mktemp("ranking")
    content = base / "content"
    items = _content(content)
    _build(base / "updated", content)
    _edit(content, items)
    log = _build(base / "updated", content)
    assert "índice de búsqueda: actualizado" in log
    _build(base / "cold", content)
    servers = [_serve(base / "updated"), _serve(base / "cold")]
    yield [f"http://127.0.0.1:{s.server_address[1]}" for s in servers]
    for server in servers:
        server.shutdown()


def _answers(browser, site: str):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(f"{site}/")
    answers = page.evaluate(SEARCH, [QUERIES])
    page.close()
    return answers


def test_the_updated_index_answers_every_query_as_one_built_cold(browser, two_sites):
    updated, cold = (_answers(browser, site) for site in two_sites)
    for (query, filters), mine, theirs in zip(QUERIES, updated, cold, strict=True):
        label = f"«{query}» {filters}"
        assert mine["count"] == theirs["count"], label
        assert mine["ranked"] == theirs["ranked"], label  # pages, scores and order
        assert mine["top"] == theirs["top"], label
        assert mine["filters"] == theirs["filters"], label
    by_query = dict(zip((q for q, _ in QUERIES), updated, strict=True))
    # without the accent, the same pages (Pagefind scores the exact accents higher)
    pages = {q: {page for page, _score in by_query[q]["ranked"]} for q in by_query}
    assert pages["vacunación"] == pages["vacunacion"]
    assert all(answer["count"] for answer in updated), "a query found nothing"
    dated = by_query[None]["top"]
    assert all(url.startswith("/boletines/2021/") for url in dated)


def test_the_search_page_lists_the_same_results_on_both(browser, two_sites):
    listed = []
    for site in two_sites:
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(f"{site}/buscar/?q=agua+potable&tipo=Bolet%C3%ADn")
        page.wait_for_function(
            "document.getElementById('estado-busqueda').textContent.match(/resultado/)",
            timeout=15000,
        )
        listed.append(
            page.eval_on_selector_all(
                "#resultados li a", "as => as.map(a => a.href.replace(location.origin, ''))"
            )
        )
        page.close()
    assert listed[0] and listed[0] == listed[1]
