#!/usr/bin/env python3
"""Benchmark the photo pipeline against Sigal: a measurement, never a test.

    .venv/bin/python tools/bench/bench_images.py            # 24 photos, 3 repetitions
    .venv/bin/python tools/bench/bench_images.py --small    # 8 photos, a quick look
    .venv/bin/python tools/bench/bench_images.py --markdown bench.md

Everything it makes lives outside the repository, under
``<tempdir>/portal-bench/`` (reused between runs): synthetic 12-megapixel
camera JPEGs, Sigal's own virtualenv (from ``tools/bench/requirements.txt``), and
the outputs of each run (deleted as it goes).

Each repetition runs, alternating the tools, every one in a fresh process
with a fresh output or cache folder (cold derived-file cache; the photos
themselves are in the OS page cache for both tools alike):

- ours, full: ``derive_all`` with the gallery recipe (IMAGES_GALLERY_RECIPE);
- ours, matched: a recipe making only what Sigal makes below;
- Sigal: ``sigal build`` with the same sizes, quality and cores;
- ours, no change: ``derive_all`` again on the full run's warm cache.

Times are wall times of the whole process (interpreter start included, as
for ``sigal build``); medians are reported. See ``bench/`` for how memory is
measured.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import runpy
import shutil
import sys
import tempfile
import time

from bench import photos as photo_pool
from bench import report, sigal_env
from bench.measure import run_measured, tail

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHILD = os.path.join(ROOT, "tools", "bench", "bench", "child.py")
REQUIREMENTS = os.path.join(ROOT, "tools", "bench", "requirements.txt")
MAX_EXTRA = 2
THUMB = (480, 320)  # Sigal's thumbnail, and the matched recipe's crop


def gallery_recipe():
    settings = runpy.run_path(os.path.join(ROOT, "pelicanconf.py"))
    from galleries.generator import gallery_recipe as recipe_for

    return recipe_for(settings)


def matched_recipe(full):
    """What Sigal makes: one JPEG fitted to the largest width, one cropped thumbnail."""
    return dataclasses.replace(
        full, widths=(max(full.widths),), formats=("JPEG",), crop=THUMB, press=False
    )


def fresh(path: str) -> str:
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def fail(what: str, log: str) -> None:
    sys.exit(f"{what} failed; the end of its log ({log}):\n{tail(log)}")


class Bench:
    def __init__(self, args, album: str, count: int, recipes: dict, sigal: str, conf: str):
        self.args, self.album, self.count = args, album, count
        self.recipes, self.sigal, self.conf = recipes, sigal, conf
        self.runs = os.path.join(args.workdir, "runs")
        self.rows = {
            "full": report.Row("Ours, gallery recipe (full)", count),
            "matched": report.Row("Ours, matched to Sigal", count),
            "sigal": report.Row("Sigal", count),
            "nochange": report.Row("Ours, no-change rebuild", count),
        }

    def _record(self, key: str, measured, folder: str | None) -> None:
        row = self.rows[key]
        row.walls.append(measured.wall)
        row.cpus.append(measured.cpu)
        row.rss.append(measured.max_rss_mb)
        row.pss.append(measured.tree_pss_mb)
        row.others.append(measured.others_cores)
        if folder is not None:
            row.files, row.out_bytes = sigal_env.count_outputs(folder)

    def ours(self, key: str, cache: str, row_key: str | None = None) -> None:
        row_key = row_key or key
        result = os.path.join(self.runs, f"{row_key}.json")
        log = os.path.join(self.runs, f"{row_key}.log")
        argv = [
            sys.executable,
            CHILD,
            "--album",
            self.album,
            "--cache",
            cache,
            "--recipe",
            json.dumps(dataclasses.asdict(self.recipes[key])),
            "--workers",
            str(self.args.workers),
            "--result",
            result,
        ]
        measured = run_measured(argv, log)
        if measured.returncode:
            fail(f"our pipeline ({key})", log)
        with open(result, encoding="utf-8") as handle:
            outcome = json.load(handle)
        self._record(row_key, measured, None if row_key == "nochange" else cache)
        self.rows[row_key].inner.append(outcome["seconds"])
        self.rows[row_key].processed.append(outcome["processed"])

    def run_sigal(self) -> None:
        out = fresh(os.path.join(self.runs, "sigal-out"))
        log = os.path.join(self.runs, "sigal.log")
        argv = [
            self.sigal,
            "build",
            "--quiet",
            "--config",
            self.conf,
            "--ncpu",
            str(self.args.workers),
            self.album,
            out,
        ]
        measured = run_measured(argv, log)
        if measured.returncode:
            fail("sigal build", log)
        self._record("sigal", measured, out)
        shutil.rmtree(out, ignore_errors=True)

    def repetition(self, index: int) -> None:
        full_cache = os.path.join(self.runs, "cache-full")
        matched_cache = os.path.join(self.runs, "cache-matched")

        def full_then_nochange():
            fresh(full_cache)
            self.ours("full", full_cache)
            self.ours("full", full_cache, "nochange")  # same cache, nothing changed
            shutil.rmtree(full_cache, ignore_errors=True)

        def matched():
            fresh(matched_cache)
            self.ours("matched", matched_cache)
            shutil.rmtree(matched_cache, ignore_errors=True)

        order = [full_then_nochange, self.run_sigal, matched]
        if index % 2:
            order.reverse()
        for step in order:
            step()
        rows = self.rows
        busy = max(r.others[-1] for r in rows.values())
        note = (
            f" (other processes: up to {busy:.1f} cores)"
            if busy > report.DISTURBED_CORES
            else ""
        )
        print(
            f"  repetition {index + 1}: ours full {rows['full'].walls[-1]:.2f} s, "
            f"matched {rows['matched'].walls[-1]:.2f} s, Sigal {rows['sigal'].walls[-1]:.2f} s, "
            f"no change {rows['nochange'].walls[-1]:.2f} s{note}",
            flush=True,
        )


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=None, help="number of photos (24)")
    parser.add_argument("--small", action="store_true", help="a quick run: 8 photos")
    parser.add_argument("--repeats", type=int, default=3, help="repetitions (3)")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes (all cores)"
    )
    parser.add_argument("--markdown", metavar="PATH", help="also write the report here")
    parser.add_argument(
        "--workdir",
        default=os.path.join(tempfile.gettempdir(), "portal-bench"),
        help="photos, Sigal's virtualenv and run outputs (outside the repository)",
    )
    parser.add_argument(
        "--no-profile", action="store_true", help="skip the one-photo render() profile"
    )
    args = parser.parse_args(argv)
    if args.photos is None:
        args.photos = 8 if args.small else 24
    if args.photos < 1 or args.repeats < 1:
        parser.error("--photos and --repeats must be at least 1")
    args.workdir = os.path.abspath(args.workdir)
    if args.workdir == ROOT or args.workdir.startswith(ROOT + os.sep):
        parser.error("--workdir must be outside the repository")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    os.makedirs(args.workdir, exist_ok=True)

    full = gallery_recipe()
    recipes = {"full": full, "matched": matched_recipe(full)}
    sigal, install_seconds = sigal_env.ensure_venv(
        os.path.join(args.workdir, "venv-sigal"), REQUIREMENTS
    )
    sigal_versions = sigal_env.versions(os.path.join(args.workdir, "venv-sigal"))

    pool = photo_pool.ensure_pool(
        os.path.join(args.workdir, "photos", "pool"), args.photos, args.workers
    )
    album_dir = os.path.join(args.workdir, "photos", f"album-{args.photos}")
    album = photo_pool.make_album(pool, album_dir)
    for path in album:  # the same warm page cache for every tool
        with open(path, "rb") as handle:
            while handle.read(1 << 22):
                pass
    conf = sigal_env.write_config(
        os.path.join(args.workdir, "sigal.conf.py"),
        album_dir,
        max(full.widths),
        THUMB,
        full.jpeg_quality,
    )
    sizes = [os.path.getsize(p) for p in album]
    portraits = sum(1 for i in range(args.photos) if photo_pool.is_portrait(i))

    bench = Bench(args, album_dir, args.photos, recipes, sigal, conf)
    fresh(bench.runs)
    print(
        f"Measuring {args.photos} photos × {args.repeats} repetitions "
        f"on {args.workers} workers …",
        flush=True,
    )
    for index in range(args.repeats):
        bench.repetition(index)
    # A run slowed by another job on the machine is left out of the medians;
    # up to two more repetitions when that leaves a tool fewer than two runs.
    extra = 0
    while (
        args.repeats > 1
        and extra < MAX_EXTRA
        and any(len(r.clean) < 2 or r.disturbed(r.clean[0]) for r in bench.rows.values())
    ):
        print("  (the machine was busy with something else: one more repetition)")
        bench.repetition(args.repeats + extra)
        extra += 1
    args.repeats_done = args.repeats + extra
    shutil.rmtree(bench.runs, ignore_errors=True)

    profile = None
    if not args.no_profile:
        from images.derive import render

        portrait = next(
            (p for i, p in enumerate(album) if photo_pool.is_portrait(i)), album[0]
        )
        profile = [
            ("landscape", *report.profile_render(render, full, album[0])),
            ("portrait", *report.profile_render(render, full, portrait)),
        ]

    text, markdown = report.summarize(
        args, bench.rows, recipes, sigal_versions, sizes, portraits, profile, conf, THUMB
    )
    report.publish(text, markdown, args.markdown)
    setup = (
        f"; Sigal install {install_seconds:.0f} s (not measured)" if install_seconds else ""
    )
    print(f"\nBenchmark took {time.perf_counter() - started:.0f} s{setup}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
