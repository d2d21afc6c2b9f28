"""Assemble the editor's admin folder: Decap's bundle from node_modules, our
page and scripts from theme/admin/, config.yml from our schemas and the data
the preview needs (month names, areas, the site's CSS).

The folder lives outside output/ (a build would delete what it did not write)
and outside git (decap-server's git mode commits with ``git add .``), so the
public site never carries the admin page.
"""

from __future__ import annotations

import glob
import json
import os
import shutil

import yaml

from assets import hashed_name
from portal.editor.config import editor_config, write_config
from spanish_dates.formatting import month_names

BUNDLE = os.path.join("node_modules", "decap-cms", "dist")
SERVER = os.path.join("node_modules", "decap-server", "dist", "index.js")
OUR_FILES = ("index.html", "formato-portal.js", "preview.js", "flujo.js")


class AdminError(Exception):
    """Something the admin page needs is missing; the message is for staff."""


def bundle_files(project: str) -> list[str]:
    """decap-cms.js and the chunks and WebAssembly it loads on demand (no maps)."""
    folder = os.path.join(project, BUNDLE)
    main = os.path.join(folder, "decap-cms.js")
    if not os.path.isfile(main):
        raise AdminError(
            f"Falta {os.path.relpath(main, project)}: instale los paquetes de npm con "
            "«npm ci» (make editor lo hace solo)."
        )
    chunks = glob.glob(os.path.join(folder, "*.decap-cms.js"))
    return [main, *sorted(chunks), *sorted(glob.glob(os.path.join(folder, "*.wasm")))]


def site_css(settings: dict, output: str) -> str:
    """The address of the built portal.css (its name carries a digest, plugins/assets)."""
    static = os.path.join(settings["THEME"], "static")
    relative = f"{settings['THEME_STATIC_DIR']}/{hashed_name(static, 'css/portal.css')}"
    if not os.path.isfile(os.path.join(output, relative)):
        raise AdminError(
            f"Falta {relative} en {output}: construya el sitio (make html) antes de "
            "abrir el editor; la vista previa usa su hoja de estilos."
        )
    return "/" + relative


def portal_data(settings: dict, css: str, proxy_url: str | None, branch: str) -> str:
    data = {
        "months": list(month_names()),
        "areas": dict(settings["AREAS"]),
        "css": css,
        "proxy": proxy_url,
        "branch": branch,
    }
    return "window.PORTAL = " + json.dumps(data, ensure_ascii=False, indent=1) + ";\n"


def assemble(
    folder: str,
    project: str,
    settings: dict,
    output: str,
    proxy_port: int = 8081,
    backend: str = "local",
) -> dict:
    """Write the admin folder afresh; returns the Decap config it wrote."""
    css = site_css(settings, output)
    files = bundle_files(project)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for path in files:
        shutil.copy2(path, folder)
    theme_admin = os.path.join(project, "theme", "admin")
    for name in OUR_FILES:
        shutil.copy2(os.path.join(theme_admin, name), folder)
    config_path = os.path.join(folder, "config.yml")
    write_config(config_path, settings, backend)
    config = editor_config(settings, backend)
    proxy_url = None
    if backend == "local":
        proxy_url = f"http://localhost:{proxy_port}/api/v1"
        local = config.get("local_backend")
        if not isinstance(local, dict) or local.get("url") != proxy_url:
            config["local_backend"] = {"url": proxy_url}
            with open(config_path, "w", encoding="utf-8") as handle:
                yaml.safe_dump(config, handle, allow_unicode=True, sort_keys=False)
    branch = config.get("backend", {}).get("branch", "main")
    with open(os.path.join(folder, "portal-datos.js"), "w", encoding="utf-8") as handle:
        handle.write(portal_data(settings, css, proxy_url, branch))
    return config
