"""The preview build served by real nginx with deploy/nginx-portal.conf.

Security headers on every kind of response (pages, 404, CSS, feeds, open data),
caching and MIME types as the deployment promises, and in headless Chromium no
Content-Security-Policy violation and no failed request on real pages.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import ARTIFACTS
from nginx_support import (
    CSP,
    CSP_LISTENER,
    DEPLOY,
    HASHED_ASSET,
    NGINX,
    PLAN,
    SECURITY_HEADERS,
    _free_port,
    _main_conf,
    _nginx_test,
    fetch,
)

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def nginx_conf(site, tmp_path_factory) -> tuple[Path, Path, int]:
    """(prefix, nginx.conf, port) serving the preview build with the portal include."""
    assert Path(NGINX).is_file(), "falta nginx: ejecute bash tests/install-deps.sh"
    prefix = tmp_path_factory.mktemp("nginx")
    port = _free_port()
    server = f"""    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {site.path};
        include {DEPLOY / "nginx-portal.conf"};
    }}"""
    conf = prefix / "nginx.conf"
    conf.write_text(_main_conf(prefix, server), encoding="utf-8")
    return prefix, conf, port


@pytest.fixture(scope="module")
def nginx(nginx_conf) -> str:
    """Base URL of real nginx serving the preview build; stopped at the end."""
    prefix, conf, port = nginx_conf
    log = (prefix / "stderr.log").open("wb")
    process = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(conf)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            if process.poll() is not None:
                pytest.fail(
                    "nginx terminó al arrancar:\n"
                    + (prefix / "stderr.log").read_text(errors="replace")
                    + (prefix / "error.log").read_text(errors="replace")
                )
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"nginx no respondió en 127.0.0.1:{port}")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _stylesheet(site) -> str:
    link = site.html("").find("link", rel="stylesheet")
    assert link is not None, "la portada no enlaza una hoja de estilo"
    return urlsplit(urljoin("http://portal/", link["href"])).path


def _bulletin(site) -> str:
    pages = [
        p
        for p in site.pages()
        if re.fullmatch(r"boletines/2021/[^/]+/index\.html", p) and "/page" not in p
    ]
    assert pages, "no hay boletines de 2021 en el sitio"
    return "/" + pages[0].removesuffix("index.html")


def _csv(site) -> str:
    found = sorted(site.path.glob("datos/**/*.csv"))
    assert found, "no hay CSV en datos/"
    return "/" + found[0].relative_to(site.path).as_posix()


def _path(site, kind: str) -> str:
    return {
        "home": lambda: "/",
        "bulletin": lambda: _bulletin(site),
        "missing": lambda: "/no-existe/pagina-inexistente/",
        "css": lambda: _stylesheet(site),
        "feed": lambda: "/feeds/boletines.rss.xml",
        "csv": lambda: _csv(site),
        "json": lambda: "/datos/catalogo.json",
    }[kind]()


# -- configuration --------------------------------------------------------------


def test_nginx_accepts_the_test_configuration(nginx_conf):
    prefix, conf, _ = nginx_conf
    result = _nginx_test(prefix, conf)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def test_nginx_accepts_the_deploy_configuration(tmp_path):
    """deploy/nginx.conf as written, with a throwaway certificate and local paths."""
    site_conf = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert "include /srv/portal/deploy/nginx-portal.conf;" in site_conf
    assert "root /srv/portal/output;" in site_conf
    assert re.search(r"listen 443 ssl http2;", site_conf)
    assert re.search(r"listen 80;\s+listen \[::\]:80;", site_conf)
    assert (
        "return 301 https://comunicacion.sanisidrodelmonte.gob.mx$request_uri;" in site_conf
    )
    site_conf = site_conf.replace("/srv/portal/deploy/", f"{DEPLOY}/").replace(
        "/srv/portal/output", str(tmp_path / "output")
    )
    openssl = shutil.which("openssl")
    if openssl:
        subprocess.run(
            [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
             "-subj", "/CN=comunicacion.sanisidrodelmonte.gob.mx",
             "-keyout", str(tmp_path / "privkey.pem"), "-out", str(tmp_path / "fullchain.pem")],
            capture_output=True,
            check=True,
        )  # fmt: skip
        site_conf = site_conf.replace("/etc/ssl/portal/", f"{tmp_path}/")
    else:
        # Without a certificate nginx refuses `listen ... ssl`: check the rest.
        site_conf = re.sub(r"\s+ssl_[a-z_]+ [^;]+;", "", site_conf)
        site_conf = site_conf.replace(" ssl http2;", ";")
    (tmp_path / "portal.conf").write_text(site_conf, encoding="utf-8")
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        _main_conf(tmp_path, f"    include {tmp_path / 'portal.conf'};"), encoding="utf-8"
    )
    result = _nginx_test(tmp_path, conf)
    assert result.returncode == 0, result.stderr


# -- responses ------------------------------------------------------------------

KINDS = ["home", "bulletin", "missing", "css", "feed", "csv", "json"]


@pytest.mark.parametrize("kind", KINDS)
def test_security_headers_on_every_response(nginx, site, kind):
    status, headers, _ = fetch(nginx + _path(site, kind))
    assert status == (404 if kind == "missing" else 200)
    for name, value in SECURITY_HEADERS.items():
        assert headers.get_all(name) == [value], name
    assert "nginx/" not in (headers.get("Server") or "")


@pytest.mark.parametrize("kind", ["home", "bulletin"])
def test_pages_are_html_revalidated(nginx, site, kind):
    status, headers, body = fetch(nginx + _path(site, kind))
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-cache"
    assert body.lstrip().lower().startswith(b"<!doctype html>")
    if kind == "home":
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "nginx-headers-home.txt").write_text(
            f"HTTP {status}\n{headers}", encoding="utf-8"
        )


def test_missing_path_is_404_with_the_site_page(nginx, site):
    status, headers, body = fetch(nginx + _path(site, "missing"))
    assert status == 404
    assert body == site.file("404.html").read_bytes()
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-cache"


def test_directory_without_slash_redirects_relative(nginx):
    status, headers, _ = fetch(nginx + "/boletines")
    assert status == 301
    assert headers["Location"] == "/boletines/"
    assert headers["Content-Security-Policy"] == CSP


def test_stylesheet(nginx, site):
    path = _stylesheet(site)
    status, headers, body = fetch(nginx + path, **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Type"] == "text/css; charset=utf-8"
    assert headers["Content-Encoding"] == "gzip"
    assert body
    if not HASHED_ASSET.search(path):
        pytest.skip(
            f"la hoja de estilo {path} aún no lleva hash en el nombre: sin caché inmutable"
        )
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"


@pytest.mark.parametrize(
    ("kind", "content_type"),
    [
        ("feed", "application/xml; charset=utf-8"),  # so browsers apply fuente.xsl
        ("csv", "text/csv; charset=utf-8"),
        ("json", "application/json; charset=utf-8"),
    ],
)
def test_feeds_and_data_types(nginx, site, kind, content_type):
    path = _path(site, kind)
    status, headers, body = fetch(nginx + path)
    assert status == 200
    assert headers["Content-Type"] == content_type
    assert headers["Cache-Control"] == "public, max-age=600"
    assert body == site.file(path.lstrip("/")).read_bytes()


def test_atom_feed_type(nginx):
    status, headers, _ = fetch(nginx + "/feeds/boletines.atom.xml")
    assert status == 200
    assert headers["Content-Type"] == "application/xml; charset=utf-8"


def test_images_cached_for_a_day(nginx, site):
    photo = next(iter(sorted(site.path.glob("**/*.webp"))), None)
    assert photo is not None, "no hay imágenes WebP en el sitio"
    status, headers, _ = fetch(nginx + "/" + photo.relative_to(site.path).as_posix())
    assert status == 200
    assert headers["Content-Type"] == "image/webp"
    assert headers["Cache-Control"] == "public, max-age=86400"
    assert headers["X-Content-Type-Options"] == "nosniff"


# -- in the browser -------------------------------------------------------------


def _browser_path(site, kind: str) -> str:
    if kind == "home":
        return "/"
    if kind == "gallery":
        links = site.html("galerias/").select('a[href*="galerias/"]')
        for link in links:
            path = urlsplit(urljoin("http://portal/galerias/", link["href"])).path
            if re.fullmatch(r"/galerias/\d{4}/[^/]+/", path):
                return path
        pytest.fail("la página de galerías no enlaza ninguna galería")
    if kind == "plan":
        assert site.file(PLAN + "index.html").is_file()
        return "/" + PLAN
    fixed = {
        "cronograma": "/transparencia/planes/plan-de-trabajo-2021-2024/cronograma/",
        "photo": "/galerias/2021/sesion-cabildo/05-publico/",
        "agenda": "/agenda/",
        "execution": "/transparencia/planes/plan-operativo-anual-2021/cumplimiento/",
    }
    if kind in fixed:
        assert site.file(fixed[kind].lstrip("/") + "index.html").is_file()
        return fixed[kind]
    # With a query the page runs Pagefind (its WebAssembly) as soon as it loads.
    return "/buscar/?q=vacunaci%C3%B3n"


@pytest.mark.parametrize(
    "kind",
    ["home", "gallery", "photo", "plan", "cronograma", "execution", "agenda", "search"],
)
def test_no_csp_violation_in_chromium(nginx, site, browser, kind):
    url = nginx + _browser_path(site, kind)
    context = browser.new_context()
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    console, failed, errors = [], [], []
    page.on("console", lambda message: console.append((message.type, message.text)))
    page.on("requestfailed", lambda r: failed.append(f"{r.url}: {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and errors.append(f"{r.status} {r.url}"))
    try:
        response = page.goto(url, wait_until="load")
        assert response is not None and response.status == 200
        assert response.headers["content-security-policy"] == CSP
        if kind == "search":
            page.wait_for_selector("#resultados li", timeout=15_000)
        page.wait_for_timeout(300)  # late reports (images, async scripts)
        violations = page.evaluate("window.__cspViolations")
        background = page.eval_on_selector(
            ".site-nav", "e => getComputedStyle(e).backgroundColor"
        )
    finally:
        context.close()
    # A blocked WebAssembly compile fires no securitypolicyviolation event, only
    # a console error: both are checked.
    csp_console = [text for _, text in console if "content security policy" in text.lower()]
    console_errors = [text for kind_, text in console if kind_ == "error"]
    assert violations == [], violations
    assert csp_console == [], csp_console
    assert console_errors == [], console_errors
    assert failed == [], failed
    assert errors == [], errors
    assert background not in ("", "transparent", "rgba(0, 0, 0, 0)"), background
