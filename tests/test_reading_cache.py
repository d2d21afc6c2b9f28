"""The reading cache answers only for the same bytes, settings and side files,
never keeps a file with a problem, and drops an unreadable file with a line."""

from __future__ import annotations

import pickle
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT
from content_schema.errors import ContentReport
from content_schema.prefetch import prefetch
from content_schema.reading import read_content
from content_schema.reading_cache import FILE_NAME, cache_for, save_all
from portal_settings import load
from run_state import begin

pytestmark = pytest.mark.unit

BULLETIN = """---
title: "Jornada de limpieza en el arroyo"
date: 2021-03-05 10:00
area: {area}
summary: "Vecinos y personal del municipio limpiaron el arroyo."
tags: ["medio ambiente"]
{extra}---

San Isidro del Monte, Jal., 5 de marzo de 2021.— Se limpiaron 2 km del arroyo.
"""
NAME = "2021-03-05-jornada-de-limpieza.md"
SAMPLE_PHOTO = (
    ROOT / "content/boletines/2021/imagenes/2021-01-12-presenta-plan-operativo-anual.jpg"
)


def settings_with(tmp_path: Path, **overrides):
    settings = load(
        str(ROOT / "pelicanconf.py"),
        {
            "PATH": str(tmp_path / "content"),
            "CACHE_PATH": str(tmp_path / "cache"),
            **overrides,
        },
    )
    begin(settings)  # a new build: its own state, the cache read from disk
    return settings


def write_bulletin(tmp_path: Path, area="salud", extra="", name=NAME) -> Path:
    path = tmp_path / "content" / "boletines" / "2021" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(BULLETIN.format(area=area, extra=extra), encoding="utf-8")
    return path


def read(path: Path, settings, report=None):
    report = ContentReport() if report is None else report
    return read_content(str(path), "bulletin", settings, report)


def finish(settings) -> None:
    save_all(SimpleNamespace(settings=settings))  # Pelican's finalized


def test_the_next_build_reads_from_the_cache_until_a_byte_changes(tmp_path):
    path = write_bulletin(tmp_path)
    first = settings_with(tmp_path)
    made = read(path, first)
    assert made.ok and cache_for(first).misses == 1
    finish(first)
    assert (tmp_path / "cache" / FILE_NAME).is_file()

    second = settings_with(tmp_path)
    again = read(path, second)
    assert cache_for(second).hits == 1 and cache_for(second).misses == 0
    assert (again.clean, again.body, again.metadata) == (
        made.clean,
        made.body,
        made.metadata,
    )
    again.clean["title"] = "cambiado por un generador"  # each build gets its own objects
    assert read(path, second).clean["title"] == made.clean["title"]

    path.write_bytes(path.read_bytes().replace(b"2 km", b"3 km"))  # one byte
    changed = read(path, second)
    assert cache_for(second).misses == 1 and "3 km" in changed.body


def test_another_areas_setting_reads_again(tmp_path):
    path = write_bulletin(tmp_path, area="cultura")
    first = settings_with(tmp_path)
    assert read(path, first).ok
    finish(first)
    areas = dict(first["AREAS"])
    del areas["cultura"]
    without = settings_with(tmp_path, AREAS=areas)
    report = ContentReport()
    assert not read(path, without, report).ok  # «cultura» is no longer an area
    assert cache_for(without).hits == 0
    assert any(p.field == "area" for p in report.problems)


def test_a_content_error_is_never_cached(tmp_path):
    path = write_bulletin(tmp_path, extra="autor: alguien\n")  # an unknown field
    first = settings_with(tmp_path)
    report = ContentReport()
    assert not read(path, first, report).ok and report
    assert cache_for(first).entries == {}
    finish(first)
    second = settings_with(tmp_path)
    report = ContentReport()
    assert not read(path, second, report).ok
    assert [p.field for p in report.problems] == ["autor"]  # reported again


def test_a_deleted_image_reads_again_and_is_reported(tmp_path):
    image = tmp_path / "content" / "boletines" / "2021" / "imagenes" / "arroyo.jpg"
    image.parent.mkdir(parents=True)
    image.write_bytes(SAMPLE_PHOTO.read_bytes())
    extra = 'image:\n  src: imagenes/arroyo.jpg\n  alt: "El arroyo"\n  credit: "CS"\n'
    path = write_bulletin(tmp_path, extra=extra)
    first = settings_with(tmp_path)
    assert read(path, first).ok
    finish(first)
    image.write_bytes(b"")  # emptied: the field's check sees a size of 0
    second = settings_with(tmp_path)
    report = ContentReport()
    assert not read(path, second, report).ok and cache_for(second).hits == 0
    image.unlink()
    report = ContentReport()
    assert not read(path, second, report).ok
    assert any("no existe el archivo" in p.message for p in report.problems)


@pytest.mark.parametrize(
    "data",
    [b"\x80\x05\x95", pickle.dumps(["otra", "forma"]), b"cno_such_module\nX\n."],
    ids=["truncated", "another shape", "a class that moved"],
)
def test_an_unreadable_cache_file_is_dropped_with_a_line(tmp_path, capsys, data):
    path = write_bulletin(tmp_path)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / FILE_NAME).write_bytes(data)
    settings = settings_with(tmp_path)
    assert read(path, settings).ok
    cache = cache_for(settings)
    assert cache.entries.keys() == cache.used and cache.discarded
    assert capsys.readouterr().err.startswith(
        f"Aviso: la caché de lectura {tmp_path / 'cache' / FILE_NAME} no se pudo leer ("
    )
    finish(settings)
    again = settings_with(tmp_path)
    assert read(path, again).ok and cache_for(again).hits == 1
    assert capsys.readouterr().err == ""


def test_the_pre_read_on_two_processes_fills_the_cache_with_good_files(tmp_path):
    good = [write_bulletin(tmp_path, name=f"2021-03-05-boletin-{n}.md") for n in range(5)]
    bad = write_bulletin(tmp_path, area="no-es-area", name="2021-03-05-malo.md")
    settings = settings_with(tmp_path, READING_WORKERS=2, READING_PARALLEL_MIN=1)
    assert prefetch(settings) == 6
    cache = cache_for(settings)
    assert len(cache.entries) == 5 and cache.hits == 0
    cache.misses = 0  # the parent read its share
    plain = settings_with(tmp_path / "otra", PATH=str(tmp_path / "content"))
    for path in good:  # what a build in one process reads
        assert read(path, settings).clean == read(path, plain).clean
    assert cache.hits == 5 and cache.misses == 0
    report = ContentReport()
    assert not read(bad, settings, report).ok and report  # read here, reported here
    assert prefetch(settings) == 1  # only the bad file is still unknown
    assert len(cache.entries) == 5
