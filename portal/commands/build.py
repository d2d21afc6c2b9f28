"""Build the site into a staging folder and swap it into place on success.

``make html`` (``python -m portal build``) and ``make publish`` run this
instead of ``pelican`` so that a content mistake prints one report in
Spanish, exits non-zero, and leaves ``output/`` exactly as the last good
build left it.
"""

from __future__ import annotations

import argparse
import glob
import logging
import os
import shutil
import sys
import time

from pelican import Pelican
from pelican.log import init as init_logging

import portal_settings
import run_state
from bulletins.embargo import embargo_clock
from content_schema.errors import ContentErrors
from incremental import manifest as render_manifest
from incremental.errors import CacheError
from incremental.verify import report as verify_report
from portal import build_state, paths
from portal.output_sync import sync_into_place
from portal.search_index import index_for_search


class _ErrorCounter(logging.Handler):
    """Pelican logs some failures and carries on; for us they fail the build."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Construye el portal.")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-o", "--output", default=None, help="carpeta de salida")
    parser.add_argument("--content", default=None, help="carpeta de contenido")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NOMBRE=VALOR",
        help="cambia un ajuste; el texto se convierte a su tipo (docs/ajustes.md), "
        "p. ej. EMBARGO=false o EMBARGO_NOW=2021-03-01T00:00",
    )
    parser.add_argument("-q", "--quiet", action="store_true")
    parser.add_argument(
        "--force", action="store_true", help="construye aunque nada haya cambiado"
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="genera también las páginas que la caché conservaría y falla si alguna "
        "difiere de la que hay en la carpeta de salida",
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def build(
    settings_file,
    output=None,
    content=None,
    overrides=None,
    quiet=False,
    verbose=False,
    force=False,
    verify=False,
    page_cache=True,
) -> int:
    """``page_cache=False`` (``make publish``) renders every page; ``verify``
    renders the pages the cache would keep too and fails on any difference."""
    if verify and not page_cache:
        print(
            "--verify compara las páginas que la caché conservaría, y make publish "
            "genera todas sin caché: no hay nada que comprobar. Use "
            "«python -m portal build --verify».",
            file=sys.stderr,
        )
        return 2
    overrides = dict(overrides or {})
    settings_file = os.path.abspath(settings_file)
    project = os.path.dirname(settings_file)
    if content:
        overrides["PATH"] = os.path.abspath(content)
    try:
        settings = portal_settings.load(settings_file, overrides)
    except portal_settings.SettingsErrors as errors:
        print(errors.format(), file=sys.stderr)
        return errors.exitcode
    state = run_state.begin(settings)
    output = os.path.abspath(output or settings["OUTPUT_PATH"])
    staging = os.path.join(os.path.dirname(output), f".{os.path.basename(output)}-staging")
    shutil.rmtree(staging, ignore_errors=True)
    settings["OUTPUT_PATH"] = staging
    settings_files = [settings_file, *sorted(glob.glob(os.path.join(project, "*conf.py")))]
    # a site built with the page cache never passes for one built without it
    mode = {} if page_cache else {"<páginas>": "todas"}
    inputs = build_state.fingerprint(
        settings["PATH"], settings["THEME"], settings_files, {**overrides, **mode}
    )
    previous = build_state.read(output)
    if not (force or verify) and build_state.unchanged(
        output, previous, inputs, embargo_clock(settings)
    ):
        for line in previous.get("warnings", []):
            print(line, file=sys.stderr)
        if not quiet:
            print(
                f"Sin cambios desde la última construcción: {os.path.relpath(output)} "
                "ya está al día (use --force para construir de todos modos)."
            )
        return 0
    build_state.forget(output)
    # Pages whose inputs did not change are kept from output/ (plugins/incremental);
    # --force and make publish render every page.
    key = render_manifest.site_key(
        settings["THEME"],
        settings_files,
        overrides,
        paths.code_trees(),
        [paths.REQUIREMENTS],
    )
    state.render = render_manifest.plan(
        output, staging, key, fresh=force or not page_cache, verify=verify
    )
    discarded = state.render["discarded"]
    if discarded:
        print(render_manifest.discarded_line(output, discarded), file=sys.stderr)

    init_logging(level=logging.INFO if verbose else logging.WARNING, name="pelican")
    counter = _ErrorCounter()
    logging.getLogger().addHandler(counter)
    started = time.perf_counter()
    try:
        Pelican(settings).run()
    except ContentErrors as errors:
        shutil.rmtree(staging, ignore_errors=True)
        print(errors.report.format(), file=sys.stderr)
        print(f"La carpeta {os.path.relpath(output)} no se modificó.", file=sys.stderr)
        return errors.exitcode
    except CacheError as error:
        shutil.rmtree(staging, ignore_errors=True)
        print(error.message, file=sys.stderr)
        print(f"La carpeta {os.path.relpath(output)} no se modificó.", file=sys.stderr)
        return 1
    finally:
        logging.getLogger().removeHandler(counter)
    if counter.records:
        shutil.rmtree(staging, ignore_errors=True)
        print(
            f"La construcción registró {len(counter.records)} error(es) (arriba); "
            f"la carpeta {os.path.relpath(output)} no se modificó.",
            file=sys.stderr,
        )
        return 1
    differences = state.render["differences"]
    if differences:
        shutil.rmtree(staging, ignore_errors=True)
        print(verify_report(differences, os.path.relpath(output)), file=sys.stderr)
        return 1
    if settings["SEARCH_INDEX"]:
        indexed = index_for_search(staging, state.render)
        if indexed is not None:
            shutil.rmtree(staging, ignore_errors=True)
            print(indexed, file=sys.stderr)
            print(f"La carpeta {os.path.relpath(output)} no se modificó.", file=sys.stderr)
            return 1
    incremental = state.render
    # output/ is about to change: until the new record is saved, no page may be kept
    render_manifest.forget(output)
    synced = sync_into_place(staging, output, incremental["keeper"].kept)
    render_manifest.save(output, incremental)
    if os.environ.get("PORTAL_RENDER_REASONS"):
        pages = incremental["inputs"]
        for (kind, what), count in sorted(pages.reasons.items() if pages else ()):
            print(f"  {count:6d} × {kind}: {what}", file=sys.stderr)
    report = state.report
    warnings = report.format_warnings().splitlines() if report is not None else []
    for line in warnings:
        print(line, file=sys.stderr)
    build_state.record(output, inputs, state.valid_until, warnings)
    if not quiet:
        verified = f" ({incremental['verified']} comprobadas byte a byte)" if verify else ""
        photos = state.image_stats
        print(
            f"Sitio listo en {os.path.relpath(output)} "
            f"({time.perf_counter() - started:.1f} s; fotos: "
            f"{photos.processed} procesadas, "
            f"{photos.reused} reutilizadas de la caché; medios: "
            f"{state.media_stats.processed} procesados, "
            f"{state.media_stats.reused} reutilizados; páginas: "
            f"{incremental['rendered']} generadas, {incremental['reused']} sin cambios"
            f"{verified}; "
            f"índice de búsqueda: {incremental.get('search_index', 'no se genera')}; "
            f"archivos: "
            f"{synced['written']} escritos, {synced['kept']} sin cambios, "
            f"{synced['removed']} borrados)."
        )
    return 0


def main(argv=None, page_cache=True) -> int:
    args = parse_args(argv)
    try:
        overrides = portal_settings.command_line_overrides(args.settings, args.set)
    except portal_settings.SettingsErrors as errors:
        print(errors.format(), file=sys.stderr)
        return errors.exitcode
    return build(
        args.settings,
        args.output,
        args.content,
        overrides,
        args.quiet,
        args.verbose,
        args.force,
        verify=args.verify,
        page_cache=page_cache,
    )


if __name__ == "__main__":
    sys.exit(main())
