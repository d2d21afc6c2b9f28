"""The editor's admin folder and its command, without a browser: what the
folder holds, the address of the site's CSS and of the local proxy, and the
Spanish refusals (no bundle, no build, port in use, not a git repository)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess

import pytest

import portal_settings
from conftest import ROOT
from portal.commands import editor as command
from portal.editor.admin import BUNDLE, AdminError, assemble, site_css

pytestmark = pytest.mark.unit

SETTINGS = portal_settings.load(str(ROOT / "pelicanconf.py"))


def project(tmp_path, with_css=True):
    """A project with a stand-in bundle (three files as Decap ships them)."""
    root = tmp_path / "portal"
    bundle = root / BUNDLE
    bundle.mkdir(parents=True)
    for name in (
        "decap-cms.js",
        "103.decap-cms.js",
        "x.wasm",
        "decap-cms.js.map",
        "cms.js",
    ):
        (bundle / name).write_text("// " + name, encoding="utf-8")
    shutil.copytree(ROOT / "theme" / "admin", root / "theme" / "admin")
    output = root / "output"
    if with_css:
        css = site_css_path(output)
        css.parent.mkdir(parents=True)
        css.write_text("body{}", encoding="utf-8")
    return root, output


def site_css_path(output):
    from assets import hashed_name

    name = hashed_name(str(ROOT / "theme" / "static"), "css/portal.css")
    return output / SETTINGS["THEME_STATIC_DIR"] / name


def test_the_folder_has_decaps_bundle_our_scripts_config_and_data(tmp_path):
    root, output = project(tmp_path)
    folder = tmp_path / "admin"
    config = assemble(str(folder), str(root), SETTINGS, str(output), proxy_port=8765)
    names = {p.name for p in folder.iterdir()}
    assert {
        "decap-cms.js",
        "103.decap-cms.js",
        "x.wasm",
        "index.html",
        "config.yml",
    } <= names
    assert {"formato-portal.js", "preview.js", "flujo.js", "portal-datos.js"} <= names
    assert "decap-cms.js.map" not in names and "cms.js" not in names
    assert config["local_backend"]["url"] == "http://localhost:8765/api/v1"
    assert "http://localhost:8765/api/v1" in (folder / "config.yml").read_text(
        encoding="utf-8"
    )
    data = (folder / "portal-datos.js").read_text(encoding="utf-8")
    values = json.loads(data.removeprefix("window.PORTAL = ").rstrip(";\n"))
    assert values["months"][2] == "marzo" and len(values["months"]) == 12
    assert values["areas"]["salud"] == SETTINGS["AREAS"]["salud"]
    assert values["css"] == "/" + site_css_path(output).relative_to(output).as_posix()
    assert values["proxy"] == "http://localhost:8765/api/v1"


def test_the_page_loads_the_format_after_decap_and_before_init():
    page = (ROOT / "theme" / "admin" / "index.html").read_text(encoding="utf-8")
    order = [
        page.index(s)
        for s in ('src="decap-cms.js"', 'src="formato-portal.js"', "CMS.init()")
    ]
    assert order == sorted(order)
    assert 'name="robots" content="noindex' in page
    assert "http" not in page.replace("http-equiv", "")  # nothing from outside


def test_without_the_bundle_or_the_build_it_says_what_to_do(tmp_path):
    _, unbuilt = project(tmp_path / "sin-construir", with_css=False)
    with pytest.raises(AdminError, match="construya el sitio"):
        site_css(SETTINGS, str(unbuilt))
    root, output = project(tmp_path)
    shutil.rmtree(root / "node_modules")
    with pytest.raises(AdminError, match="npm ci"):
        assemble(str(tmp_path / "a"), str(root), SETTINGS, str(output))


def test_admin_paths_are_served_from_the_admin_folder_only(tmp_path):
    handler = object.__new__(command._SiteAndAdmin)
    handler.admin = str(tmp_path / "admin")
    handler.directory = str(tmp_path / "output")
    assert handler.translate_path("/admin/") == str(tmp_path / "admin" / "index.html")
    assert handler.translate_path("/admin") == str(tmp_path / "admin" / "index.html")
    assert handler.translate_path("/admin/../../etc/passwd") == str(
        tmp_path / "admin" / "etc" / "passwd"
    )
    assert (
        handler.translate_path("/boletines/")
        == str(tmp_path / "output" / "boletines") + "/"
    )


def test_outside_a_git_repository_it_refuses_in_spanish(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert command.main(["--no-build"]) == 2
    err = capsys.readouterr().err
    assert "no es un repositorio de git" in err and "Traceback" not in err


def test_a_port_in_use_is_named(tmp_path, monkeypatch, capsys):
    root, _ = project(tmp_path)
    subprocess.run(["git", "init", "-q", str(root)], check=True)  # noqa: S607
    monkeypatch.chdir(root)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert command.main(["--no-build", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"El puerto {port} ya está en uso" in err
