"""The office's video and audio archive: videoteca and fonoteca (see generator.py)."""

from __future__ import annotations

from pelican import signals

from run_state import MediaStats, state_of

from .generator import AudioGenerator, VideoGenerator


def get_generators(pelican):
    return [VideoGenerator, AudioGenerator]


def reset_stats(pelican) -> None:
    """Each run (the dev server rebuilds) counts its own media files."""
    state_of(pelican.settings).media_stats = MediaStats()


def register() -> None:
    signals.get_generators.connect(reset_stats)
    signals.get_generators.connect(get_generators)
