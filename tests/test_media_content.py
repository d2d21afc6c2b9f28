"""The content checks of recordings, one function at a time: the WebVTT parser
(each mistake with its line), transcripts, chapter and poster times, and the
file fields' messages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest

from content_schema.fields import FieldError, ValidationContext
from content_schema.media_schemas import (
    AUDIO_FILES,
    CAPTION_FILES,
    VIDEO_FILES,
    MediaFile,
    Reason,
)
from media import probe_cache
from media.captions import clock, parse_webvtt, transcript_of
from media.chapters import check_chapters, check_poster_time, parse_clock
from media.model import Chapter, Cue
from media.probe import MediaError
from media.probe_cache import probe_file
from media.transcript import read_captions, read_transcript

pytestmark = pytest.mark.unit

GOOD = """WEBVTT - Sesión de Cabildo

NOTE hecho a mano

intro
00:00:00.000 --> 00:00:02.500 align:center line:90%
<v Ana Ruiz>Se abre la sesión
ordinaria de Cabildo.

00:02.500 --> 00:04.000
<v Ana Ruiz>Buenos días.

00:00:07.000 --> 00:00:09.000
<v Luis Peña>Gracias, presidenta.
"""


def lines_of(text: str, duration: float | None = None) -> dict[int, str]:
    return dict(parse_webvtt(text, duration).problems)


def test_a_good_file_gives_its_cues_and_no_problem():
    parsed = parse_webvtt("\ufeff" + GOOD, duration=9.2)
    assert parsed.problems == ()
    assert parsed.cues == (
        Cue(0.0, 2.5, "<v Ana Ruiz>Se abre la sesión\nordinaria de Cabildo."),
        Cue(2.5, 4.0, "<v Ana Ruiz>Buenos días."),
        Cue(7.0, 9.0, "<v Luis Peña>Gracias, presidenta."),
    )


def test_crlf_files_from_windows_read_the_same():
    assert parse_webvtt(GOOD.replace("\n", "\r\n"), 9.2) == parse_webvtt(GOOD, 9.2)


def test_the_transcript_is_paragraphs_by_voice_and_pause_without_tags():
    cues = parse_webvtt(GOOD).cues
    assert transcript_of(cues) == (
        "Se abre la sesión ordinaria de Cabildo. Buenos días.\n\nGracias, presidenta."
    )
    plain = (Cue(0, 1, "Uno"), Cue(1.2, 2, "<i>dos</i>"), Cue(5, 6, "tres &amp; cuatro"))
    assert transcript_of(plain) == "Uno dos\n\ntres & cuatro"


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        (
            "Hola\n\n00:01.000 --> 00:02.000\nx\n",
            1,
            "la primera línea debe ser WEBVTT y es 'Hola'",
        ),
        ("WEBVTTX\n\n00:01.000 --> 00:02.000\nx\n", 1, "falta el encabezado"),
        (
            "WEBVTT\n00:01.000 --> 00:02.000\nx\n",
            2,
            "falta una línea en blanco entre el encabezado",
        ),
        (
            "WEBVTT\n\n00:00:01,000 --> 00:00:02.000\nx\n",
            3,
            "el inicio '00:00:01,000' lleva coma antes de los milésimos, como en SRT; WebVTT usa punto: '00:00:01.000'",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02,500\nx\n",
            3,
            "el final '00:00:02,500' lleva coma",
        ),
        (
            "WEBVTT\n\nuno\n00:00:01.000 00:00:02.000\nx\n",
            3,
            "falta '-->' en la línea de tiempos",
        ),
        (
            "WEBVTT\n\n00:00:01.000-->00:00:02.000\nx\n",
            3,
            "con espacios alrededor de la flecha",
        ),
        (
            "WEBVTT\n\n00:00:61.000 --> 00:01:02.000\nx\n",
            3,
            "el inicio '00:00:61.000' no es un tiempo válido",
        ),
        ("WEBVTT\n\n0:01.000 --> 0:02.000\nx\n", 3, "se espera HH:MM:SS.mmm o MM:SS.mmm"),
        (
            "WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nx\n",
            3,
            "el final (00:00:01.000) no es posterior al inicio (00:00:02.000)",
        ),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:01.000\nx\n", 3, "no es posterior al inicio"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n", 3, "el subtítulo no tiene texto"),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<i></i>\n",
            3,
            "el subtítulo no tiene texto",
        ),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000 centro\nx\n",
            3,
            "el ajuste 'centro' no existe",
        ),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\nuno\n00:02.000 --> 00:03.000\ndos\n",
            5,
            "no puede llevar '-->'",
        ),
        ("WEBVTT\n\nNOTE uno\n00:02.000 --> 00:03.000\ndos\n", 4, "un comentario NOTE"),
        ("   \n", 1, "está vacío"),
    ],
)
def test_each_mistake_is_named_with_its_line(text, line, says):
    problems = lines_of(text)
    assert line in problems, problems
    assert says in problems[line]


def test_cues_out_of_order_name_the_earlier_line():
    text = "WEBVTT\n\n00:05.000 --> 00:06.000\nb\n\n00:01.000 --> 00:02.000\na\n"
    assert lines_of(text) == {
        6: "el subtítulo empieza en 00:00:01.000, antes que el de la línea 3 "
        "(00:00:05.000); se esperan en orden de tiempo"
    }
    same_start = "WEBVTT\n\n00:01.000 --> 00:03.000\na\n\n00:01.000 --> 00:02.000\nb\n"
    assert lines_of(same_start) == {}  # non-decreasing is fine (two speakers)


def test_a_cue_past_the_end_is_an_error_beyond_half_a_second():
    text = "WEBVTT\n\n00:00.000 --> 00:10.400\na\n\n00:10.400 --> 00:10.600\nb\n"
    assert lines_of(text, duration=10.0) == {
        6: "el subtítulo termina en 00:00:10.600, después del final de la grabación "
        "(00:00:10.000); se espera que termine antes"
    }
    assert lines_of(text, duration=None) == {}  # unreadable file: no end to compare


def test_an_srt_file_renamed_vtt_is_named_once():
    srt = "1\n00:00:01,000 --> 00:00:02,000\nHola\n\n2\n00:00:03,000 --> 00:00:04,000\nAdiós\n"
    problems = lines_of(srt)
    assert (
        list(problems) == [1] and "es un archivo SRT con la extensión .vtt" in problems[1]
    )


def test_every_mistake_of_a_file_is_reported_not_only_the_first():
    text = "WEBVTT\n\n00:01,000 --> 00:02.000\na\n\n00:03.000 00:04.000\nb\n\n00:05.000 --> 00:04.000\nc\n"
    assert sorted(lines_of(text)) == [3, 6, 9]


def test_files_not_in_utf8_name_the_line_of_the_first_bad_byte(tmp_path):
    path = tmp_path / "subtitulos.vtt"
    path.write_bytes("WEBVTT\n\n00:01.000 --> 00:02.000\nSesión\n".encode("latin-1"))
    speech = read_captions(str(path), 5.0)
    assert speech.cues == () and speech.problems[0][0] == 4
    assert "no está en UTF-8" in speech.problems[0][1]


def test_a_text_transcript_is_paragraphs(tmp_path):
    path = tmp_path / "transcripcion.txt"
    path.write_text(
        "\ufeffLocutora: Buenas tardes.\r\nNos acompaña Protección Civil.\r\n\r\n\r\n"
        "Ing. Peña: Gracias.\r\n",
        encoding="utf-8",
    )
    speech = read_transcript(str(path), 5.0)
    assert speech.problems == () and speech.cues == ()
    assert speech.text == (
        "Locutora: Buenas tardes. Nos acompaña Protección Civil.\n\nIng. Peña: Gracias."
    )


def test_a_markdown_transcript_loses_its_marks(tmp_path):
    path = tmp_path / "transcripcion.md"
    path.write_text("# Entrevista\n\n**Locutora:** Buenas _tardes_.\n\n- Uno\n", "utf-8")
    assert (
        read_transcript(str(path), 5.0).text
        == "Entrevista\n\nLocutora: Buenas tardes.\n\nUno"
    )


def test_a_timed_transcript_is_read_as_captions(tmp_path):
    path = tmp_path / "transcripcion.vtt"
    path.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nHola.\n", encoding="utf-8")
    speech = read_transcript(str(path), 5.0)
    assert speech.cues == (Cue(0.0, 1.0, "Hola."),) and speech.text == "Hola."


def test_a_blank_transcript_says_so(tmp_path):
    path = tmp_path / "transcripcion.txt"
    path.write_text("\n  \n", encoding="utf-8")
    assert "no tiene texto" in read_transcript(str(path), 5.0).problems[0][1]


@pytest.mark.parametrize(
    ("text", "seconds"), [("00:00", 0), ("01:30", 90), ("1:30", 90), ("01:02:03", 3723)]
)
def test_chapter_times(text, seconds):
    assert parse_clock(text) == seconds


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1.30", "use : y no . entre minutos y segundos"),
        ("01：30", "«：» (dos puntos de ancho completo, U+FF1A)"),
        ("01:75", "minutos y segundos van de 00 a 59"),
        ("1:61:00", "minutos y segundos van de 00 a 59"),
        ("noventa", "se espera MM:SS o HH:MM:SS"),
    ],
)
def test_wrong_chapter_times_say_why(text, says):
    with pytest.raises(ValueError) as caught:
        parse_clock(text)
    assert says in str(caught.value)


def test_chapters_in_order_inside_the_duration():
    written = [
        {"time": "00:10", "title": "Apertura"},
        {"time": "01:00", "title": "Votación"},
    ]
    assert check_chapters(written, 120.0) == (
        (Chapter(10.0, "Apertura"), Chapter(60.0, "Votación")),
        [],
    )  # the first need not be 00:00
    wrong = [
        {"time": "01:00", "title": "a"},
        {"time": "00:30", "title": "b"},
        {"time": "02:00", "title": "c"},
    ]
    chapters, problems = check_chapters(wrong, 120.0)
    assert [c.title for c in chapters] == ["a", "b"]  # the one outside is left out
    assert [field for field, _ in problems] == ["chapters[2].time", "chapters[3].time"]
    assert "no va después del capítulo anterior (01:00)" in problems[0][1]
    assert (
        "'02:00' está después del final de la grabación, que dura 02:00" in problems[1][1]
    )


def test_poster_time():
    assert check_poster_time("00:03", 10.0) is None
    assert "después del final" in check_poster_time("00:30", 10.0)
    assert "no es un tiempo válido" in check_poster_time("3 s", 10.0)


def test_clock():
    assert clock(3725.5) == "01:02:05.500" and clock(0) == "00:00:00.000"


def context(tmp_path) -> ValidationContext:
    return ValidationContext(str(tmp_path / "index.md"), ZoneInfo("America/Mexico_City"))


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        (
            MediaFile(VIDEO_FILES, "video"),
            "grabacion.avi",
            "'grabacion.avi' está en un formato que el portal no acepta (.avi); se espera un video MP4, MOV, MTS o M4V",
        ),
        (
            MediaFile(VIDEO_FILES, "video"),
            "grabacion.wav",
            "es un audio: un audio va en su propia carpeta en content/fonoteca/",
        ),
        (
            MediaFile(AUDIO_FILES, "audio"),
            "grabacion.mov",
            "es un video: un video va en su propia carpeta en content/videoteca/",
        ),
        (
            MediaFile(AUDIO_FILES, "audio"),
            "grabacion.ogg",
            "se espera un audio WAV, MP3 o M4A",
        ),
        (
            MediaFile(CAPTION_FILES, "captions"),
            "subtitulos.srt",
            "es SRT; el portal usa WebVTT (.vtt)",
        ),
        (
            MediaFile(VIDEO_FILES, "video"),
            "vacio.mp4",
            "'vacio.mp4' está vacío (0 bytes: ¿se copió a medias?); vuelva a copiar el video completo",
        ),
        (
            MediaFile(VIDEO_FILES, "video"),
            "Grabacion.MP4",
            "(¿quiso decir 'grabacion.mp4'?)",
        ),
    ],
)
def test_file_fields_say_what_the_file_must_be(tmp_path, field, value, says):
    (tmp_path / "vacio.mp4").write_bytes(b"")
    (tmp_path / "grabacion.mp4").write_bytes(b"x")
    with pytest.raises(FieldError) as caught:
        field.clean(value, context(tmp_path))
    assert says in str(caught.value)


@pytest.mark.parametrize(
    ("value", "says"),
    [(True, "dice 'true' pero no por qué"), ("sí", "dice 'sí' pero no por qué"),
     ("Música", "'Música' no dice por qué no hay voz")],
)  # fmt: skip
def test_no_speech_needs_a_reason(tmp_path, value, says):
    with pytest.raises(FieldError) as caught:
        Reason(max_length=300, single_line=False).clean(value, context(tmp_path))
    assert says in str(caught.value)
    reason = "Solo música y tomas del desfile."
    assert Reason().clean(reason, context(tmp_path)) == reason


def test_the_probe_is_kept_until_the_file_changes(tmp_path):
    media = tmp_path / "grabacion.mp3"
    made = subprocess.run(
        [shutil.which("ffmpeg"), "-v", "error", "-f", "lavfi", "-i", "sine=d=1",
         "-c:a", "libmp3lame", str(media)], capture_output=True, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    settings = {"CACHE_PATH": str(tmp_path / "cache"), "CHECK_ONLY": False}
    assert probe_file(str(media), {**settings, "CHECK_ONLY": True}).duration > 0.9
    assert not (tmp_path / "cache").exists()  # make check writes nothing
    first = probe_file(str(media), settings)
    stored = tmp_path / "cache" / "media-probe.json"
    entries = json.loads(stored.read_text(encoding="utf-8"))
    (entry,) = entries.values()
    entry["probe"]["duration"] = 1234.0  # what a second build would find
    stored.write_text(json.dumps(entries), encoding="utf-8")
    probe_cache._LOADED.clear()  # a new build process
    assert probe_file(str(media), settings).duration == 1234.0
    os.utime(media, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    assert probe_file(str(media), settings) == first  # copied again: asked again
    media.write_bytes(media.read_bytes()[:100])
    with pytest.raises(MediaError):
        probe_file(str(media), settings)
