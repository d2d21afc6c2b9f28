"""The test builds' warm caches (tests/cache_seeds.py): whole entries, real
copies, nothing half-made and nothing that is not keyed by content."""

from __future__ import annotations

import os

import pytest
from cache_seeds import copy_entries, remove_entries

pytestmark = pytest.mark.unit


def _cache(root):
    (root / "1c" / "1cab").mkdir(parents=True)  # a photo: its folder of renditions
    (root / "1c" / "1cab" / "renditions.json").write_text("[]")
    (root / "1c" / "1cab" / "web-800.webp").write_bytes(b"webp")
    (root / "fb").mkdir()
    (root / "fb" / "fbdf.wav").write_bytes(b"wav")  # a recording and its note
    (root / "fb" / "fbdf.wav.json").write_text("{}")
    (root / "fb" / "fbee.partial-12.wav").write_bytes(b"half")  # still being made
    (root / "markdown.pickle").write_bytes(b"by path")  # not keyed by content
    (root / "indice.json").write_text("{}")
    (root / "zip").mkdir()
    (root / "medios").mkdir()  # another cache inside this one
    return root


def test_whole_entries_are_copied_and_nothing_else(tmp_path):
    source, target = _cache(tmp_path / "a"), tmp_path / "b"
    assert len(copy_entries(source, target)) == 3
    found = sorted(
        p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()
    )
    assert found == [
        "1c/1cab/renditions.json",
        "1c/1cab/web-800.webp",
        "fb/fbdf.wav",
        "fb/fbdf.wav.json",
    ]
    assert (target / "1c" / "1cab" / "web-800.webp").read_bytes() == b"webp"


def test_copies_share_no_inode_with_the_source(tmp_path):
    """Output/ links into its cache: a test writing there must not reach the seeds."""
    source, target = _cache(tmp_path / "a"), tmp_path / "b"
    copy_entries(source, target)
    for name in ("1c/1cab/web-800.webp", "fb/fbdf.wav"):
        assert os.stat(source / name).st_ino != os.stat(target / name).st_ino, name


def test_an_entry_already_there_is_kept(tmp_path):
    source, target = _cache(tmp_path / "a"), tmp_path / "b"
    (target / "fb").mkdir(parents=True)
    (target / "fb" / "fbdf.wav").write_bytes(b"mine")
    assert len(copy_entries(source, target)) == 2
    assert (target / "fb" / "fbdf.wav").read_bytes() == b"mine"
    assert copy_entries(source, target) == []


def test_a_missing_source_copies_nothing(tmp_path):
    assert copy_entries(tmp_path / "none", tmp_path / "b") == []


def test_taking_the_copies_back_leaves_what_the_build_wrote(tmp_path):
    source, target = _cache(tmp_path / "a"), tmp_path / "b"
    remove_entries(copy_entries(source, target), target)
    assert not target.exists()  # a refused build: no cache left behind
    copied = copy_entries(source, target)
    (target / "fb" / "ff00.wav").write_bytes(b"made by the build")
    remove_entries(copied, target)
    found = [p.relative_to(target).as_posix() for p in target.rglob("*")]
    assert found == ["fb", "fb/ff00.wav"]
