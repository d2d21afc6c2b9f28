"""The editor's whole Decap CMS configuration (``admin/config.yml``), generated.

One collection per kind of ``content_schema.kinds``, its fields from the
kind's schema (``fields.form_fields``): the forms cannot disagree with the
checks because both read the same schema. The backend is Decap's local one
for ``make editor`` (``local_backend: true``: decap-server writes into this
working tree) over the Git host the office uses for real (``EDITOR_*``
settings); drafts go through Decap's editorial workflow.

A gallery is two files, ``index.md`` and ``fotos.yml``, and a Decap entry is
one: the gallery collection edits ``index.md`` and the «Fotos de galerías»
collection edits ``fotos.yml`` of the same folder (format ``portal-fotos``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

import yaml

from content_schema.kinds import KIND_BY_KEY, KINDS

from .fields import FormContext, form_fields
from .labels import label
from .naming import IDENTIFIERS, NAMINGS, collection_name

FORMAT = "portal-md"
PHOTOS_FORMAT = "portal-fotos"
PHOTOS_COLLECTION = "galerias-fotos"
GUIDE = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "guia-de-contenido.md")
BACKENDS = ("local", "gitea", "github", "gitlab")
HOSTS = BACKENDS[1:]
AUTH_ENDPOINTS = {
    "gitea": "login/oauth/authorize",
    "gitlab": "oauth/authorize",
    "github": "auth",
}
COMMIT_MESSAGES = {
    "create": "Nuevo en {{collection}}: «{{slug}}» (editor)",
    "update": "Cambio en {{collection}}: «{{slug}}» (editor)",
    "delete": "Borrado en {{collection}}: «{{slug}}» (editor)",
    "uploadMedia": "Archivo nuevo: {{path}} (editor)",
    "deleteMedia": "Archivo borrado: {{path}} (editor)",
}


def editor_config(settings: dict, backend: str = "local") -> dict:
    """The whole config for ``backend`` ("local", "gitea", "github", "gitlab")."""
    hints = guide_hints()
    collections = [collection_for(kind.key, settings, hints) for kind in KINDS]
    collections.insert(
        [c["name"] for c in collections].index(collection_name(KIND_BY_KEY["gallery"])) + 1,
        photos_collection(settings, hints),
    )
    config = {
        "backend": backend_block(settings, backend),
        "locale": "es",
        "publish_mode": "editorial_workflow",
        "media_folder": "content/extra",
        "public_folder": "/extra",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collections,
    }
    if backend == "local":
        config["local_backend"] = True
    return config


def backend_block(settings: Mapping, backend: str) -> dict:
    """Decap's ``backend`` block of a Git host, from the ``EDITOR_*`` settings.

    For "local" it is the block of ``EDITOR_BACKEND`` (Gitea while that is
    "local"): decap-server stands in for it, and switching is one setting.
    """
    host = backend
    if backend == "local":
        chosen = settings.get("EDITOR_BACKEND") or "local"
        host = chosen if chosen in HOSTS else "gitea"
    if host not in HOSTS:
        raise ValueError(f"EDITOR_BACKEND: '{backend}' no es uno de: {', '.join(BACKENDS)}")
    block = {
        "name": host,
        "repo": settings.get("EDITOR_REPO") or "comunicacion-social/portal",
        "branch": settings.get("EDITOR_BRANCH") or "main",
    }
    base_url = settings.get("EDITOR_BASE_URL")
    api_root = settings.get("EDITOR_API_ROOT")
    if host == "gitea":
        base_url = base_url or "https://git.example.org"
        api_root = api_root or base_url.rstrip("/") + "/api/v1"
    elif host == "gitlab":
        block["auth_type"] = "pkce"
        if base_url and not api_root:
            api_root = base_url.rstrip("/") + "/api/v4"
    if host in ("gitea", "gitlab"):
        block["app_id"] = settings.get("EDITOR_APP_ID") or ""
    if base_url:
        block["base_url"] = base_url
    if api_root:
        block["api_root"] = api_root
    block["auth_endpoint"] = settings.get("EDITOR_AUTH_ENDPOINT") or AUTH_ENDPOINTS[host]
    block["commit_messages"] = COMMIT_MESSAGES
    return block


def collection_for(kind: str, settings: Mapping, hints: Mapping | None = None) -> dict:
    """The Decap collection of one kind: its folder, file names and fields."""
    entry = KIND_BY_KEY[kind]
    naming = NAMINGS[kind]
    hints = guide_hints().get(kind, {}) if hints is None else hints.get(kind, {})
    ctx = FormContext(relation=_relations(settings), hints=hints)
    fields = form_fields(entry.schema(settings), ctx)
    fields.append(
        {
            "label": label("body"),
            "name": "body",
            "widget": "markdown",
            # Markdown as the guide teaches it: Decap's rich-text mode
            # re-serializes the text (list marks, escapes), and the file would
            # no longer be what the staff member wrote.
            "modes": ["raw"],
            "required": entry.needs_body,
            "hint": "El texto que va debajo del encabezado, en Markdown.",
        }
    )
    names = [f["name"] for f in fields]
    identifier = IDENTIFIERS.get(kind, "title")
    collection = {
        "name": collection_name(entry),
        "label": entry.guide_section.split(" ", 1)[1],
        "label_singular": entry.a_name.split(" ", 1)[1] if entry.a_name else kind,
        "folder": f"content/{entry.folder}",
        "extension": "md",
        "format": FORMAT,
        "create": True,
        "slug": naming.slug,
        "identifier_field": identifier if identifier in names else names[0],
        "summary": _summary(names),
        "fields": fields,
    }
    if naming.path != "{{slug}}":
        collection["path"] = naming.path
    if naming.media is not None:
        collection["media_folder"] = naming.media
        collection["public_folder"] = naming.media
    return collection


def photos_collection(settings: Mapping, hints: Mapping) -> dict:
    """``fotos.yml`` of each gallery folder: the list of its photos."""
    gallery = KIND_BY_KEY["gallery"]
    ctx = FormContext(relation=_relations(settings), hints=hints.get("gallery", {}))
    photo = form_fields(gallery.parts["fotos.yml"], ctx)
    folder = {
        "label": label("gallery_folder"),
        "name": "gallery_folder",
        "widget": "string",
        "required": False,
        "pattern": [r"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$", "AAAA-MM-DD-nombre"],
        "hint": "Solo al crear: el nombre de la carpeta de la galería "
        "(AAAA-MM-DD-nombre). No se escribe en fotos.yml.",
    }
    return {
        "name": PHOTOS_COLLECTION,
        "label": "Fotos de galerías (fotos.yml)",
        "label_singular": "lista de fotos",
        "folder": f"content/{gallery.folder}",
        "path": "{{slug}}/fotos",
        "extension": "yml",
        "format": PHOTOS_FORMAT,
        "create": True,
        "slug": "{{fields.gallery_folder}}",
        "identifier_field": "gallery_folder",
        "summary": "{{dirname}}",
        "media_folder": "",
        "public_folder": "",
        "fields": [
            folder,
            {
                "label": label("fotos"),
                "name": "fotos",
                "widget": "list",
                "required": True,
                "min": 1,
                "summary": "{{fields.file}}",
                "fields": photo,
            },
        ],
    }


def _relations(settings: Mapping):
    """Kind key -> (collection, value field, fields to search) of a kind named
    by its file name; None for one named by its folder (or a plan's activity,
    an indicator), which is typed as the guide writes it."""
    return lambda kind: _relation_target(kind, settings)


def _relation_target(kind: str, settings: Mapping) -> tuple[str, str, list[str]] | None:
    entry = KIND_BY_KEY.get(kind)
    if entry is None or not NAMINGS[kind].value:
        return None
    names = entry.schema(settings)
    search = ["title"] if "title" in names else [IDENTIFIERS.get(kind, next(iter(names)))]
    return collection_name(entry), NAMINGS[kind].value, search


def _summary(names: list[str]) -> str:
    for first in ("title", "company", "number", "year"):
        if first in names:
            date = next((d for d in ("date", "start", "signed", "month") if d in names), "")
            return f"{{{{{first}}}}}" + (f" · {{{{{date}}}}}" if date else "")
    return "{{slug}}"


def guide_hints(path: str = GUIDE) -> dict[str, dict[str, str]]:
    """Kind key -> field ("image.src", "activities[].id") -> the guide's «qué va»."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    hints: dict[str, dict[str, str]] = {}
    for kind in KINDS:
        start = text.find(f"### {kind.guide_section}\n")
        end = text.find("\n### ", start + 1)
        section = text[start:end] if start >= 0 else ""
        rows = hints.setdefault(kind.key, {})
        prefixes = [""]
        for line in section.splitlines():
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
            if len(cells) < 3:
                continue
            if under := re.fullmatch(r"campo de `([a-z_.]+)`", cells[0]):  # a sub-table
                prefixes = [f"{under[1]}[].", f"{under[1]}."]
            elif cells[0] == "campo":
                prefixes = [""]
            match = re.fullmatch(r"`([a-z_.\[\]]+)`", cells[0])
            for prefix in prefixes if match else ():
                rows.setdefault(prefix + match[1], _plain(cells[2]))
    return hints


def _plain(cell: str) -> str:
    cell = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", cell)
    return cell.replace("`", "").replace("**", "").replace("\\|", "|")


def write_config(path, settings: dict, backend: str = "local") -> None:
    """``admin/config.yml``: YAML, in Spanish, written whole or not at all."""
    text = yaml.safe_dump(
        editor_config(settings, backend), allow_unicode=True, sort_keys=False, width=100
    )
    temporary = f"{path}.tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)
