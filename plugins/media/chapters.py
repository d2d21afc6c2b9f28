"""Chapter times and the poster time of a recording, written as MM:SS or HH:MM:SS.

Each problem is ``(field, message)`` with the chapter's position
(``chapters[2].time``) so staff find the line; a character that only looks
like a digit or a colon (a full-width colon from a phone) is named.
"""

from __future__ import annotations

import re

from content_schema.lookalikes import name_lookalike

from .captions import clock
from .model import Chapter

SHAPE = re.compile(r"^(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})$")
EXPECTED = "MM:SS o HH:MM:SS (por ejemplo 01:30 o 01:02:30)"


def short_clock(seconds: float) -> str:
    """90 -> '01:30', 3750 -> '01:02:30': as staff write chapter times."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def parse_clock(value) -> float:
    """Seconds of '01:30' or '01:02:30', or ``ValueError`` with the message for staff."""
    text = str(value).strip()
    odd = name_lookalike(text)
    if odd:
        raise ValueError(f"'{text}' no es un tiempo válido: {odd}; se espera {EXPECTED}")
    match = SHAPE.match(text)
    if match is None:
        hint = (
            " (use : y no . entre minutos y segundos)"
            if re.match(r"^\d+\.\d{2}$", text)
            else ""
        )
        raise ValueError(f"'{text}' no es un tiempo válido{hint}; se espera {EXPECTED}")
    minutes, seconds = int(match["m"]), int(match["s"])
    if seconds > 59 or (match["h"] is not None and minutes > 59):
        raise ValueError(
            f"'{text}' no es un tiempo válido: minutos y segundos van de 00 a 59; se espera {EXPECTED}"
        )
    return int(match["h"] or 0) * 3600 + minutes * 60 + seconds


def _inside(seconds: float, text: str, duration: float) -> str | None:
    if seconds >= duration:
        return (
            f"'{text}' está después del final de la grabación, que dura "
            f"{short_clock(duration)}; se espera un tiempo dentro de la grabación"
        )
    return None


def check_chapters(
    written: list[dict], duration: float
) -> tuple[tuple[Chapter, ...], list[tuple[str, str]]]:
    """The chapters in order, and every ``(field, message)`` problem."""
    chapters: list[Chapter] = []
    problems: list[tuple[str, str]] = []
    last: tuple[float, str] | None = None
    for position, item in enumerate(written, start=1):
        field = f"chapters[{position}].time"
        try:
            start = parse_clock(item["time"])
        except ValueError as exc:
            problems.append((field, str(exc)))
            continue
        outside = _inside(start, item["time"], duration)
        if outside:
            problems.append((field, outside))
            continue
        if last is not None and start <= last[0]:
            problems.append((field, (
                f"'{item['time']}' no va después del capítulo anterior ({last[1]}); "
                "se esperan los capítulos en orden, cada uno más tarde que el anterior"
            )))  # fmt: skip
        last = (start, item["time"])
        chapters.append(Chapter(float(start), item["title"]))
    return tuple(chapters), problems


def check_poster_time(text: str, duration: float) -> str | None:
    """The message for a wrong ``poster_time``, or None."""
    try:
        seconds = parse_clock(text)
    except ValueError as exc:
        return str(exc)
    return _inside(seconds, text, duration)


__all__ = ["check_chapters", "check_poster_time", "clock", "parse_clock", "short_clock"]
