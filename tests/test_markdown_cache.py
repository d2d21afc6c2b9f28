"""Markdown is converted once per distinct text and reused by later builds."""

from __future__ import annotations

import pytest
from markdown import Markdown

from content_schema.markdown_cache import MarkdownCache

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
