"""Recordings read from real folders by the real check command: what the
loader fills (cues, transcript, chapters), the links both ways (a bulletin,
gallery or event named by a recording gets it in ``.recordings``), and the
checks that need a media file made here with ffmpeg (described version,
streams, a file cut short)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.site

# Runs the check in its own process and prints what the generators hold.
PROBE = """
import json, sys
from pelican import signals
from portal.commands.check import check

generators = []
signals.all_generators_finalized.connect(generators.extend, weak=False)
code = check(sys.argv[1], sys.argv[2])
shown, recordings = {}, {}
for generator in generators:
    for item in [*getattr(generator, "articles", []), *getattr(generator, "loaded", [])]:
        name = getattr(item, "folder", None) or item.source_path.rsplit("/", 1)[-1]
        if getattr(item, "recordings", None):
            shown[name] = [r.folder for r in item.recordings]
        if hasattr(item, "cues"):
            recordings[item.folder] = {
                "cues": [[c.start, c.end, c.text] for c in item.cues],
                "transcript": item.transcript_text,
                "chapters": [[c.start, c.title] for c in item.chapters],
            }
print(json.dumps({"code": code, "shown": shown, "recordings": recordings}))
"""


def ffmpeg(*args: str) -> None:
    done = subprocess.run(
        [shutil.which("ffmpeg"), "-v", "error", "-y", *args],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def video(path: Path, seconds: float = 2, sound: bool = True) -> Path:
    sources = ["-f", "lavfi", "-i", f"testsrc2=s=160x90:d={seconds}:r=10"]
    if sound:
        sources += ["-f", "lavfi", "-i", f"sine=d={seconds}", "-c:a", "aac", "-b:a", "24k"]
    ffmpeg(*sources, "-c:v", "libx264", "-pix_fmt", "yuv420p", str(path))
    return path


def front(title: str, date: str, kind: str, file: str, *more: str) -> str:
    return "\n".join(
        ["---", f'title: "{title}"', f"date: {date} 10:00", "area: comunicacion",
         f"kind: {kind}", 'summary: "Prueba."', f"file: {file}",
         'credit: "Comunicación Social"', *more, "---", ""]
    )  # fmt: skip


def run_check(content: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT / "pelicanconf.py"), str(content)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["stderr"] = done.stderr
    return result


def test_what_a_recording_names_shows_it_and_its_speech_is_read(tmp_path):
    content = tmp_path / "content"
    bulletins = content / "boletines" / "2021"
    bulletins.mkdir(parents=True)
    (bulletins / "2021-02-24-sesion-de-cabildo.md").write_text(
        '---\ntitle: "Sesión de Cabildo"\ndate: 2021-02-24 09:00\narea: comunicacion\n'
        'summary: "Sesión."\n---\nTexto.\n',
        encoding="utf-8",
    )
    gallery = content / "galerias" / "2021-02-24-sesion-cabildo"
    gallery.mkdir(parents=True)
    photo = next((ROOT / "content" / "galerias").glob("*/01-*.jpg"))
    shutil.copy(photo, gallery / "01-sala.jpg")
    (gallery / "index.md").write_text(
        '---\ntitle: "Sesión de Cabildo"\ndate: 2021-02-24 10:00\narea: comunicacion\n'
        'place: "Sala de Cabildo"\nsummary: "Fotos."\ncredit: "Comunicación Social"\n'
        "cover: 01-sala.jpg\n---\n",
        encoding="utf-8",
    )
    (gallery / "fotos.yml").write_text(
        '- file: 01-sala.jpg\n  caption: "La sala."\n  alt: "La sala de Cabildo."\n',
        encoding="utf-8",
    )
    agenda = content / "agenda"
    agenda.mkdir()
    (agenda / "2021-02-24-sesion-ordinaria.md").write_text(
        '---\ntitle: "Sesión ordinaria"\nstart: 2021-02-24 10:00\nend: 2021-02-24 12:00\n'
        'kind: sesion-de-cabildo\nplace: "Sala de Cabildo"\narea: comunicacion\n'
        'summary: "Sesión."\n---\n',
        encoding="utf-8",
    )
    folder = content / "videoteca" / "2021-02-24-sesion"
    folder.mkdir(parents=True)
    video(folder / "grabacion.mp4", seconds=3)
    (folder / "subtitulos.vtt").write_text(
        "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Ana>Se abre\nla sesión.\n\n"
        "00:01.000 --> 00:02.000\n<v Luis>Gracias.\n",
        encoding="utf-8",
    )
    (folder / "index.md").write_text(
        front("Sesión", "2021-02-24", "sesion", "grabacion.mp4",
              "captions: subtitulos.vtt", "audio_description: en-la-pista",
              "chapters:", '  - time: "00:01"', '    title: "Lista"',
              '  - time: "00:02"', '    title: "Votación"',
              "bulletin: 2021-02-24-sesion-de-cabildo",
              "gallery: 2021-02-24-sesion-cabildo",
              "event: 2021-02-24-sesion-ordinaria"),
        encoding="utf-8",
    )  # fmt: skip
    audio = content / "fonoteca" / "2021-02-24-entrevista"
    audio.mkdir(parents=True)
    ffmpeg(
        "-f", "lavfi", "-i", "sine=d=2", "-c:a", "libmp3lame", str(audio / "grabacion.mp3")
    )
    (audio / "transcripcion.txt").write_text("Uno.\n\nDos.\n", encoding="utf-8")
    (audio / "index.md").write_text(
        front("Entrevista", "2021-02-24", "entrevista", "grabacion.mp3",
              "transcript: transcripcion.txt", "bulletin: 2021-02-24-sesion-de-cabildo"),
        encoding="utf-8",
    )  # fmt: skip

    result = run_check(content)

    assert result["code"] == 0, result["stderr"]
    assert result["shown"] == {
        "2021-02-24-sesion-de-cabildo.md": ["2021-02-24-entrevista", "2021-02-24-sesion"],
        "2021-02-24-sesion-cabildo": ["2021-02-24-sesion"],
        "2021-02-24-sesion-ordinaria.md": ["2021-02-24-sesion"],
    }
    recorded = result["recordings"]
    assert recorded["2021-02-24-sesion"] == {
        "cues": [[0.0, 1.0, "<v Ana>Se abre\nla sesión."], [1.0, 2.0, "<v Luis>Gracias."]],
        "transcript": "Se abre la sesión.\n\nGracias.",
        "chapters": [[1.0, "Lista"], [2.0, "Votación"]],
    }
    assert recorded["2021-02-24-entrevista"] == {
        "cues": [], "transcript": "Uno.\n\nDos.", "chapters": []
    }  # fmt: skip


def test_checks_that_need_the_media_file(tmp_path):
    content = tmp_path / "content"
    cases = {
        # the described version of about the same length: accepted
        "2021-03-01-descrita": ("grabacion.mp4", 3, ["audio_description: version-descrita",
                                "described_version: descrita.mp4"]),
        # a described version that is another recording
        "2021-03-02-otra": ("grabacion.mp4", 8, ["audio_description: version-descrita",
                            "described_version: descrita.mp4"]),
        # described_version without version-descrita
        "2021-03-03-sobra": ("grabacion.mp4", 3, ["audio_description: en-la-pista",
                             "described_version: descrita.mp4"]),
        # a video without sound and without no_speech
        "2021-03-04-muda": ("muda.mp4", 3, ["audio_description: en-la-pista",
                            "captions: subtitulos.vtt"]),
        # cut short by a copy: its index is there, its end is not
        "2021-03-05-cortada": ("cortada.mp4", 3, ["audio_description: en-la-pista",
                               "captions: subtitulos.vtt"]),
    }  # fmt: skip
    for name, (file, seconds, more) in cases.items():
        folder = content / "videoteca" / name
        folder.mkdir(parents=True)
        source = video(folder / "fuente.mp4", seconds, sound=file != "muda.mp4")
        if file == "cortada.mp4":
            ffmpeg("-i", str(source), "-c", "copy", "-movflags", "+faststart",
                   str(folder / "completa.mp4"))  # fmt: skip
            data = (folder / "completa.mp4").read_bytes()
            (folder / file).write_bytes(data[: len(data) * 2 // 3])
            (folder / "completa.mp4").unlink()
            source.unlink()
        else:
            source.rename(folder / file)
        if "described_version: descrita.mp4" in more:
            video(folder / "descrita.mp4", 3)
        (folder / "subtitulos.vtt").write_text(
            "WEBVTT\n\n00:00.000 --> 00:00.900\nHola.\n", encoding="utf-8"
        )
        if "captions: subtitulos.vtt" not in more:
            more = [*more, "captions: subtitulos.vtt"]
        (folder / "index.md").write_text(
            front("Prueba", name[:10], "evento", file, *more), encoding="utf-8"
        )
    result = run_check(content)
    assert result["code"] == 2
    lines = result["stderr"].splitlines()[1:-1]
    assert lines == [
        "content/videoteca/2021-03-02-otra/index.md: described_version: 'descrita.mp4' "
        "dura 00:03 y la grabación 00:08; se espera la misma grabación con "
        "audiodescripción, de duración parecida",
        "content/videoteca/2021-03-03-sobra/index.md: described_version: 'descrita.mp4' "
        "solo va con audio_description: version-descrita; cambie audio_description o "
        "quite described_version",
        "content/videoteca/2021-03-04-muda/index.md: file: 'muda.mp4' no tiene sonido; si "
        "la grabación no tiene voz, diga por qué en no_speech",
        "content/videoteca/2021-03-05-cortada/index.md: file: 'cortada.mp4' está "
        "incompleto o dañado (¿se copió a medias?): el final no se puede reproducir; "
        "vuelva a copiarlo desde la cámara o la grabadora",
    ]
