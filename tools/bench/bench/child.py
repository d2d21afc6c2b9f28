"""Run our pipeline once, in its own process: ``derive_all`` over an album.

Called by ``bench_images.py`` with the project's interpreter, so that the
parent can measure this process tree alone (wall time, CPU, peak memory).
Writes one JSON object to ``--result``: the time spent in ``derive_all``
itself and how many photos were processed or reused.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--album", required=True)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--recipe", required=True, help="the Recipe's fields as JSON")
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--result", required=True)
    args = parser.parse_args()

    from images import ImageStore, Job, Recipe, derive_all

    fields = {
        k: tuple(v) if isinstance(v, list) else v
        for k, v in json.loads(args.recipe).items()
    }
    recipe = Recipe(**fields)
    photos = sorted(
        os.path.join(args.album, name)
        for name in os.listdir(args.album)
        if name.lower().endswith((".jpg", ".jpeg"))
    )
    credit = "Fotógrafo de prueba / Comunicación Social"
    rights = "© 2024 H. Ayuntamiento de San Isidro del Monte. Uso libre citando la fuente."
    jobs = [Job(path, recipe, credit, rights) for path in photos]

    start = time.perf_counter()
    results, problems = derive_all(jobs, ImageStore(args.cache), args.workers)
    seconds = time.perf_counter() - start

    outcome = {
        "seconds": seconds,
        "photos": len(photos),
        "processed": sum(1 for d in results.values() if d.worked),
        "reused": sum(1 for d in results.values() if not d.worked),
        "problems": [f"{p.source}: {p.message}" for p in problems],
    }
    with open(args.result, "w", encoding="utf-8") as handle:
        json.dump(outcome, handle)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
