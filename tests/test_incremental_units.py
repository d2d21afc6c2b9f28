"""The page cache's pieces that need no site: the record beside output/ and
the worker pool that renders pages on every core."""

from __future__ import annotations

import logging
import os
import pickle

import pytest

from incremental import manifest
from incremental.errors import ContentMutated
from incremental.manifest import PageRecord
from incremental.parallel import RenderFailed, render_all

pytestmark = pytest.mark.unit


def test_render_all_keeps_order_and_reports_worker_failures():
    jobs = list(range(25))
    results = render_all(jobs, lambda n: (n, os.getpid()), 2)
    assert [n for n, _ in results] == jobs
    assert len({pid for _, pid in results}) == 2  # two processes did the work

    def fails_on_odd(n):
        if n % 2:
            raise ValueError(f"plantilla rota en {n}")
        return n

    with pytest.raises(RenderFailed, match="plantilla rota en 1"):
        render_all(jobs, fails_on_odd, 2)


class Kept(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def test_what_a_worker_logs_is_logged_in_the_parent():
    parent = os.getpid()
    logger = logging.getLogger("prueba.dibujo")

    def render_one(n):
        if os.getpid() != parent:
            logger.error("falta la imagen de %s", n, extra={"page": f"p{n}.html"})
        return n

    kept = Kept()
    logging.getLogger().addHandler(kept)
    try:
        assert render_all(list(range(6)), render_one, 2) == list(range(6))
    finally:
        logging.getLogger().removeHandler(kept)
    assert [r.getMessage() for r in kept.records] == [
        "falta la imagen de 1",
        "falta la imagen de 3",
        "falta la imagen de 5",
    ]
    assert {r.levelno for r in kept.records} == {logging.ERROR}
    assert kept.records[0].page == "p1.html"


def test_a_cache_error_in_a_worker_is_raised_as_itself():
    def finish(results):
        if os.getpid() != parent:
            raise ContentMutated(["content/boletines/2021/uno.md"])

    parent = os.getpid()
    with pytest.raises(ContentMutated) as raised:
        render_all(list(range(4)), lambda n: n, 2, finish)
    assert raised.value.sources == ["content/boletines/2021/uno.md"]
    assert "content/boletines/2021/uno.md" in raised.value.message


def good_record() -> dict:
    return {
        "version": manifest.VERSION,
        "key": "clave",
        "output": "",
        "pages": {"index.html": PageRecord(templates=(("home.html", b"x" * 16),))},
    }


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "EOFError"),
        (b"\x80\x05no es un registro", "UnpicklingError"),
        (pickle.dumps(["una", "lista"]), "no tiene la forma esperada (list)"),
        (pickle.dumps({"pages": {"index.html": "texto"}}), "la página 'index.html'"),
        (
            pickle.dumps({"pages": ["index.html"]}),
            "no tiene la forma esperada (dict)",
        ),
    ],
)
def test_a_record_that_cannot_be_used_is_discarded_with_its_reason(tmp_path, data, reason):
    output = tmp_path / "output"
    output.mkdir()
    (tmp_path / ".output-pages.pickle").write_bytes(data)
    plan = manifest.plan(str(output), str(tmp_path / "staging"), "clave")
    assert plan["previous"] == {}
    assert reason in plan["discarded"]
    line = manifest.discarded_line(str(output), plan["discarded"])
    assert line.startswith(f"Aviso: el registro de páginas {tmp_path}/.output-pages.pickle")
    assert line.endswith("; se descarta y se generan todas las páginas.")


def test_a_record_of_an_older_page_shape_is_discarded(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    old = PageRecord()
    del old.__dict__["searchable"]  # written before that field existed
    saved = {**good_record(), "output": str(output), "pages": {"index.html": old}}
    (tmp_path / ".output-pages.pickle").write_bytes(pickle.dumps(saved))
    plan = manifest.plan(str(output), str(tmp_path / "staging"), "clave")
    assert plan["previous"] == {}
    assert plan["discarded"] == "la página 'index.html' no tiene la forma esperada"


def test_a_good_record_is_used_and_a_missing_one_says_nothing(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    staging = str(tmp_path / "staging")
    assert manifest.plan(str(output), staging, "clave")["discarded"] is None
    saved = {**good_record(), "output": str(output)}
    (tmp_path / ".output-pages.pickle").write_bytes(pickle.dumps(saved))
    plan = manifest.plan(str(output), staging, "clave")
    assert plan["discarded"] is None
    assert list(plan["previous"]) == ["index.html"]
    assert manifest.plan(str(output), staging, "otra clave")["previous"] == {}
    assert manifest.plan(str(output), staging, "clave", fresh=True)["previous"] == {}
