"""The photo pipeline, and bulletin images through it.

Originals never reach ``output/``: each published photo is a set of derived
files without private metadata, made once per content and recipe in a cache
outside ``output/`` (``IMAGES_CACHE_PATH``) on every core (``IMAGES_WORKERS``;
1 for one process).
"""

from __future__ import annotations

import logging

from pelican import signals

from content_schema import report_for
from content_schema.reader import display_path
from incremental.keeper import output_keeper
from run_state import ImageStats, state_of

from .cache import ImageStore
from .picture import Picture, publish_picture
from .pool import check_sources, derive_all
from .recipe import Job, Recipe

__all__ = [
    "ImageStore",
    "Job",
    "Picture",
    "Recipe",
    "check_sources",
    "derive_all",
    "publish_picture",
    "record_stats",
]

logger = logging.getLogger(__name__)


def bulletin_recipe(settings) -> Recipe:
    return Recipe(**settings["IMAGES_BULLETIN_RECIPE"])


def copyright_for(settings, year: int) -> str:
    return settings["IMAGES_COPYRIGHT"].format(year=year)


def reset_stats(pelican) -> None:
    """Each run (the dev server rebuilds) counts its own photos."""
    state_of(pelican.settings).image_stats = ImageStats()


def record_stats(settings, derived) -> None:
    """Counts of this build's photos, in the build's state the command reads back."""
    stats = state_of(settings).image_stats
    for item in derived:
        if item.worked:
            stats.processed += 1
        else:
            stats.reused += 1


def publish_bulletin_images(generator) -> None:
    settings = generator.settings
    written = list(generator.articles)
    if settings["DRAFT_SAVE_AS"]:
        written += list(generator.drafts)
    recipe = bulletin_recipe(settings)
    jobs = {}
    for article in written:
        image = article.metadata.get("image")
        article.picture = None
        if image:
            jobs[id(article)] = Job(
                image["src"],
                recipe,
                image["credit"],
                copyright_for(settings, article.date.year),
            )
    if settings["CHECK_ONLY"]:  # make check: no pixels, no output
        for problem in check_sources(list(jobs.values())):
            for article in written:
                job = jobs.get(id(article))
                if job is not None and job.source == problem.source:
                    report_for(settings).add(
                        display_path(article.source_path, settings),
                        "image.src",
                        f"la imagen '{job.source.rsplit('/', 1)[-1]}' {problem.message}",
                    )
        return
    store = ImageStore(settings["IMAGES_CACHE_PATH"])
    results, problems = derive_all(list(jobs.values()), store, settings["IMAGES_WORKERS"])
    failed = {p.source: p.message for p in problems}
    record_stats(settings, results.values())
    for article in written:
        job = jobs.get(id(article))
        if job is None:
            continue
        if job.source in failed:
            report_for(settings).add(
                display_path(article.source_path, settings),
                "image.src",
                f"la imagen '{job.source.rsplit('/', 1)[-1]}' {failed[job.source]}",
            )
            continue
        article.picture = publish_picture(
            results[(job.source, recipe)],
            generator.output_path,
            f"imagenes/boletines/{article.date.year}/{article.slug}",
            "",
            keeper=output_keeper(settings),
            alt=article.metadata["image"]["alt"],
            credit=job.credit,
        )


def register() -> None:
    signals.get_generators.connect(reset_stats)
    signals.article_generator_finalized.connect(publish_bulletin_images)
