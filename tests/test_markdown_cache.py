"""Markdown is converted once per distinct text and reused by later builds."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import pytest
from markdown import Markdown

from conftest import ROOT
from content_schema.markdown_cache import MarkdownCache, cache_for, save_all
from content_schema.reading import markdown_for
from portal_settings import load
from run_state import begin

pytestmark = pytest.mark.unit


class CountingMarkdown(Markdown):
    """Counts its own conversions: the count lives on the instance, so no
    other test (nor a second run of this one) starts from a used count."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.calls = 0

    def convert(self, source):
        self.calls += 1
        return super().convert(source)


def test_converts_once_and_reuses_across_builds(tmp_path):
    path = str(tmp_path / "markdown.pickle")
    md = CountingMarkdown(extensions=["extra"])
    first = MarkdownCache(path, "extra")
    html = first.convert(md, "Hola *mundo*")
    assert html == "<p>Hola <em>mundo</em></p>"
    assert first.convert(md, "Hola *mundo*") == html and md.calls == 1
    first.convert(md, "Otro texto")
    first.save()

    second = MarkdownCache(path, "extra")  # the next build
    assert second.convert(md, "Hola *mundo*") == html
    assert md.calls == 2  # only "Otro texto" was ever converted besides
    second.save()  # "Otro texto" was not used: dropped

    third = MarkdownCache(path, "extra")
    assert set(third.entries) == set(second.used) and len(third.entries) == 1
    other_setup = MarkdownCache(path, "extra+toc")  # another Markdown set-up
    assert other_setup.entries == {}


UNREADABLE = {
    "truncated": b"\x80\x05\x95",
    "a module that moved": b"cno_such_module_anymore\nEntries\n.",  # ImportError
    "a class that moved": b"cos\nno_such_class\n.",  # AttributeError
    "a call that fails": b"cbuiltins\nint\n(S'x'\nS'y'\nS'z'\ntR.",  # TypeError
    "another shape": pickle.dumps(["salt", "entries"]),
    "entries not text": pickle.dumps(("salt", {"k": 1})),
}


@pytest.mark.parametrize("case", UNREADABLE)
def test_a_file_that_cannot_be_read_is_discarded_never_breaks_the_build(tmp_path, case):
    path = tmp_path / "markdown.pickle"
    path.write_bytes(UNREADABLE[case])
    if case == "entries not text":  # under the right salt, so only the values are wrong
        path.write_bytes(pickle.dumps((MarkdownCache(str(path), "extra").salt, {"k": 1})))
    cache = MarkdownCache(str(path), "extra")
    assert cache.entries == {} and cache.discarded
    md = Markdown(extensions=["extra"])
    assert cache.convert(md, "Hola *mundo*") == "<p>Hola <em>mundo</em></p>"
    cache.save()
    again = MarkdownCache(str(path), "extra")
    assert again.discarded is None and len(again.entries) == 1


def settings_with(tmp_path, **overrides):
    settings = load(
        str(ROOT / "pelicanconf.py"), {"CACHE_PATH": str(tmp_path), **overrides}
    )
    begin(settings)  # what each build (and each rebuild of the preview) does
    return settings


QUOTED = 'Dijo "hola" -- y se fue.'


def test_a_failed_build_then_another_markdown_setup_converts_again(tmp_path, capsys):
    """In the preview server a failed build never saves; the next build, with
    smarty off, must not get the curly quotes the first one made."""
    first = settings_with(tmp_path)
    html = cache_for(first).convert(markdown_for(first), QUOTED)
    assert "&ldquo;hola&rdquo;" in html  # smarty, as pelicanconf.py sets it up
    # no save_all: the build failed. The next one has no smarty:
    plain = {"extension_configs": {"markdown.extensions.extra": {}}}
    second = settings_with(tmp_path, MARKDOWN=plain)
    again = cache_for(second).convert(markdown_for(second), QUOTED)
    assert "&ldquo;" not in again and '"hola"' in again
    assert cache_for(second) is not cache_for(first)
    # the same build, its setting changed: not the cache it was made for
    second["MARKDOWN"] = first["MARKDOWN"]
    assert "&ldquo;hola&rdquo;" in cache_for(second).convert(markdown_for(second), QUOTED)
    assert capsys.readouterr().err == ""  # nothing was discarded


def test_the_file_is_in_cache_path_and_saved_by_a_finished_build(tmp_path, capsys):
    settings = settings_with(tmp_path / "cache", IMAGES_CACHE_PATH=str(tmp_path / "fotos"))
    cache = cache_for(settings)
    assert cache.path == str(tmp_path / "cache" / "markdown.pickle")
    cache.convert(markdown_for(settings), QUOTED)
    save_all(SimpleNamespace(settings=settings))  # Pelican's finalized
    assert [p.name for p in tmp_path.iterdir()] == ["cache"]
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["markdown.pickle"]
    (tmp_path / "cache" / "markdown.pickle").write_bytes(b"\x80\x05\x95")
    settings = settings_with(tmp_path / "cache")
    assert cache_for(settings).entries == {}
    assert capsys.readouterr().err == (
        f"Aviso: la caché de Markdown {tmp_path / 'cache' / 'markdown.pickle'} no se "
        "pudo leer (UnpicklingError: pickle data was truncated); se descarta y el "
        "texto se convierte de nuevo.\n"
    )


def test_an_edited_extension_of_ours_is_another_setup(tmp_path, monkeypatch):
    """The set-up covers each named extension's source: editing an extension
    (as table_scroll was added) must not let the old HTML be served."""
    from content_schema.markdown_cache import markdown_setup

    (tmp_path / "house_extension.py").write_text("VERSION = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    settings = {"extension_configs": {"house_extension": {}, "markdown.extensions.extra": {}}}
    before = markdown_setup(settings)
    assert markdown_setup(settings) == before  # stable for the same files
    (tmp_path / "house_extension.py").write_text("VERSION = 2\n", encoding="utf-8")
    assert markdown_setup(settings) != before
    # an extension given in the list form counts too
    listed = {"extensions": ["house_extension"]}
    first = markdown_setup(listed)
    (tmp_path / "house_extension.py").write_text("VERSION = 3\n", encoding="utf-8")
    assert markdown_setup(listed) != first
