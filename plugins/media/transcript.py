"""Captions and transcripts of a recording, read into cues and paragraphs.

A video's captions are WebVTT (``captions``); a transcript (``transcript``)
is plain text (``.txt``, ``.md``: paragraphs separated by blank lines) or
WebVTT with its timings. The page shows the transcript as paragraphs; a
video without one gets it from its captions.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .captions import decode, parse_webvtt, transcript_of
from .model import Cue


@dataclass(frozen=True)
class Speech:
    """What a caption or transcript file says, and its ``(line, message)`` problems."""

    cues: tuple[Cue, ...] = ()
    text: str = ""  # paragraphs separated by a blank line
    problems: tuple[tuple[int, str], ...] = ()


def read_captions(path: str, duration: float | None) -> Speech:
    with open(path, "rb") as handle:
        text, problem = decode(handle.read())
    if problem is not None:
        return Speech(problems=(problem,))
    parsed = parse_webvtt(text, duration)
    return Speech(parsed.cues, transcript_of(parsed.cues), parsed.problems)


def _markdown_line(line: str) -> str:
    """A Markdown line's words: no heading marks, list bullets or emphasis."""
    line = re.sub(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s?)", "", line)
    return re.sub(r"(\*\*|__|\*|_)(\S.*?\S|\S)\1", r"\2", line)


def read_transcript(path: str, duration: float | None) -> Speech:
    """A transcript file: WebVTT as captions, text as paragraphs."""
    if path.lower().endswith(".vtt"):
        return read_captions(path, duration)
    with open(path, "rb") as handle:
        text, problem = decode(handle.read())
    if problem is not None:
        return Speech(problems=(problem,))
    markdown = path.lower().endswith(".md")
    paragraphs, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(_markdown_line(line) if markdown else line)
        elif current:
            paragraphs.append(" ".join(" ".join(current).split()))
            current = []
    if current:
        paragraphs.append(" ".join(" ".join(current).split()))
    if not paragraphs:
        name = os.path.basename(path)
        return Speech(
            problems=(
                (1, f"'{name}' no tiene texto; se espera lo que se dice en la grabación"),
            )
        )
    return Speech(text="\n\n".join(paragraphs))
