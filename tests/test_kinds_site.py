"""The registry against the built sample site: each kind's feeds, datasets and
pages are where its entry says, so the entry cannot drift from the code."""

from __future__ import annotations

import re
import runpy

import pytest

from conftest import ROOT
from content_schema.kinds import KINDS

pytestmark = pytest.mark.site

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))


def matching(site, pattern: str) -> list[str]:
    """Site files whose path fits a registry pattern ({slug} etc. as one segment)."""
    parts = re.split(r"\{[a-z_]+\}", pattern)
    regex = "[^/]+".join(re.escape(part) for part in parts)
    files = [str(p.relative_to(site.path)) for p in site.path.rglob("*") if p.is_file()]
    return [f for f in files if re.fullmatch(regex, f)]


@pytest.mark.parametrize("kind", [k for k in KINDS if k.feeds], ids=lambda k: k.key)
def test_each_kinds_feeds_are_written(site, kind):
    for setting in [name for names in kind.feeds.values() for name in names]:
        assert matching(site, SETTINGS[setting]), setting


@pytest.mark.parametrize("kind", [k for k in KINDS if k.datasets], ids=lambda k: k.key)
def test_each_kinds_datasets_are_written_as_csv_and_json(site, kind):
    for pattern in kind.datasets.values():
        assert matching(site, f"{pattern}.csv") and matching(site, f"{pattern}.json"), (
            pattern
        )


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.key)
def test_each_kinds_pages_are_at_its_url_pattern(site, kind):
    page = kind.url.split("#")[0] + "index.html"  # an event is an anchor of /agenda/
    assert matching(site, page), kind.url
