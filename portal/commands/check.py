"""Check all content without building: ``make check`` and the pre-commit hook.

Reads every file and runs every check the build runs (schemas, numbers,
duplicates, links between bulletins, galleries, plans, reports and events,
photo headers), but writes nothing and decodes no photo. Prints the same
Spanish report as the build; exit 0 when all is well, 2 when not.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time

from pelican import Pelican, signals
from pelican.log import init as init_logging

import portal_settings
import run_state
from content_schema.errors import ContentErrors


def check(settings_file: str, content: str | None = None) -> int:
    overrides = {"CHECK_ONLY": True, "SEARCH_INDEX": False}
    if content:
        overrides["PATH"] = os.path.abspath(content)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        overrides["OUTPUT_PATH"] = scratch
        try:
            settings = portal_settings.load(settings_file, overrides)
        except portal_settings.SettingsErrors as errors:
            print(errors.format(), file=sys.stderr)
            return errors.exitcode
        state = run_state.begin(settings)
        init_logging(level=logging.WARNING, name="pelican")
        pelican = Pelican(settings)
        context = settings.copy()
        context.update(generated_content={}, static_links=set(), static_content={})
        context["localsiteurl"] = settings["SITEURL"]
        generators = [
            cls(
                context=context,
                settings=settings,
                path=pelican.path,
                theme=pelican.theme,
                output_path=scratch,
            )
            for cls in pelican._get_generator_classes()
        ]
        try:
            for generator in generators:
                if hasattr(generator, "generate_context"):
                    generator.generate_context()
            signals.all_generators_finalized.send(generators)
        except ContentErrors as errors:
            print(errors.report.format(), file=sys.stderr)
            return errors.exitcode
    report = state.report
    if report is not None and report.warnings:
        print(report.format_warnings(), file=sys.stderr)
    count = sum(
        len(getattr(g, "articles", [])) + len(getattr(g, "drafts", [])) for g in generators
    )
    print(
        f"Contenido sin errores ({count} boletines revisados, "
        f"{time.perf_counter() - started:.1f} s)."
    )
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("--content", help="carpeta de contenido (por omisión, content/)")
    args = parser.parse_args(argv)
    return check(args.settings, args.content)


if __name__ == "__main__":
    sys.exit(main())
