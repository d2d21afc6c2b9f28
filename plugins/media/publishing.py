"""The published files of each recording (renditions, captions, poster, waveform).

Each file is made once per source content and recipe into the media cache
(``MEDIA_CACHE_PATH``, outside output/; ``pool`` and ``transcode``) and
linked into output/ under a name carrying its cache key, so a changed source
gets a new URL and never replaces a file a player may be resuming. Roles:

- video: "web" (MP4 H.264/AAC, 720p), "press" (the source's size, only when
  larger than the web size), "described" (when there is a described version);
- audio: "web" (MP3 at -16 LUFS: the page's player and the podcast
  enclosure), "broadcast" (WAV at -23 LUFS with Broadcast WAV metadata);
- ``captions_url``: the published WebVTT of a video;
- ``poster`` (video) and ``waveform`` (audio): ``images.Picture``, made by
  the image pipeline (WebP + JPEG, srcset) from a frame the media cache keeps.
"""

from __future__ import annotations

import hashlib
import os

from content_schema import report_for
from content_schema.reading import display_path
from images import Job, Recipe, derive_all, publish_picture
from images.cache import ImageStore, place
from incremental.keeper import output_keeper
from run_state import state_of

from .media_cache import EXTENSIONS, MediaStore
from .model import Recording, Rendition
from .pool import run_all
from .recipe import MediaJob, MediaRecipe, Tags

MIME = {"mp4": "video/mp4", "mp3": "audio/mpeg", "wav": "audio/wav"}
SUFFIX = {"web": "", "press": "-prensa", "described": "-audiodescripcion",
          "broadcast": "-radio"}  # fmt: skip


def media_recipe(settings) -> MediaRecipe:
    values = dict(settings["MEDIA_RECIPE"])
    if "waveform_size" in values:
        values["waveform_size"] = tuple(values["waveform_size"])
    return MediaRecipe(**values)


def _seconds(text: str) -> float:
    """Staff's "MM:SS" (or "HH:MM:SS"); -1 when empty."""
    if not text:
        return -1.0
    total = 0.0
    for part in str(text).split(":"):
        total = total * 60 + float(part)
    return total


def _tags(recording: Recording, settings) -> Tags:
    year = recording.date.year
    return Tags(
        title=recording.title,
        credit=recording.credit,
        copyright=settings["MEDIA_COPYRIGHT"].format(year=year),
        year=year,
        description=recording.summary[:256],
        date=recording.date.date().isoformat(),
        time=recording.date.strftime("%H:%M:%S"),
        reference=recording.folder[:32],
    )


def jobs_of(recording: Recording, recipe: MediaRecipe, settings) -> dict[str, MediaJob]:
    """The files of one recording by role ("poster" and "waveform" included)."""
    tags = _tags(recording, settings)
    common = {"recipe": recipe, "tags": tags, "name": recording.slug}
    source = recording.source
    if recording.media == "audio":
        return {
            "web": MediaJob(source, "mp3", label="audio MP3", **common),
            "broadcast": MediaJob(source, "wav", label="audio WAV para radio", **common),
            "waveform": MediaJob(source, "waveform", label="forma de onda", **common),
        }
    probe = recording.probe
    web = recipe.web_height
    jobs = {"web": MediaJob(source, "video", height=web, label=f"video {web}p", **common)}
    if min(probe.width, probe.height) > web:
        short = min(probe.width, probe.height)
        jobs["press"] = MediaJob(source, "video", label=f"video {short}p, prensa", **common)
    described = getattr(recording, "described_version", "")
    if described:
        jobs["described"] = MediaJob(
            described, "video", height=web, label="video con audiodescripción", **common
        )
    jobs["poster"] = MediaJob(
        source, "poster", label="portada",
        poster_at=_seconds(getattr(recording, "poster_time", "")), **common,
    )  # fmt: skip
    return jobs


def _field(role: str) -> str:
    return "described_version" if role == "described" else "file"


def publish_media(recordings: list[Recording], settings, output_path: str) -> None:
    """Fill each recording's renditions, captions, poster and waveform; write the files."""
    recipe = media_recipe(settings)
    planned = {id(r): jobs_of(r, recipe, settings) for r in recordings}
    store = MediaStore(settings["MEDIA_CACHE_PATH"])
    every = [job for jobs in planned.values() for job in jobs.values()]
    results, problems = run_all(every, store, settings["MEDIA_WORKERS"])
    stats = state_of(settings).media_stats
    for result in results.values():
        if result.worked:
            stats.processed += 1
        else:
            stats.reused += 1
    failed = {p.source: p.message for p in problems}
    keeper = output_keeper(settings)
    pictures = []
    for recording in recordings:
        jobs = planned[id(recording)]
        bad = {
            job.source: role for role, job in reversed(jobs.items()) if job.source in failed
        }
        for source, role in bad.items():  # once per file, under its field
            report_for(settings).add(
                display_path(recording.source_path, settings),
                _field(role),
                f"'{os.path.basename(source)}' {failed[source]}",
            )
        if bad:
            continue
        renditions = []
        for role, job in jobs.items():
            if role in ("poster", "waveform"):
                pictures.append((recording, role, results[job]))
                continue
            result = results[job]
            ext = EXTENSIONS[job.output]
            url = f"{recording.url}{recording.slug}{SUFFIX[role]}-{result.key[:10]}.{ext}"
            place(result.path, os.path.join(output_path, url), keeper)
            renditions.append(
                Rendition(
                    role=role,
                    url=url,
                    mime=MIME[ext],
                    size=os.path.getsize(result.path),
                    duration=result.duration,
                    width=result.width,
                    height=result.height,
                )
            )
        recording.renditions = renditions
        captions = getattr(recording, "captions_file", "")
        if captions:
            recording.captions_url = _publish_text(
                recording, captions, output_path, "-subtitulos", keeper
            )
    _publish_pictures(pictures, settings, output_path, keeper)


def _publish_text(recording, path: str, output_path: str, suffix: str, keeper) -> str:
    """A small text file (WebVTT) under a versioned name; kept when unchanged."""
    with open(path, "rb") as handle:
        data = handle.read()
    version = hashlib.sha256(data).hexdigest()[:10]
    url = f"{recording.url}{recording.slug}{suffix}-{version}.vtt"
    if keeper is not None and keeper.keep_same(url, data):
        return url
    target = os.path.join(output_path, url)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(data)
    return url


def _publish_pictures(pictures, settings, output_path: str, keeper) -> None:
    """Posters and waveforms through the photo pipeline (WebP + JPEG, srcset)."""
    recipes = {
        "poster": Recipe(**settings["MEDIA_POSTER_RECIPE"]),
        "waveform": Recipe(**settings["MEDIA_WAVEFORM_RECIPE"]),
    }
    jobs = []
    for recording, role, result in pictures:
        rights = settings["MEDIA_COPYRIGHT"].format(year=recording.date.year)
        jobs.append(Job(result.path, recipes[role], recording.credit, rights))
    if not jobs:
        return
    derived, problems = derive_all(
        jobs, ImageStore(settings["IMAGES_CACHE_PATH"]), settings["IMAGES_WORKERS"]
    )
    for problem in problems:  # a frame FFmpeg made: a bug, not staff's mistake
        raise RuntimeError(f"{problem.source}: {problem.message}")
    for (recording, role, result), job in zip(pictures, jobs, strict=True):
        alt = (
            f"Cuadro del video «{recording.title}»"
            if role == "poster"
            else f"Forma de onda del audio «{recording.title}»"
        )
        picture = publish_picture(
            derived[(job.source, job.recipe)],
            output_path,
            f"{recording.url}imagenes",
            f"{'portada' if role == 'poster' else 'onda'}-{result.key[:10]}-",
            keeper=keeper,
            alt=alt,
            credit=recording.credit,
        )
        setattr(recording, role, picture)
