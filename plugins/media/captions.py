"""WebVTT caption files, read strictly enough that a browser would show them.

Our own small parser rather than webvtt-py: that one stops at the first
problem, names no line for most of them and accepts files a browser drops
cues from (a timing line without the blank line before it). Staff need
every mistake at once, each with its line, in Spanish. The rules follow
the WebVTT spec's parser: the ``WEBVTT`` header (a BOM is fine), blocks
separated by blank lines, ``HH:MM:SS.mmm --> HH:MM:SS.mmm`` or
``MM:SS.mmm`` timings with optional settings, and a cue ends at a blank
line or at a line with ``-->``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Cue

# How far past the recording's end a cue may run (players round durations).
END_SLACK = 0.5

TIME = re.compile(r"^(?:(?P<h>\d{2,}):)?(?P<m>\d{2}):(?P<s>\d{2})\.(?P<ms>\d{3})$")
SRT_TIME = re.compile(r"^(?:\d{1,}:)?\d{1,2}:\d{1,2},\d{1,3}$")
TIMING = re.compile(
    r"^(?P<start>\S+)[ \t]+-->[ \t]+(?P<end>\S+)(?:[ \t]+(?P<settings>.*))?$"
)
SETTINGS = ("vertical", "line", "position", "size", "align", "region")
TAG = re.compile(r"<[^>]*>")
EXAMPLE = "00:00:01.000 --> 00:00:04.000"


@dataclass(frozen=True)
class Captions:
    """The cues of a file and its problems as ``(line, message)``."""

    cues: tuple[Cue, ...]
    problems: tuple[tuple[int, str], ...]


def clock(seconds: float) -> str:
    """3725.5 -> '01:02:05.500', as staff write it in a .vtt."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def decode(data: bytes) -> tuple[str | None, tuple[int, str] | None]:
    """The text of a caption or transcript file, or the line that is not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, (
            line,
            "no está en UTF-8 (¿se guardó como ANSI o Latin-1?); guárdelo con la "
            "codificación UTF-8 (en el Bloc de notas: Guardar como, Codificación: UTF-8)",
        )
    return text.removeprefix("\ufeff"), None


def parse_time(text: str) -> float | None:
    match = TIME.match(text)
    if match is None or int(match["m"]) > 59 or int(match["s"]) > 59:
        return None
    hours = int(match["h"] or 0)
    return hours * 3600 + int(match["m"]) * 60 + int(match["s"]) + int(match["ms"]) / 1000


def _time_problem(text: str, which: str) -> str:
    if SRT_TIME.match(text):
        return (
            f"el {which} '{text}' lleva coma antes de los milésimos, como en SRT; "
            f"WebVTT usa punto: '{text.replace(',', '.')}'"
        )
    return (
        f"el {which} '{text}' no es un tiempo válido; se espera HH:MM:SS.mmm o "
        "MM:SS.mmm (por ejemplo 00:01:02.500)"
    )


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Groups of non-blank lines with the number of their first line."""
    blocks, current, start = [], [], 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _looks_like_srt(lines: list[str]) -> bool:
    first = [line.strip() for line in lines if line.strip()][:2]
    return len(first) == 2 and first[0].isdigit() and "-->" in first[1] and "," in first[1]


def parse_webvtt(text: str, duration: float | None = None) -> Captions:
    """Every cue of ``text`` and every problem, each with its line number."""
    lines = (
        text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    )
    problems: list[tuple[int, str]] = []
    if not text.strip():
        return Captions(
            (), ((1, "está vacío; se espera WEBVTT en la primera línea y los subtítulos"),)
        )
    header = lines[0]
    if not (header == "WEBVTT" or re.match(r"^WEBVTT[ \t]", header)):
        if _looks_like_srt(lines):
            return Captions((), ((1, (
                "es un archivo SRT con la extensión .vtt (empieza con un número y usa "
                "comas en los tiempos); conviértalo a WebVTT: escriba WEBVTT en la primera "
                "línea, una línea en blanco, y cambie las comas de los tiempos por puntos"
            )),))  # fmt: skip
        problems.append(
            (
                1,
                f"falta el encabezado; la primera línea debe ser WEBVTT y es '{header.strip()[:40]}'",
            )
        )
    blocks = _blocks(lines)
    if blocks and blocks[0][0] == 1 and "-->" not in header:
        first, header_lines = blocks.pop(0)
        for offset, line in enumerate(header_lines[1:], start=1):
            if "-->" in line:
                problems.append(
                    (
                        first + offset,
                        "falta una línea en blanco entre el encabezado WEBVTT y el primer subtítulo",
                    )
                )
                blocks.insert(0, (first + offset, header_lines[offset:]))
                break
    cues: list[Cue] = []
    previous: tuple[float, int] | None = None
    for start_line, block in blocks:
        if re.match(r"^(NOTE|STYLE|REGION)([ \t]|$)", block[0]) and "-->" not in block[0]:
            arrow = next((i for i, line in enumerate(block) if "-->" in line), None)
            if arrow is not None:
                problems.append((start_line + arrow, (
                    "un comentario NOTE (o un bloque STYLE o REGION) no puede llevar '-->'; "
                    "si es la línea de tiempos de un subtítulo, falta una línea en blanco antes"
                )))  # fmt: skip
            continue
        timing_at = 0 if "-->" in block[0] else 1
        if timing_at >= len(block) or "-->" not in block[timing_at]:
            problems.append(
                (
                    start_line,
                    f"falta '-->' en la línea de tiempos; se espera, por ejemplo, {EXAMPLE}",
                )
            )
            continue
        number = start_line + timing_at
        cue = _cue(block, timing_at, number, problems)
        match = TIMING.match(block[timing_at].strip())
        start = parse_time(match["start"]) if match else None
        if start is not None and previous is not None and start < previous[0]:
            problems.append((number, (
                f"el subtítulo empieza en {clock(start)}, antes que el de la línea "
                f"{previous[1]} ({clock(previous[0])}); se esperan en orden de tiempo"
            )))  # fmt: skip
        if start is not None:
            previous = (start, number)
        if cue is None:
            continue
        if duration is not None and cue.end > duration + END_SLACK:
            problems.append((number, (
                f"el subtítulo termina en {clock(cue.end)}, después del final de la "
                f"grabación ({clock(duration)}); se espera que termine antes"
            )))  # fmt: skip
        cues.append(cue)
    return Captions(tuple(cues), tuple(problems))


def _cue(block: list[str], timing_at: int, number: int, problems) -> Cue | None:
    match = TIMING.match(block[timing_at].strip())
    if match is None:
        problems.append((number, (
            f"la línea de tiempos no se entiende; se espera inicio --> fin con espacios "
            f"alrededor de la flecha, por ejemplo {EXAMPLE}"
        )))  # fmt: skip
        return None
    start, end = parse_time(match["start"]), parse_time(match["end"])
    bad = False
    for value, raw, which in (
        (start, match["start"], "inicio"),
        (end, match["end"], "final"),
    ):
        if value is None:
            problems.append((number, _time_problem(raw, which)))
            bad = True
    for setting in (match["settings"] or "").split():
        name, colon, value = setting.partition(":")
        if name not in SETTINGS or not colon or not value:
            problems.append((number, (
                f"el ajuste '{setting}' no existe; después de los tiempos solo van "
                f"{', '.join(SETTINGS)} con la forma nombre:valor (por ejemplo align:center)"
            )))  # fmt: skip
    text_lines = block[timing_at + 1 :]
    for offset, line in enumerate(text_lines, start=1):
        if "-->" in line:
            problems.append((number + offset, (
                "el texto de un subtítulo no puede llevar '-->': si es la línea de tiempos "
                "del siguiente, falta una línea en blanco antes de ella"
            )))  # fmt: skip
            text_lines = text_lines[: offset - 1]
            break
    if not any(TAG.sub("", line).strip() for line in text_lines):
        problems.append(
            (
                number,
                "el subtítulo no tiene texto; escríbalo debajo de la línea de tiempos, o borre el subtítulo",
            )
        )
        bad = True
    if bad:
        return None
    if end <= start:
        problems.append(
            (
                number,
                f"el final ({match['end']}) no es posterior al inicio ({match['start']}); se espera inicio --> fin",
            )
        )
        return None
    return Cue(start, end, "\n".join(line.strip() for line in text_lines))


def plain(text: str) -> str:
    """A cue's words without tags (``<v Ana>``, ``<i>``) and line breaks."""
    return " ".join(
        TAG.sub("", text)
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .split()
    )


def _voice(text: str) -> str | None:
    match = re.match(r"^<v(?:\.[^ \t>]+)*[ \t]+([^>]+)>", text)
    return match[1].strip() if match else None


def transcript_of(cues, pause: float = 2.0) -> str:
    """Paragraphs of the cues' words: a new one at a pause or a new voice."""
    paragraphs: list[list[str]] = []
    last_end, last_voice = None, None
    for cue in cues:
        voice = _voice(cue.text)
        new_voice = voice is not None and voice != last_voice
        if not paragraphs or new_voice or (cue.start - last_end) >= pause:
            paragraphs.append([])
        words = plain(cue.text)
        if words:
            paragraphs[-1].append(words)
        last_end, last_voice = cue.end, voice or last_voice
    return "\n\n".join(" ".join(p) for p in paragraphs if p)
