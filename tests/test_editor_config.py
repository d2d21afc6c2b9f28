"""The editor's configuration against our schemas: one collection per kind,
one form field per schema field and no other, the same required fields, the
same choices, dates in our format, and file names as ``make nuevo`` writes."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from editor_support import settings

from content_schema.fields import Choice, DateTime, LocalFile, Record, RecordList
from content_schema.kinds import KIND_BY_KEY, KINDS
from content_schema.publicity_fields import Catalogue, CatalogueList
from content_schema.starters import slugify
from portal.editor.config import (
    FORMAT,
    PHOTOS_COLLECTION,
    collection_for,
    editor_config,
    write_config,
)
from portal.editor.fields import kind_labels
from portal.editor.labels import LABELS
from portal.editor.naming import collection_name

pytestmark = pytest.mark.unit

SETTINGS = settings()
CONFIG = editor_config(SETTINGS)
COLLECTIONS = {c["name"]: c for c in CONFIG["collections"]}
KEYS = [kind.key for kind in KINDS]
# Form fields that are not in the file's header: the text below it, and the
# photo list's folder name (its file is inside that folder).
NOT_IN_SCHEMA = {"body", "gallery_folder"}


def collection(kind: str) -> dict:
    return COLLECTIONS[collection_name(KIND_BY_KEY[kind])]


def mismatches(specs, fields, path="") -> list[str]:
    """Every difference between a schema and its form, nested lists included."""
    found = []
    form = {f["name"]: f for f in fields if f["name"] not in NOT_IN_SCHEMA or path}
    for name in specs.keys() - form.keys():
        found.append(f"{path}{name}: campo del esquema sin campo en el formulario")
    for name in form.keys() - specs.keys():
        found.append(f"{path}{name}: campo del formulario que el esquema no tiene")
    for name in specs.keys() & form.keys():
        spec, field = specs[name], form[name]
        here = f"{path}{name}"
        if spec.required != field["required"]:
            found.append(
                f"{here}: obligatorio {spec.required} en el esquema y no en la forma"
            )
        kind = spec.kind
        if isinstance(kind, RecordList | Record):
            sub = kind.record.fields if isinstance(kind, RecordList) else kind.fields
            if "fields" not in field:
                found.append(f"{here}: el formulario no tiene sus campos")
            else:
                found += mismatches(sub, field["fields"], here + ".")
            widget = "list" if isinstance(kind, RecordList) else "object"
            if field["widget"] != widget:
                found.append(f"{here}: se espera el widget {widget}")
        elif "fields" in field:
            found.append(f"{here}: el formulario tiene campos que el esquema no")
        choices = _choices(kind)
        if choices is not None:
            options = [o["value"] for o in field.get("options", [])]
            if field["widget"] != "select" or options != list(choices):
                found.append(f"{here}: opciones {options}, el esquema {list(choices)}")
        if isinstance(kind, DateTime) and field["widget"] != "datetime":
            found.append(f"{here}: una fecha se escribe con el widget datetime")
    return found


def _choices(kind):
    if isinstance(kind, Choice):
        return kind.choices
    if isinstance(kind, Catalogue | CatalogueList):
        return kind_labels(kind)
    return None


def test_every_kind_has_one_collection_in_our_format():
    names = [collection_name(kind) for kind in KINDS]
    assert [
        c["name"] for c in CONFIG["collections"] if c["name"] != PHOTOS_COLLECTION
    ] == names
    for kind in KINDS:
        found = collection(kind.key)
        assert found["folder"] == f"content/{kind.folder}"
        assert found["format"] == FORMAT and found["create"] is True


@pytest.mark.parametrize("kind", KEYS)
def test_the_form_has_exactly_the_schemas_fields(kind):
    fields = collection(kind)["fields"]
    assert mismatches(KIND_BY_KEY[kind].schema(SETTINGS), fields) == []
    body = [f for f in fields if f["name"] == "body"]
    assert body and body[0]["widget"] == "markdown"
    assert body[0]["required"] == KIND_BY_KEY[kind].needs_body


def test_the_photo_list_has_exactly_the_photo_fields():
    photos = COLLECTIONS[PHOTOS_COLLECTION]
    (listed,) = [f for f in photos["fields"] if f["name"] == "fotos"]
    assert mismatches(KIND_BY_KEY["gallery"].parts["fotos.yml"], listed["fields"]) == []
    assert photos["path"] == "{{slug}}/fotos" and photos["extension"] == "yml"


def test_the_walk_finds_what_it_is_meant_to_find():
    """A form that lost a nested field, made a field optional or dropped an
    area is told apart: the comparison above would catch each."""
    plan = KIND_BY_KEY["plan"].schema(SETTINGS)
    fields = yaml.safe_load(yaml.safe_dump(collection("plan")["fields"]))
    budget = next(f for f in fields if f["name"] == "budget")
    concepts = next(f for f in budget["fields"] if f["name"] == "concepts")
    concepts["fields"].pop()  # amount
    next(f for f in fields if f["name"] == "title")["required"] = False
    next(f for f in fields if f["name"] == "area")["options"].pop()
    fields.append({"name": "extra", "widget": "string", "required": False})
    found = "\n".join(mismatches(plan, fields))
    for expected in (
        "budget.concepts.amount",
        "title: obligatorio",
        "area: opciones",
        "extra",
    ):
        assert expected in found


def test_areas_and_verdicts_come_from_the_settings_with_their_names():
    area = next(f for f in collection("bulletin")["fields"] if f["name"] == "area")
    assert [o["value"] for o in area["options"]] == list(SETTINGS["AREAS"])
    assert all(SETTINGS["AREAS"][o["value"]] in o["label"] for o in area["options"])
    verdict = next(
        f for f in collection("clarification")["fields"] if f["name"] == "verdict"
    )
    keys = [v["key"] for v in SETTINGS["CLARIFICATION_VERDICTS"]]
    assert [o["value"] for o in verdict["options"]] == keys


def test_dates_are_pickers_in_our_format():
    def walk(fields, specs):
        for field in fields:
            spec = specs.get(field["name"])
            if spec is None:
                continue
            if isinstance(spec.kind, DateTime):
                if spec.kind.date_only:
                    assert field["format"] == "YYYY-MM-DD" and field["time_format"] is False
                else:
                    assert field["format"] == "YYYY-MM-DD HH:mm"
                    assert field["time_format"] == "HH:mm"
                assert field["picker_utc"] is False
                assert spec.required or field["default"] == ""
            sub = getattr(spec.kind, "record", spec.kind)
            if isinstance(sub, Record):
                walk(field["fields"], sub.fields)

    for kind in KINDS:
        walk(collection(kind.key)["fields"], kind.schema(SETTINGS))


def test_images_are_uploads_with_required_alt_text_and_credit():
    image = next(f for f in collection("bulletin")["fields"] if f["name"] == "image")
    parts = {f["name"]: f for f in image["fields"]}
    assert parts["src"]["widget"] == "image"
    assert parts["alt"]["required"] and parts["credit"]["required"]
    assert collection("bulletin")["media_folder"] == "imagenes"
    for kind in KINDS:  # every JPEG of every kind is an image upload
        _files(collection(kind.key)["fields"], kind.schema(SETTINGS))


def _files(fields, specs):
    for field in fields:
        spec = specs.get(field["name"])
        if spec is None:
            continue
        if isinstance(spec.kind, LocalFile):
            assert field["widget"] in ("image", "file") and field["choose_url"] is False
        sub = getattr(spec.kind, "record", spec.kind)
        if isinstance(sub, Record):
            _files(field["fields"], sub.fields)


def test_every_field_has_a_spanish_label():
    names = set()

    def walk(fields):
        for field in fields:
            names.add(field["name"])
            walk(field.get("fields", []))

    for found in CONFIG["collections"]:
        walk(found["fields"])
    assert names - LABELS.keys() == set()


def _prepare(template: str) -> str:
    """What Decap does to a path template before filling it (prepareSlug)."""
    return template.strip().lower().replace("'", "").replace(".", "-")


def _compile(template: str, data: dict, slug: str, date: dt.datetime) -> str:
    """Decap's slug and path templates, as far as ours use them."""

    def one(match):
        name, fmt = match["name"], match["fmt"]
        if name == "slug":
            return slug
        if name == "year":  # the entry's "date" field, else today (in UTC)
            return f"{date:%Y}"
        value = str(data[name.removeprefix("fields.")])
        if fmt is None:
            return value
        when = dt.datetime.fromisoformat(value if len(value) > 7 else value + "-01")
        return when.strftime(
            fmt.replace("YYYY", "%Y").replace("MM", "%m").replace("DD", "%d")
        )

    pattern = r"\{\{(?P<name>[a-z_.]+)(?: \| date\('(?P<fmt>[YMD-]+)'\))?\}\}"
    return re.sub(pattern, one, template)


@pytest.mark.parametrize("kind", KEYS)
def test_a_new_entry_gets_the_file_name_make_nuevo_gives(kind):
    entry, found = KIND_BY_KEY[kind], collection(kind)
    when = dt.datetime(2021, 3, 10, 10, 30)
    data = {"date": "2021-03-10 10:30", "start": "2021-03-10", "signed": "2021-03-10",
            "month": "2021-03", "year": 2021, "quarter": 1}  # fmt: skip
    names = [f["name"] for f in found["fields"]]
    today = when if "date" in names else dt.datetime(2021, 4, 2)  # written the next month
    title = "Feria del Empleo: ¡300 vacantes!"
    identifier = found["identifier_field"]
    assert identifier in names
    required = {f["name"] for f in found["fields"] if f["required"]}
    assert identifier in required or kind == "provider"  # a person has no company
    slug = _compile(found["slug"], data, slugify(title), today)
    path = found.get("path", "{{slug}}")
    assert _prepare(path) == path, "Decap cambiaría esta plantilla de path"
    written = f"{found['folder']}/{_compile(path, data, slug, today)}.{found['extension']}"
    if identifier not in ("title", "company"):  # named by its number: make nuevo asks none
        title = str(data.get(identifier, title))
    expected = entry.starter(title, when.date(), when)[0]
    if entry.key == "air_time":
        expected = re.sub(r"-t\d", "-t1", expected)
    assert written == expected


def test_the_backends_read_the_editor_settings():
    local = editor_config(SETTINGS, "local")
    assert local["local_backend"] is True and local["backend"]["name"] == "gitea"
    assert local["locale"] == "es" and local["publish_mode"] == "editorial_workflow"
    office = {**SETTINGS, "EDITOR_REPO": "cs/portal", "EDITOR_BRANCH": "publicado",
              "EDITOR_BASE_URL": "https://git.municipio.gob.mx", "EDITOR_APP_ID": "abc"}  # fmt: skip
    gitea = editor_config(office, "gitea")
    assert "local_backend" not in gitea
    assert gitea["backend"] | {"commit_messages": None} == {
        "name": "gitea",
        "repo": "cs/portal",
        "branch": "publicado",
        "app_id": "abc",
        "base_url": "https://git.municipio.gob.mx",
        "api_root": "https://git.municipio.gob.mx/api/v1",
        "auth_endpoint": "login/oauth/authorize",
        "commit_messages": None,
    }
    gitlab = editor_config(office, "gitlab")["backend"]
    assert gitlab["auth_type"] == "pkce" and gitlab["api_root"].endswith("/api/v4")
    assert editor_config(office, "github")["backend"]["name"] == "github"
    assert (
        editor_config({**office, "EDITOR_BACKEND": "gitlab"})["backend"]["name"] == "gitlab"
    )


def test_write_config_writes_the_same_config_as_yaml(tmp_path):
    path = tmp_path / "config.yml"
    write_config(path, SETTINGS)
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == CONFIG
    assert "Boletín" in path.read_text(
        encoding="utf-8"
    )  # written as UTF-8, not \\u escapes
    assert collection_for("bulletin", SETTINGS) == collection("bulletin")


def test_references_pick_from_the_collection_they_name():
    def walk(fields):
        for field in fields:
            if field["widget"] == "relation":
                target = COLLECTIONS[field["collection"]]
                assert field["value_field"] == "{{filename}}"
                assert "path" not in target or target["path"].endswith("{{slug}}")
                names = [f["name"] for f in target["fields"]]
                assert set(field["search_fields"]) <= set(names)
                found.append(field["name"])
            walk(field.get("fields", []))

    found = []
    for each in CONFIG["collections"]:
        walk(each["fields"])
    assert {"bulletin", "plan", "event", "provider", "campaigns"} <= set(found)
