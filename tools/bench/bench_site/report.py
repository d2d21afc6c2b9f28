"""What the site benchmark prints: the machine, the corpus, the runs, the ratios, the
preview, the aims (``aims.py``)."""

from __future__ import annotations

import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass, field

import PIL
from PIL import features

from bench.report import DISTURBED_CORES, cpu_model, markdown_table, memory_gib, text_table

from . import aims as issue_aims
from .runners import LABELS, STEP_LABELS, STEPS, Outcome

ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)
OURS = ("portal", "texto")
OTHERS = ("pelican", "hugo")


@dataclass
class Row:
    tool: str
    step: str
    outcomes: list[Outcome] = field(default_factory=list)

    def disturbed(self, index: int) -> bool:
        return self.outcomes[index].measured.others_cores > DISTURBED_CORES

    @property
    def clean(self) -> list[int]:
        """Runs the rest of the machine left alone; all of them if none was."""
        kept = [i for i in range(len(self.outcomes)) if not self.disturbed(i)]
        return kept or list(range(len(self.outcomes)))

    def median(self, attr: str = "wall") -> float:
        return statistics.median(
            getattr(self.outcomes[i].measured, attr) for i in self.clean
        )

    def peak(self, attr: str) -> float:
        return max(getattr(o.measured, attr) for o in self.outcomes)

    def walls(self) -> str:
        return " / ".join(
            f"{o.measured.wall:.2f}" + ("*" if self.disturbed(i) else "")
            for i, o in enumerate(self.outcomes)
        )

    def counts(self, attr: str) -> str:
        values = sorted({getattr(o, attr) for o in self.outcomes} - {None})
        return "/".join(str(v) for v in values) if values else "—"


def own_rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def paired(ours: Row, other: Row) -> float | None:
    """Median over repetitions of our time / theirs, leaving out disturbed pairs."""
    count = min(len(ours.outcomes), len(other.outcomes))
    if not count:
        return None
    pairs = [i for i in range(count) if not ours.disturbed(i) and not other.disturbed(i)]
    return statistics.median(
        ours.outcomes[i].measured.wall / other.outcomes[i].measured.wall
        for i in (pairs or range(count))
    )


def _git() -> str:
    """Which code was measured: the commit, and whether the tree had other changes."""
    git = shutil.which("git")
    if git is None:
        return "unknown (no git)"

    def run(*args):
        result = subprocess.run(
            [git, "-C", ROOT, *args], capture_output=True, text=True, check=False
        )
        return result.stdout.strip()

    dirty = [line for line in run("status", "--porcelain").splitlines() if line.strip()]
    note = f" + uncommitted changes in {len(dirty)} paths" if dirty else ""
    return (run("log", "-1", "--format=commit %h of %cs") or "not a git checkout") + note


def machine(versions: dict) -> list[tuple[str, str]]:
    return [
        ("CPU", f"{cpu_model()}, nproc {os.cpu_count()}"),
        ("Memory", memory_gib()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", sys.version.split()[0]),
        (
            "Pillow",
            f"{PIL.__version__} (libjpeg-turbo {features.version('jpg')}, "
            f"libwebp {features.version('webp')})",
        ),
        ("Stock Pelican", versions.get("pelican", "?")),
        ("Hugo", versions.get("hugo", "?")),
        ("Our code", _git()),
    ]


def corpus_facts(size: str, manifest: dict, corpus: str) -> list[tuple[str, str]]:
    c = manifest["counts"]
    return [
        (
            "Corpus",
            f"{size}: {c['bulletins']:,} bulletins ({c['words'] / c['bulletins']:.0f} words on "
            f"average, 150–1,200; {c['with_image']:,} with an image of 1200×675, "
            f"{c['with_table']} with a table; {c['tags']} tags), {c['galleries']} galleries × "
            f"{c['photos'] // max(1, c['galleries'])} photos ({c['photos']:,} JPEGs of 4000×3000, "
            f"made from {c['distinct_pictures']} distinct pictures, every file with its own bytes), "
            f"{c['reports']} monthly reports, {c['plans']} plans, {c['agenda']} agenda events",
        ),
        (
            "Where",
            f"{corpus} (generated in {manifest['seconds']:.0f} s, reused between runs)",
        ),
    ]


def step_label(tool: str, step: str, warm_images: bool) -> str:
    if step == "cold" and tool == "portal" and warm_images:
        return "cold build, image cache KEPT (--reuse-image-cache)"
    return STEP_LABELS[step]


def table(rows: dict, warm_images: bool = False) -> tuple[list[str], list[list[str]]]:
    header = [
        "Tool",
        "Step",
        "median s",
        "runs s",
        "CPU s",
        "photos processed",
        "files written",
        "peak RSS MB (largest process)",
        "peak PSS MB (process tree)",
    ]
    body = []
    for tool, steps in STEPS.items():
        for step in steps:
            if (tool, step) not in rows:
                continue
            row = rows[(tool, step)]
            skipped = " (skipped)" if any(o.skipped for o in row.outcomes) else ""
            body.append(
                [
                    LABELS[tool],
                    step_label(tool, step, warm_images) + skipped,
                    f"{row.median():.2f}",
                    row.walls(),
                    f"{row.median('cpu'):.1f}",
                    row.counts("processed"),
                    row.counts("written"),
                    f"{row.peak('max_rss_mb'):.0f}",
                    f"{row.peak('tree_pss_mb'):.0f}",
                ]
            )
    return header, body


def ratios(rows: dict) -> tuple[list[str], list[list[str]]]:
    header = ["Step", *(f"{LABELS[t]} s" for t in (*OURS, *OTHERS))]
    header += [
        f"{LABELS[o].split(',')[-1].strip()} / {LABELS[t]}" for o in OURS for t in OTHERS
    ]
    body = []
    for step in STEPS["portal"]:
        if not any((tool, step) in rows for tool in (*OURS, *OTHERS)):
            continue
        line = [STEP_LABELS[step]]
        for tool in (*OURS, *OTHERS):
            line.append(
                f"{rows[(tool, step)].median():.2f}" if (tool, step) in rows else "—"
            )
        for ours in OURS:
            for other in OTHERS:
                ratio = None
                if (ours, step) in rows and (other, step) in rows:
                    ratio = paired(rows[(ours, step)], rows[(other, step)])
                line.append(f"{ratio:.2f}×" if ratio is not None else "—")
        body.append(line)
    return header, body


def outputs(rows: dict) -> str:
    parts = []
    for tool in STEPS:
        if (tool, "cold") not in rows:
            continue
        cold = rows[(tool, "cold")].outcomes[-1]
        if cold.out_files is not None:
            parts.append(
                f"{LABELS[tool]} {cold.out_files:,} files, {cold.out_bytes / 1e6:,.0f} MB"
            )
    return "; ".join(parts)


def disturbed(rows: dict) -> str:
    found = [
        f"{LABELS[tool]} {STEP_LABELS[step]} (repetition {i + 1}: "
        f"{row.outcomes[i].measured.others_cores:.2f} cores)"
        for (tool, step), row in rows.items()
        for i in range(len(row.outcomes))
        if row.disturbed(i)
    ]
    return "; ".join(found) if found else "none"


def cold_fact(args) -> str:
    fact = (
        "empty output and empty caches (images, Markdown, build state, Pelican's "
        "content cache, Hugo's cache dir, printed editions, recordings); the bulletins-only "
        "run keeps a warm image cache and its printed editions warm (its text part)"
    )
    if getattr(args, "reuse_image_cache", False):
        fact += (
            "; WARM RUN: --reuse-image-cache kept the whole site's image, printed-edition "
            "and recording caches too, so its «cold» build processed no photo, PDF or "
            "recording already cached: not a cold build"
        )
    left = [s for s in ("cold", "nochange", "edit", "add", "delete", "photo", "preview")
            if s not in getattr(args, "steps", ("cold",))]  # fmt: skip
    if left:
        fact += (
            f"; steps left out (--steps): {', '.join(left)}; a tool whose first measured step "
            "is not its cold build starts from one unmeasured build"
        )
    return fact


def preview_facts(served) -> list[tuple[str, str]]:
    if not served.sessions and not served.failures:
        return []
    text = (
        "each server in turn (alternating between sessions) on its own copy of the corpus; "
        "a file written in place, the page polled over HTTP every 10 ms until it carries "
        "the edit's marker (a deletion: until the home page no longer links to it); «current»: ours prints «Vista "
        "previa al día» (search index included), Hugo «Total in … ms»; startup builds not "
        "timed as steps; ours' image caches copied from the builds above"
    )
    facts = [("Preview", text)]
    if served.failures:
        facts.append(
            ("Preview FAILED", " | ".join(f.splitlines()[0] for f in served.failures))
        )
    return facts


def summarize(args, rows, manifest, corpus, versions, served=None) -> tuple[str, str]:
    from .preview import Results

    served = served if served is not None else Results()
    warm_images = getattr(args, "reuse_image_cache", False)
    host = machine(versions)
    facts = [
        *corpus_facts(args.size, manifest, corpus),
        (
            "Runs",
            f"{args.repeats} repetition(s); in each, every tool runs its steps in the order "
            "of the table below, each build in a fresh process; the tools alternate "
            "(reversed order every other repetition); medians of the runs no other process "
            "disturbed",
        ),
        ("Cold", cold_fact(args)),
        (
            "Stock Pelican",
            "default theme (notmyidea), CACHE_CONTENT and LOAD_CONTENT_CACHE on, Atom and "
            "RSS feeds for all bulletins and per category (area), 50 items; pagination 10; "
            "metadata header Title/Date/Category/Tags/Slug/Summary; image as a static file",
        ),
        (
            "Hugo",
            "minimal layouts: a page per bulletin, the paginated list (10), taxonomy and "
            "paginated term pages for tags and areas, RSS (50 items) for home, list and "
            "terms, sitemap; image as a static file; the Go binary run directly",
        ),
        ("Output after a cold build", outputs(rows)),
        ("Disturbed runs (*)", disturbed(rows)),
        *preview_facts(served),
    ]
    header, body = table(rows, warm_images)
    r_header, r_body = ratios(rows)
    p_header, p_body = issue_aims.preview_table(served)
    s_header, s_body = issue_aims.sessions_table(served)
    goals = issue_aims.evaluate(rows, served, paired, warm_images)
    notes = [
        "Ratios are our time divided by theirs, paired within each repetition (below 1: we are faster).",
        "Stock Pelican and Hugo build the bulletins only; ours, whole site, also builds "
        "galleries (every photo in 3 widths × WebP+JPEG, a card, a press copy and a ZIP "
        "per gallery), bulletin images, reports, plans, agenda, open data, feeds and the "
        "Pagefind search index.",
        f"A `*` after a run time: another process used more than {DISTURBED_CORES} cores "
        "meanwhile; left out of the medians and ratios (unless every run of that row was).",
        "Peak RSS is the largest single process (kernel's ru_maxrss); peak PSS is the whole "
        "tree, sampled every 0.1 s (shared pages counted once). On Linux a child's ru_maxrss "
        f"starts from its parent's peak: the benchmark's own process peaked at {own_rss():.0f} MB, "
        "so a figure that low means «at most that».",
        "«(skipped)»: our build found every input unchanged and stopped before building.",
    ]

    def lines(pairs):
        width = max(len(k) for k, _ in pairs)
        return [f"{k.ljust(width)}  {v}" for k, v in pairs]

    text = ["Site build benchmark", "", *lines(host), "", *lines(facts), ""]
    if body:
        text += [text_table(header, body), "", text_table(r_header, r_body), ""]
    if p_body:
        text += ["Live preview (save → page served, → preview current):"]
        text += [text_table(p_header, p_body), "", text_table(s_header, s_body), ""]
    size = "" if args.size == "full" else f" (this run: {args.size} size)"
    text += [f"Aims (issue 19, at full size){size}:", *lines(goals), ""]
    text += [f"- {n}" for n in notes]
    md = ["## Site build vs stock Pelican and Hugo (`make bench`)", ""]
    md += ["| Machine | |", "| --- | --- |", *[f"| {k} | {v} |" for k, v in host], ""]
    md += ["| Setup | |", "| --- | --- |", *[f"| {k} | {v} |" for k, v in facts], ""]
    if body:
        md += [markdown_table(header, body), "", markdown_table(r_header, r_body), ""]
    if p_body:
        md += ["### Live preview vs `hugo server`", ""]
        md += [markdown_table(p_header, p_body), "", markdown_table(s_header, s_body), ""]
    md += [f"| Aim (issue 19, full size){size} | Measured |", "| --- | --- |"]
    md += [f"| {k} | {v} |" for k, v in goals] + [""]
    md += [f"- {n}" for n in notes]
    return "\n".join(text), "\n".join(md)
