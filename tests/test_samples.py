"""The inputs the site tests read are rich enough for them to mean something:
enough bulletins, areas, months and photos in the sample content, and every
bad-input case with content to build."""

from __future__ import annotations

import pytest

from conftest import ROOT, sample_bulletins, sample_galleries

pytestmark = pytest.mark.unit

CORPUS = ROOT / "tests" / "bad_input"


def test_sample_is_big_enough():
    published = [b for b in sample_bulletins() if b.published]
    assert len(published) >= 25
    assert len({b.meta["area"] for b in published}) >= 5
    assert len({str(b.meta["date"])[:7] for b in published}) >= 5
    assert sum("image" in b.meta for b in published) >= 20


def test_sample_has_galleries():
    galleries = sample_galleries()
    assert len(galleries) >= 4
    assert all(len(g.photos) >= 6 for g in galleries)


def test_every_case_has_content():
    cases = sorted(p.name for p in CORPUS.iterdir() if (p / "expected.txt").is_file())
    assert len(cases) >= 15
    for case in cases:
        assert any((CORPUS / case / "content").rglob("*")), case
