"""STAND-IN for part A (issue 18): the Decap configuration, written by hand for
bulletins, plans and pages so the admin page can be developed. At merge the
lead takes part A's file, generated from our schemas; only ``editor_config``
and ``write_config`` are used from here."""

from __future__ import annotations

import yaml

STANDIN = True


def _areas(settings: dict) -> list[dict]:
    return [{"label": name, "value": key} for key, name in settings["AREAS"].items()]


def _day(name: str, label: str, required: bool = True) -> dict:
    return {
        "name": name,
        "label": label,
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": False,
        "required": required,
    }


def _moment(name: str, label: str, required: bool = True) -> dict:
    return {
        "name": name,
        "label": label,
        "widget": "datetime",
        "format": "YYYY-MM-DD HH:mm",
        "required": required,
    }


def _text(name, label, required=True, widget="string"):
    return {"name": name, "label": label, "widget": widget, "required": required}


def _status() -> dict:
    return {"name": "status", "label": "Estado", "widget": "hidden", "required": False}


def _history() -> dict:
    return {
        "name": "history",
        "label": "Historial de cambios",
        "widget": "list",
        "required": False,
        "fields": [_day("date", "Fecha"), _text("text", "Qué cambió", widget="text")],
    }


def _bulletin(settings: dict) -> dict:
    return {
        "name": "bulletin",
        "label": "Boletines",
        "label_singular": "Boletín",
        "folder": "content/boletines",
        "create": True,
        "format": "portal-md",
        "extension": "md",
        "path": "{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}",
        "slug": "{{slug}}",
        "media_folder": "imagenes",
        "public_folder": "imagenes",
        "fields": [
            _text("title", "Titular"),
            _moment("date", "Fecha y hora de publicación"),
            {
                "name": "area",
                "label": "Área",
                "widget": "select",
                "options": _areas(settings),
            },
            _text("summary", "Resumen", widget="text"),
            {"name": "tags", "label": "Temas", "widget": "list", "required": False},
            {
                "name": "image",
                "label": "Imagen",
                "widget": "object",
                "required": False,
                "fields": [
                    {"name": "src", "label": "Archivo JPEG", "widget": "image"},
                    _text("alt", "Texto alternativo"),
                    _text("credit", "Crédito"),
                ],
            },
            {
                "name": "corrections",
                "label": "Fe de erratas",
                "widget": "list",
                "required": False,
                "fields": [
                    _day("date", "Fecha"),
                    _text("text", "Qué se corrigió", widget="text"),
                ],
            },
            _moment("modified", "Actualizado", required=False),
            _status(),
            _history(),
            {"name": "body", "label": "Texto", "widget": "markdown", "modes": ["raw"]},
        ],
    }


def _plan(settings: dict) -> dict:
    activity = [
        _text("id", "Identificador"),
        _text("name", "Actividad"),
        _text("months", "Meses"),
        {
            "name": "area",
            "label": "Área",
            "widget": "select",
            "required": False,
            "options": _areas(settings),
        },
    ]
    concept = [_text("name", "Concepto"), _text("amount", "Monto")]
    return {
        "name": "plan",
        "label": "Planes",
        "label_singular": "Plan",
        "folder": "content/planes",
        "create": True,
        "format": "portal-md",
        "extension": "md",
        "slug": "{{slug}}",
        "fields": [
            _text("title", "Nombre del plan"),
            _text("period", "Periodo"),
            {
                "name": "area",
                "label": "Área",
                "widget": "select",
                "options": _areas(settings),
            },
            _text("summary", "Resumen", widget="text"),
            _day("approved", "Aprobado"),
            _day("validated", "Validado", required=False),
            _text("note", "Nota", required=False, widget="text"),
            _text("document", "Documento aprobado (PDF)", required=False),
            {
                "name": "activities",
                "label": "Actividades",
                "widget": "list",
                "fields": activity,
            },
            {
                "name": "budget",
                "label": "Presupuesto",
                "widget": "object",
                "required": False,
                "fields": [
                    {
                        "name": "currency",
                        "label": "Moneda",
                        "widget": "select",
                        "options": ["MXN"],
                    },
                    _text("total", "Total"),
                    {
                        "name": "concepts",
                        "label": "Conceptos",
                        "widget": "list",
                        "fields": concept,
                    },
                ],
            },
            _status(),
            _history(),
            {"name": "body", "label": "Texto", "widget": "markdown", "modes": ["raw"]},
        ],
    }


def _page(settings: dict) -> dict:
    return {
        "name": "page",
        "label": "Páginas",
        "label_singular": "Página",
        "folder": "content/paginas",
        "create": True,
        "format": "portal-md",
        "extension": "md",
        "slug": "{{slug}}",
        "fields": [
            _text("title", "Título"),
            _text("summary", "Resumen", required=False, widget="text"),
            _moment("modified", "Actualizado", required=False),
            _status(),
            _history(),
            {"name": "body", "label": "Texto", "widget": "markdown", "modes": ["raw"]},
        ],
    }


def editor_config(settings: dict, backend: str = "local") -> dict:
    return {
        "backend": {"name": "git-gateway", "branch": "main"},
        "local_backend": {"url": "http://localhost:8081/api/v1"},
        "locale": "es",
        "publish_mode": "editorial_workflow",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "media_folder": "content/imagenes",
        "public_folder": "imagenes",
        "collections": [_bulletin(settings), _plan(settings), _page(settings)],
    }


def write_config(path, settings: dict, backend: str = "local") -> None:
    with open(path, "w", encoding="utf-8") as handle:
        yaml.safe_dump(
            editor_config(settings, backend), handle, allow_unicode=True, sort_keys=False
        )
