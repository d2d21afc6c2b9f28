"""The sample recordings end to end: each one builds into its page, and
tools/make_sample_media.py, run again, makes the same captions, transcripts,
index.md and durations (espeak-ng and sox are deterministic; the encoders
are allowed their own bytes)."""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys

import pytest
from test_media_samples import CONTENT, IDS, RECORDINGS, duration, front_matter

from conftest import ROOT

pytestmark = [pytest.mark.site, pytest.mark.xdist_group("media-samples")]  # one remake

SCRIPT = ROOT / "tools" / "make_sample_media.py"
AUDIO = [r["folder"] for r in RECORDINGS if r["media"] == "audio"]
TEXT_FILES = ("index.md", "subtitulos.vtt", "transcripcion.txt", "transcripcion.vtt")


def remake(out, *args) -> dict[str, float]:
    """Run the script into ``out``; the length it gives each recording."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), *args],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return {
        m[1]: float(m[2]) for m in re.finditer(r"^(\S+): ([\d.]+) s", done.stdout, re.M)
    }


@pytest.fixture(scope="module")
def remade(tmp_path_factory):
    out = tmp_path_factory.mktemp("muestras")
    lengths = remake(out, "--text-only")
    remake(out, "--only", *AUDIO)  # the audio files are quick to make again
    return out, lengths


@pytest.mark.parametrize("folder", IDS)
def test_the_script_remakes_the_same_text_files(remade, folder):
    out, _ = remade
    written = [name for name in TEXT_FILES if (CONTENT / folder / name).exists()]
    assert "index.md" in written
    for name in written:
        assert (out / folder / name).read_text(encoding="utf-8") == (
            CONTENT / folder / name
        ).read_text(encoding="utf-8"), f"{folder}/{name}: rerun the script and commit"


@pytest.mark.parametrize("recording", RECORDINGS, ids=IDS)
def test_the_committed_media_lasts_what_the_script_lays_out(remade, recording):
    out, lengths = remade
    committed = duration(CONTENT / recording["folder"] / recording["file"])
    assert committed == pytest.approx(lengths[recording["folder"]], abs=0.1)
    if recording["media"] == "audio":
        again = duration(out / recording["folder"] / recording["file"])
        assert again == pytest.approx(committed, abs=0.1)


@pytest.mark.parametrize("recording", RECORDINGS, ids=IDS)
def test_every_sample_builds_into_its_page(site, recording):
    meta = front_matter(CONTENT / recording["folder"])
    media, name = recording["folder"].split("/")
    page = f"{media}/{name[:4]}/{name[11:]}/"
    soup = site.html(page)
    assert soup.h1.get_text(strip=True) == meta["title"]
    player = soup.select_one("main video, main audio")
    assert player is not None and player.name == recording["media"]
    src = player.get("src") or player.select_one("source")["src"]
    published = posixpath.normpath(posixpath.join(page, src))
    assert site.file(published).is_file(), published
