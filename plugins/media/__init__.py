"""The office's video and audio archive: videoteca and fonoteca (see generator.py)."""

from __future__ import annotations

from pelican import signals

from .generator import AudioGenerator, VideoGenerator


def get_generators(pelican):
    return [VideoGenerator, AudioGenerator]


def register() -> None:
    signals.get_generators.connect(get_generators)
