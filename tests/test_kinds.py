"""The registry of kinds: each entry points at things that exist, and every list
that names the kinds (folders, schemas, the stray-file message, make nuevo) is
the registry's."""

from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

import pytest

from conftest import ROOT
from content_schema.kinds import KIND_BY_FOLDER, KINDS, schema_for, stray_file_message
from portal.commands.new import TYPES

pytestmark = pytest.mark.unit

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
TEMPLATES = ROOT / "theme" / "templates"


def test_keys_folders_and_types_are_unique():
    for attribute in ("key", "folder", "new_type", "guide_section"):
        values = [getattr(kind, attribute) for kind in KINDS]
        assert len(set(values)) == len(values), attribute


def test_every_content_folder_is_a_kind_or_static():
    folders = {p.name for p in (ROOT / "content").iterdir() if p.is_dir()}
    assert folders - set(SETTINGS["STATIC_PATHS"]) == set(KIND_BY_FOLDER)


def test_pelican_reads_exactly_the_kinds_marked_for_it():
    by_pelican = {kind.folder for kind in KINDS if kind.read_by_pelican}
    assert by_pelican == {*SETTINGS["ARTICLE_PATHS"], *SETTINGS["PAGE_PATHS"]}


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_entry_points_at_what_exists(kind):
    assert isinstance(kind.model_class(), type)
    for template in kind.templates:
        assert (TEMPLATES / f"{template}.html").is_file(), template
    for setting in [name for names in kind.feeds.values() for name in names]:
        assert isinstance(SETTINGS[setting], str), setting
    assert schema_for(kind.key, SETTINGS) == kind.schema(SETTINGS)
    assert kind.the_name and kind.a_name


def test_pelican_builds_bulletin_and_page_urls_as_the_registry_says():
    kinds = {kind.key: kind for kind in KINDS}
    when = dt.date(2021, 7, 2)
    assert SETTINGS["ARTICLE_URL"].format(date=when, slug="feria") == kinds[
        "bulletin"
    ].url.format(year=2021, slug="feria")
    assert SETTINGS["PAGE_URL"].format(slug="aviso") == kinds["page"].url.format(
        slug="aviso"
    )


def test_the_stray_file_message_names_every_folder_in_order():
    message = stray_file_message()
    places = [message.index(kind.where) for kind in KINDS]
    assert places == sorted(places)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_starter_lands_in_its_kinds_folder(kind):
    today = dt.date(2021, 7, 2)
    path, text, *_ = kind.starter("Feria del empleo", today, dt.datetime(2021, 7, 2, 10))
    assert Path(path).parts[:2] == ("content", kind.folder)
    assert "status: draft" in text


def test_make_nuevo_offers_the_registrys_types():
    assert tuple(kind.new_type for kind in KINDS) == TYPES
