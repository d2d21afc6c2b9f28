"""The office's video and audio archive: videoteca and fonoteca (see generator.py).

Templates get ``duracion`` («3 min 12 s»), ``reloj`` («1:05»),
``segundos_fragmento`` (the ``#t=`` value), ``archivo_media`` («MP4 · 1280 ×
720 · 3.2 MB»), ``media_license`` (the recording's licence text) and
``media_object_ld`` (its VideoObject/AudioObject, for ``json_ld``),
``rol_media`` (what a published file is for); the global ``AUDIO_DESCRIPTION``.
"""

from __future__ import annotations

from pelican import signals

from content_schema.media_schemas import AUDIO_DESCRIPTION
from presentation.structured_data import SiteIdentity
from run_state import MediaStats, state_of

from . import display
from .generator import AudioGenerator, VideoGenerator
from .structured_data import media_object


def get_generators(pelican):
    return [VideoGenerator, AudioGenerator]


def license_of(recording, settings) -> str:
    """The recording's own licence, or the site's MEDIA_LICENSE for its year."""
    return recording.license or settings["MEDIA_LICENSE"].format(year=recording.date.year)


def add_filters(generator) -> None:
    env = getattr(generator, "env", None)
    if env is None:
        return
    settings = generator.settings
    site = SiteIdentity.from_settings(settings)

    def media_license(recording):
        return license_of(recording, settings)

    def media_object_ld(recording):
        return media_object(site, recording, license_of(recording, settings))

    env.filters.update(display.FILTERS)
    env.filters["media_license"] = media_license
    env.filters["media_object_ld"] = media_object_ld
    env.globals["AUDIO_DESCRIPTION"] = AUDIO_DESCRIPTION


def reset_stats(pelican) -> None:
    """Each run (the dev server rebuilds) counts its own media files."""
    state_of(pelican.settings).media_stats = MediaStats()


def register() -> None:
    signals.get_generators.connect(reset_stats)
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
