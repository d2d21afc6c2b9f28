"""The press ZIP of a gallery, made from real files without building a site."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from galleries.zips import build_zip

pytestmark = pytest.mark.unit


def test_press_zip_follows_a_photo_replaced_by_one_of_the_same_size(tmp_path):
    """ZIP members come from the image cache, whose entries are named by
    content: a photo replaced by other bytes of the same size is another
    entry, so the cached ZIP of the old photo does not come back."""
    old, new = tmp_path / "ab" / "ab12", tmp_path / "cd" / "cd34"
    for folder, byte in ((old, b"A"), (new, b"B")):
        folder.mkdir(parents=True)
        (folder / "press.jpg").write_bytes(byte * 1000)
    when, cache = dt.date(2021, 3, 19), str(tmp_path / "zip")
    first = build_zip([("01.jpg", str(old / "press.jpg"))], "Créditos", when, cache)
    second = build_zip([("01.jpg", str(new / "press.jpg"))], "Créditos", when, cache)
    assert second != first
    with zipfile.ZipFile(second) as archive:
        assert archive.read("01.jpg") == b"B" * 1000
