"""The registry of kinds against what is written apart from it: the sample
content's folders and files, Pelican's settings, the theme's templates, and the
Makefile's TIPO list (the README's and the guide's are in test_content_guide)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import runpy
from pathlib import Path

import pytest

from conftest import ROOT
from content_schema.kinds import KIND_BY_FOLDER, KINDS, stray_file_message
from portal.commands import new

pytestmark = pytest.mark.unit

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
TEMPLATES = ROOT / "theme" / "templates"


def test_keys_folders_and_types_are_unique():
    for attribute in ("key", "folder", "new_type", "guide_section"):
        values = [getattr(kind, attribute) for kind in KINDS]
        assert len(set(values)) == len(values), attribute


def test_every_content_folder_is_a_kind_or_static():
    """A kind's folder is one level (``agenda``) or two (``publicidad/campanas``)."""
    kinds = set(KIND_BY_FOLDER)
    found = set()
    for path in (ROOT / "content").iterdir():
        if not path.is_dir() or path.name in SETTINGS["STATIC_PATHS"]:
            continue
        if path.name in kinds:
            found.add(path.name)
        else:  # a group of kinds: each of its folders is one
            found |= {f"{path.name}/{p.name}" for p in path.iterdir() if p.is_dir()}
    assert found == kinds


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


PLACEHOLDERS = {"AAAA-MM-DD-nombre": r"\d{4}-\d{2}-\d{2}-[a-z0-9-]+", "AAAA": r"\d{4}"}


def places_in(message: str) -> list[str]:
    """The folders a message lists: «se espera en A, B o C, con extensión .md»."""
    listed = message.split("se espera en ", 1)[1].split(", con extensión", 1)[0]
    return re.split(r", | o ", listed)


def test_the_stray_file_message_says_where_the_sample_content_lives():
    patterns = {}
    for place in places_in(stray_file_message()):
        regex = re.escape(place)
        for written, meant in PLACEHOLDERS.items():
            regex = regex.replace(re.escape(written), meant)
        patterns[place] = re.compile(regex + r"[^/]+\.md")
    used = set()
    for path in sorted((ROOT / "content").rglob("*.md")):
        shown = path.relative_to(ROOT).as_posix()
        fits = [place for place, regex in patterns.items() if regex.fullmatch(shown)]
        assert len(fits) == 1, (shown, fits)
        used.update(fits)
    assert used == set(patterns), "a place the message names has no sample file"


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_starter_lands_in_its_kinds_folder(kind):
    today = dt.date(2021, 7, 2)
    path, text, *_ = kind.starter("Feria del empleo", today, dt.datetime(2021, 7, 2, 10))
    depth = 1 + len(Path(kind.folder).parts)
    assert Path(path).parts[:depth] == ("content", *Path(kind.folder).parts)
    assert "status: draft" in text


def makefile_tipos() -> list[str]:
    """The TIPO list of the Makefile's help comment: «(boletin, galeria, … ;»."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"make nuevo TIPO=.*?\((?P<list>[^;]*);", text, re.S)["list"]
    return re.findall(r"[a-z]+", listed)


def run_nuevo(*args) -> tuple[int, str]:
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
        code = new.main(list(args))
    return code, errors.getvalue()


def test_make_nuevo_accepts_and_offers_what_the_makefile_lists(tmp_path):
    code, message = run_nuevo("otro", "Feria", "--raiz", str(tmp_path))
    assert code == 2
    assert message.strip().endswith("se espera uno de: " + ", ".join(makefile_tipos()))
    for tipo in makefile_tipos():
        code, message = run_nuevo(tipo, "Feria del empleo", "--fecha", "2021-07-02",
                                  "--raiz", str(tmp_path / tipo))  # fmt: skip
        assert code == 0, (tipo, message)
        assert len(list((tmp_path / tipo / "content").rglob("*.md"))) == 1, tipo
