"""The state of one build, apart from its settings.

A build gathers things as it goes: the content problems and warnings, how many
photos were made or reused, the future moments when the output changes by the
clock alone, the render plan and the Markdown it converted. They are one ``BuildState``, created per
build (``begin``), reached through one accessor (``state_of``) by the readers
and plugins that only see Pelican's settings, and read back by the command.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # content_schema imports this package: no cycle at run time
    from content_schema.errors import ContentReport

__all__ = ["BuildState", "ImageStats", "MediaStats", "begin", "state_of"]

# Pelican shares one settings dict with every reader and generator; the state
# rides on it under this one key (lower case: never a setting, never validated).
_KEY = "portal_build_state"


@dataclass
class ImageStats:
    """Photos of this build: derived now, or found in the image cache."""

    processed: int = 0
    reused: int = 0


@dataclass
class MediaStats:
    """Video and audio files of this build: made now, or found in the media cache."""

    processed: int = 0
    reused: int = 0


@dataclass
class BuildState:
    # Created by content_schema.report_for on first use (it owns ContentReport).
    report: ContentReport | None = None
    image_stats: ImageStats = field(default_factory=ImageStats)
    media_stats: MediaStats = field(default_factory=MediaStats)
    # Future moments when the output changes by the clock alone (an embargo
    # ends, an event passes): a build is not «unchanged» after the first one.
    time_boundaries: list[dt.datetime] = field(default_factory=list)
    # The render plan of plugins/incremental (incremental.manifest.plan): set
    # by portal.commands.build; None in a plain Pelican run (every page renders).
    render: Any = None
    # The Markdown converted by this build (content_schema.markdown_cache):
    # a failed build's conversions never reach the next one.
    markdown: Any = None
    # What reading each content file gave (content_schema.reading_cache): the
    # same rule as the Markdown, only a finished build saves it.
    reading: Any = None

    @property
    def valid_until(self) -> dt.datetime | None:
        return min(self.time_boundaries, default=None)


def begin(settings: dict) -> BuildState:
    """A fresh state for the build about to run with ``settings``."""
    state = BuildState()
    settings[_KEY] = state
    return state


def state_of(settings: dict) -> BuildState:
    """The state of the build running with ``settings`` (begun if it was not:
    a reader or generator called on its own, as unit tests do)."""
    state = settings.get(_KEY)
    return state if isinstance(state, BuildState) else begin(settings)
