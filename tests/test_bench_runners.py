"""The benchmark's runners (tools/bench): a cold build of ours starts from
empty caches of its own, never from the repository's cache/. No site is built."""

from __future__ import annotations

import os
import sys

import pytest

pytestmark = pytest.mark.unit

BENCH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "tools", "bench")
sys.path.insert(0, BENCH)

from bench_site.runners import ROOT, Runner  # noqa: E402

CACHES = ("IMAGES_CACHE_PATH", "CACHE_PATH", "PRINT_EDITION_CACHE_PATH", "MEDIA_CACHE_PATH")


def _caches(runner: Runner) -> dict[str, str]:
    argv, _ = runner.argv()
    values = dict(a.split("=", 1) for a in argv if "=" in a and a.split("=")[0] in CACHES)
    assert sorted(values) == sorted(CACHES)  # every cache is named on the command line
    return values


def test_a_cold_build_empties_every_cache_of_the_whole_site(tmp_path):
    runner = Runner("portal", str(tmp_path / "corpus"), str(tmp_path / "runs"), "venv")
    for value in _caches(runner).values():
        assert value.startswith(runner.folder + os.sep), value
        assert not value.startswith(os.path.join(ROOT, "cache"))
        os.makedirs(value, exist_ok=True)
        open(os.path.join(value, "made"), "w").close()
    runner.clean()
    for value in _caches(runner).values():
        assert not os.path.exists(os.path.join(value, "made"))


@pytest.mark.parametrize(
    "tool, keep", [("texto", False), ("portal", True)], ids=["bulletins-only", "warm-run"]
)
def test_warm_caches_keep_photos_pdfs_and_recordings_but_not_the_rest(tmp_path, tool, keep):
    runner = Runner(tool, str(tmp_path / "corpus"), str(tmp_path / "runs"), "venv", keep)
    caches = _caches(runner)
    for name in ("IMAGES_CACHE_PATH", "PRINT_EDITION_CACHE_PATH", "MEDIA_CACHE_PATH"):
        assert caches[name].startswith(runner.warm + os.sep)
    for value in caches.values():
        os.makedirs(value, exist_ok=True)
        open(os.path.join(value, "made"), "w").close()
    runner.clean()
    kept = {name: os.path.exists(os.path.join(v, "made")) for name, v in caches.items()}
    assert kept == {
        "IMAGES_CACHE_PATH": True,
        "PRINT_EDITION_CACHE_PATH": True,
        "MEDIA_CACHE_PATH": True,
        "CACHE_PATH": False,
    }
