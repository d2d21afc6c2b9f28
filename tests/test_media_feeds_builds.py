"""The podcast across builds of a small fonoteca made here: newest first, no
draft or embargoed audio, chapters and speakers from index.md, the same guid
after a rebuild and after the recording's file changes (a new versioned URL).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from media_feed_support import NS, PODCAST_FEED, RADIO_FEED, local, tree

from conftest import ROOT, Site, run_build

pytestmark = [pytest.mark.site, pytest.mark.xdist_group("media_feeds_builds")]

NOW = "2021-08-01T10:00"
SAMPLE = ROOT / "content" / "fonoteca" / "2021-06-01-entrevista-temporada-de-lluvias"
SAMPLE_TITLE = re.search(
    r'^title: "(.+)"$', (SAMPLE / "index.md").read_text(encoding="utf-8"), re.M
)[1]
TRANSCRIPT = "Buenos días. La Dirección de Salud invita a la jornada de vacunación del sábado.\n"


def _tone(target, frequency: int) -> None:
    subprocess.run(
        [shutil.which("ffmpeg") or "ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
         f"sine=frequency={frequency}:duration=3", "-ac", "1", "-b:a", "64k", str(target)],
        check=True,
    )  # fmt: skip


def _audio(content, folder: str, title: str, extra: str = "") -> None:
    base = content / "fonoteca" / folder
    base.mkdir(parents=True)
    _tone(base / "grabacion.mp3", 440)
    (base / "transcripcion.txt").write_text(TRANSCRIPT, encoding="utf-8")
    date = f"{folder[:10]} 09:30"
    (base / "index.md").write_text(
        f'---\ntitle: "{title}"\ndate: {date}\narea: salud\nkind: entrevista\n'
        f'summary: "{title}, con la Dirección de Salud."\nfile: grabacion.mp3\n'
        f'credit: "Comunicación Social"\ntranscript: transcripcion.txt\n{extra}---\n',
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    base = tmp_path_factory.mktemp("media-feeds")
    content = base / "content"
    shutil.copytree(SAMPLE, content / "fonoteca" / SAMPLE.name)
    index = content / "fonoteca" / SAMPLE.name / "index.md"
    text = index.read_text(encoding="utf-8")  # alone here: without what it links to
    kept = [x for x in text.splitlines() if not x.startswith(("bulletin:", "event:", "gallery:"))]
    index.write_text("\n".join(kept) + "\n", encoding="utf-8")
    _audio(
        content,
        "2021-07-15-jornada-de-vacunacion",
        "Jornada de vacunación",
        'speakers:\n  - "Dra. Ana López, directora de Salud"\nchapters:\n'
        '  - time: "00:00"\n    title: "Presentación"\n'
        '  - time: "00:02"\n    title: "Dónde vacunarse"\n',
    )
    _audio(content, "2021-07-20-borrador", "Borrador", "status: draft\n")
    _audio(content, "2021-09-01-embargada", "Embargada")  # after NOW
    return base


def _build(base, name: str) -> Site:
    result = run_build(base / name, content=base / "content", settings="publishconf.py",
                       cache=base / "cache", sets={"EMBARGO_NOW": NOW})  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return Site(base / name)


def _items(site, feed=PODCAST_FEED) -> dict[str, dict]:
    return {
        item.findtext("title"): {
            "guid": item.findtext("guid"),
            "url": item.find("enclosure").get("url"),
            "length": int(item.find("enclosure").get("length")),
            "item": item,
        }
        for item in tree(site, feed).iter("item")
    }


@pytest.fixture(scope="module")
def builds(base):
    first = _build(base, "primera")
    again = _build(base, "segunda")
    _tone(base / "content" / "fonoteca" / "2021-07-15-jornada-de-vacunacion" / "grabacion.mp3",
          660)  # fmt: skip
    changed = _build(base, "tercera")
    return first, again, changed


def test_only_published_audio_newest_first(builds):
    first, _, _ = builds
    for feed in (PODCAST_FEED, RADIO_FEED):
        assert list(_items(first, feed)) == [
            "Jornada de vacunación",
            SAMPLE_TITLE,
        ], feed


def test_chapters_and_speakers_from_index_md(builds):
    first, _, _ = builds
    item = _items(first)["Jornada de vacunación"]["item"]
    chapters = item.find("podcast:chapters", NS)
    document = json.loads(local(first, chapters.get("url")).read_text(encoding="utf-8"))
    assert [(c["startTime"], c["title"]) for c in document["chapters"]] == [
        (0, "Presentación"),
        (2, "Dónde vacunarse"),
    ]
    (person,) = item.findall("podcast:person", NS)
    assert person.text == "Dra. Ana López, directora de Salud"
    text = item.find("podcast:transcript[@type='text/plain']", NS)
    assert "jornada de vacunación" in local(first, text.get("url")).read_text(encoding="utf-8")


def test_guid_is_stable_across_builds_and_a_new_file(builds):
    first, again, changed = builds
    assert first.file(PODCAST_FEED).read_bytes() == again.file(PODCAST_FEED).read_bytes()
    before, after = _items(first), _items(changed)
    assert {t: i["guid"] for t, i in before.items()} == {t: i["guid"] for t, i in after.items()}
    new, old = after["Jornada de vacunación"], before["Jornada de vacunación"]
    assert new["url"] != old["url"], "un archivo nuevo lleva otra dirección"
    assert new["length"] == local(changed, new["url"]).stat().st_size
    unchanged = SAMPLE_TITLE
    assert after[unchanged]["url"] == before[unchanged]["url"]
