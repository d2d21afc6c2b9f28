"""The checks of a recording beyond its fields: files, speech, times, description.

WCAG 1.2.1 and 1.2.2 make captions (video) and a transcript (audio) the
rule, ``no_speech`` (with its reason) the exception; 1.2.3/1.2.5 ask how the
visual part reaches someone who cannot see it (``audio_description``). A
video that claims ``no_speech`` but has speech in its soundtrack cannot be
told apart here: that is left to staff.
"""

from __future__ import annotations

import os

from content_schema.errors import ContentReport
from content_schema.reading import ContentFile, display_path

from .chapters import check_chapters, check_poster_time, short_clock
from .model import Probe
from .probe import MediaError
from .probe_cache import probe_file
from .transcript import read_captions, read_transcript

# The fields that name a file of the folder, by kind.
FILE_FIELDS = {
    "video": ("file", "captions", "transcript", "described_version"),
    "audio": ("file", "transcript"),
}
INDEX = "index.md"
# How far a described version's length may differ (it is the same recording).
DESCRIBED_SLACK = 0.1  # of the duration, and at least 2 s


def check_folder_files(folder, read: ContentFile, media: str, settings, report) -> None:
    """A file the index does not name is a stray (copied by mistake, or unnamed)."""
    fields = FILE_FIELDS[media]
    if any(f in read.metadata and f not in read.clean for f in fields):
        return  # a misspelt name is reported on its field, with «¿quiso decir…?»
    named = {
        os.path.normcase(os.path.normpath(read.clean[f])) for f in fields if f in read.clean
    }
    listed = ", ".join(fields)
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        same = os.path.normcase(os.path.normpath(path))
        if name == INDEX or not os.path.isfile(path) or same in named:
            continue
        report.add(
            display_path(path, settings),
            "(archivo)",
            "index.md no lo nombra; en la carpeta de una grabación solo van index.md y "
            f"los archivos que nombra ({listed}): nómbrelo en index.md o muévalo a otra parte",
        )


def check_streams(probed: Probe, media: str, meta: dict) -> None:
    """``MediaError`` for a file that cannot be this kind of recording."""
    if media == "video" and not probed.has_video:
        raise MediaError(
            "no tiene imagen: es un audio; un audio va en su propia carpeta en "
            "content/fonoteca/AAAA-MM-DD-nombre/"
        )
    if media == "audio" and probed.has_video:
        raise MediaError(
            "tiene imagen: es un video; un video va en su propia carpeta en "
            "content/videoteca/AAAA-MM-DD-nombre/"
        )
    if not probed.has_audio and not meta.get("no_speech"):
        raise MediaError(
            "no tiene sonido; si la grabación no tiene voz, diga por qué en no_speech"
        )


def _report_lines(report: ContentReport, path: str, settings, problems) -> None:
    shown = display_path(path, settings)
    for line, message in problems:
        report.add(shown, f"línea {line}", message)


def check_speech(read: ContentFile, media: str, duration, settings, report) -> dict:
    """Captions and transcript read into ``cues`` and ``transcript_text``;
    the accessibility rule: one of them, or ``no_speech``."""
    meta, written = read.clean, read.metadata
    derived: dict = {}
    if "captions" in meta:
        speech = read_captions(meta["captions"], duration)
        _report_lines(report, meta["captions"], settings, speech.problems)
        derived.update(cues=speech.cues, transcript_text=speech.text)
    if "transcript" in meta:
        speech = read_transcript(meta["transcript"], duration)
        _report_lines(report, meta["transcript"], settings, speech.problems)
        derived["transcript_text"] = speech.text
        if "cues" not in derived:
            derived["cues"] = speech.cues
    needed = "captions" if media == "video" else "transcript"
    if needed not in written and "no_speech" not in written:
        if media == "video":
            message = (
                "falta: todo video con voz necesita subtítulos (WCAG 1.2.2); escriba "
                "captions: subtitulos.vtt con el archivo WebVTT en esta carpeta, o, si el "
                "video no tiene voz, no_speech con la razón"
            )
        else:
            message = (
                "falta: todo audio con voz necesita su transcripción (WCAG 1.2.1); escriba "
                "transcript: transcripcion.txt con el archivo en esta carpeta, o, si el "
                "audio no tiene voz, no_speech con la razón"
            )
        report.add(read.shown, needed, message)
    return derived


def check_times(read: ContentFile, probed: Probe, report) -> dict:
    """Chapters and the poster time, inside the recording and in order."""
    meta = read.clean
    derived: dict = {}
    if "chapters" in meta:
        chapters, problems = check_chapters(meta["chapters"], probed.duration)
        for field, message in problems:
            report.add(read.shown, field, message)
        derived["chapters"] = chapters
    if "poster_time" in meta:
        problem = check_poster_time(meta["poster_time"], probed.duration)
        if problem:
            report.add(read.shown, "poster_time", problem)
    return derived


def check_description(read: ContentFile, probed: Probe, settings, report) -> None:
    """``version-descrita`` needs the described file: a video of about the same length."""
    meta, written = read.clean, read.metadata
    method = meta.get("audio_description")
    if method == "version-descrita" and "described_version" not in written:
        report.add(
            read.shown,
            "described_version",
            "falta: con audio_description: version-descrita se espera el archivo de la "
            "versión con audiodescripción, en esta carpeta (p. ej. grabacion-descrita.mp4)",
        )
        return
    if "described_version" not in meta:
        return
    name = os.path.basename(meta["described_version"])
    if method != "version-descrita":
        report.add(
            read.shown,
            "described_version",
            f"'{name}' solo va con audio_description: version-descrita; cambie "
            "audio_description o quite described_version",
        )
        return
    try:
        described = probe_file(meta["described_version"], settings)
        if not described.has_video:
            raise MediaError(
                "no tiene imagen; se espera el mismo video con audiodescripción"
            )
    except MediaError as exc:
        report.add(read.shown, "described_version", f"'{name}' {exc}")
        return
    if abs(described.duration - probed.duration) > max(
        2.0, DESCRIBED_SLACK * probed.duration
    ):
        report.add(
            read.shown,
            "described_version",
            f"'{name}' dura {short_clock(described.duration)} y la grabación "
            f"{short_clock(probed.duration)}; se espera la misma grabación con "
            "audiodescripción, de duración parecida",
        )
