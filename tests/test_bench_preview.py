"""The benchmark's preview logic (tools/bench): the HTTP poll, the server's timed
lines, the aims' status and the preview's tables. No site is built."""

from __future__ import annotations

import http.server
import os
import sys
import threading
import time
from types import SimpleNamespace

import pytest

pytestmark = pytest.mark.unit

BENCH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "tools", "bench")
sys.path.insert(0, BENCH)

from bench_site import aims, preview, server  # noqa: E402
from bench_site.preview import Results, Sample, Session  # noqa: E402


class _Page(http.server.BaseHTTPRequestHandler):
    """Serves ``self.server.body`` at /boletin/, or a 404 once it is None."""

    def do_GET(self):
        body = self.server.body
        if body is None or self.path != "/boletin/":
            self.send_error(404)
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        pass


@pytest.fixture
def site():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    httpd.body = "<p>antes</p>"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}/boletin/"
    httpd.shutdown()
    httpd.server_close()


def _later(seconds, action):
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


def test_poll_times_the_marker_appearing(site):
    httpd, url = site
    since = time.perf_counter()
    _later(0.3, lambda: setattr(httpd, "body", "<p>antes MEDICION1</p>"))
    served = server.poll(url, since, marker="MEDICION1", timeout=10)
    assert served is not None
    assert 0.3 <= served < 3.0


def test_poll_waits_for_a_deleted_page_to_be_gone(site):
    httpd, url = site
    since = time.perf_counter()
    _later(0.2, lambda: setattr(httpd, "body", None))
    gone = server.poll(url, since, gone=True, timeout=10)
    assert gone is not None and gone >= 0.2


def test_poll_waits_for_a_link_to_leave_the_page(site):
    httpd, url = site
    httpd.body = '<a href="/boletines/2021/nuevo/">Nuevo</a>'
    since = time.perf_counter()
    _later(0.2, lambda: setattr(httpd, "body", "<p>sin enlace</p>"))
    left = server.poll(url, since, marker="/nuevo/", absent=True, timeout=10)
    assert left is not None and left >= 0.2


def test_poll_gives_up_after_its_timeout(site):
    _, url = site
    since = time.perf_counter()
    assert server.poll(url, since, marker="NUNCA", timeout=0.3) is None
    assert time.perf_counter() - since < 3


def test_server_lines_are_timed_and_matched_after_a_moment(tmp_path):
    script = (
        "import time,sys\n"
        "print('Vista previa en http://localhost:4321/ (Ctrl+C para salir)', flush=True)\n"
        "time.sleep(0.4)\n"
        "print('Vista previa al día (compilación 2; 0.40 s desde el cambio)', flush=True)\n"
        "time.sleep(30)\n"
    )
    started = server.Server(
        [sys.executable, "-c", script], str(tmp_path), str(tmp_path / "log")
    )
    try:
        ready = started.wait_for(preview.OURS_READY, 0, 20)
        assert ready is not None and "4321" in ready.text
        current = started.wait_for(preview.OURS_CURRENT, ready.at, 20)
        assert current is not None and current.at - ready.at >= 0.3
        assert started.wait_for(preview.OURS_CURRENT, current.at + 0.001, 0.2) is None
    finally:
        started.stop()
    assert not started.alive()
    assert "al día" in (tmp_path / "log").read_text(encoding="utf-8")


def test_marked_edit_keeps_the_front_matter_and_adds_the_marker():
    text = '---\ntitle: "Uno"\ndate: 2021-01-01 10:00\n---\n\nPrimer párrafo.\n\nSegundo.\n'
    edited = preview.marked(text, "MEDICION7")
    head, _, body = edited.partition("\n---\n")
    assert head == '---\ntitle: "Uno"\ndate: 2021-01-01 10:00'
    first, _, rest = body.lstrip("\n").partition("\n\n")
    assert first.startswith("Primer párrafo.") and first.endswith("MEDICION7.")
    assert rest == "Segundo.\n"


def test_status_says_met_not_met_and_not_measured():
    assert aims.status(0.42, 0.5) == "0.42 s: met"
    assert aims.status(0.5, 0.5) == "0.50 s: met"
    assert aims.status(0.51, 0.5) == "0.51 s: NOT met"
    assert aims.status(1536, 1536, " MB", below=True) == "1536.00 MB: NOT met"
    assert aims.status(None, 2) == aims.NOT_MEASURED


def _results(old_server=False):
    results = Results()
    for served, current in [(0.3, 1.0), (0.9, 1.4), (0.4, 1.2), (0.35, 1.1), (0.5, 1.3)]:
        results.add("vista", "edit", Sample(served, None if old_server else current))
    for served in (0.2, 0.1, 0.3, 0.15, 0.25):
        results.add("hugo-server", "edit", Sample(served, served + 0.01))
    results.add("vista", "delete", Sample(2.0, None if old_server else 2.5))
    results.sessions += [
        Session("vista", 12.0, peak_pss_mb=900, cpu=30.0, says_current=not old_server),
        Session("hugo-server", 1.5, peak_pss_mb=300, cpu=2.0, says_current=True),
    ]
    return results


def row(seconds, pss=1000.0):
    """What aims reads of a report.Row: its median, its peak, photos processed."""
    return SimpleNamespace(
        median=lambda attr="wall": seconds,
        peak=lambda attr: pss,
        outcomes=[SimpleNamespace(processed=0)],
    )


def test_evaluate_prints_every_aim_with_its_status():
    rows = {
        ("portal", "edit"): row(1.8),
        ("portal", "add"): row(3.4, pss=1600.0),
        ("portal", "nochange"): row(0.3),
        ("texto", "cold"): row(5.0),
        ("hugo", "cold"): row(2.5),
    }
    goals = dict(aims.evaluate(rows, _results(), lambda ours, theirs: 2.0, False))
    assert goals["make html, one bulletin edited ≤ 2 s (whole site)"] == "1.80 s: met"
    assert goals["make html, one bulletin added ≤ 3 s"] == "3.40 s: NOT met"
    assert "not measured" in goals[next(k for k in goals if "deleted" in k)]
    live = goals[next(k for k in goals if k.startswith("Live preview, save"))]
    assert live.startswith("0.40 s: met") and "2.00 × hugo server's 0.20 s" in live
    assert goals["Search index current in the preview («al día»)"].startswith("1.20 s")
    assert goals["Cold build, text part ≤ 1.5 × Hugo"] == "2.00 × Hugo: NOT met"
    assert goals["Peak memory < 1.5 GiB"].endswith("NOT met")
    assert "1600 MB" in goals["Peak memory < 1.5 GiB"]


def test_an_old_server_that_never_says_al_dia_is_reported_as_such():
    said = aims.current_status(_results(old_server=True))
    assert said.startswith("not reported")
    assert aims.current_status(Results()) == aims.NOT_MEASURED


def test_warm_image_cache_is_named_on_the_build_aims():
    rows = {("portal", "edit"): row(1.0)}
    goals = dict(aims.evaluate(rows, Results(), lambda a, b: None, True))
    assert goals["make html, one bulletin edited ≤ 2 s (whole site)"].endswith(
        "(image cache kept: --reuse-image-cache)"
    )


def test_preview_tables_have_medians_runs_and_sessions():
    header, body = aims.preview_table(_results())
    assert header[2] == "served, median s"
    lines = {(line[0], line[1]): line for line in body}
    edit = lines[(preview.LABELS["vista"], "one bulletin edited")]
    assert edit[2] == "0.40"
    assert edit[3] == "0.30 / 0.90 / 0.40 / 0.35 / 0.50"
    assert edit[4] == "1.20"
    old = dict(((line[0], line[1]), line) for line in aims.preview_table(_results(True))[1])
    assert old[(preview.LABELS["vista"], "one bulletin edited")][4] == "—"
    _, sessions = aims.sessions_table(_results())
    assert sessions[0] == [preview.LABELS["vista"], "1", "12.0", "30.0", "900"]
