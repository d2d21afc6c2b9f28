"""What the benchmark prints: the machine, the table, where render() spends time."""

from __future__ import annotations

import cProfile
import os
import platform
import pstats
import statistics
import sys
import time
from dataclasses import dataclass, field

import PIL
from PIL import features

from .photos import HEIGHT, QUALITY, WIDTH

DISTURBED_CORES = 0.25  # other processes busier than this: the run is left out


@dataclass
class Row:
    label: str
    photos: int
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    pss: list[float] = field(default_factory=list)
    inner: list[float] = field(default_factory=list)  # ours: seconds inside derive_all
    files: int = 0
    out_bytes: int = 0
    processed: list[int] = field(default_factory=list)
    others: list[float] = field(default_factory=list)  # cores busy outside the run

    def disturbed(self, index: int) -> bool:
        return self.others[index] > DISTURBED_CORES

    @property
    def clean(self) -> list[int]:
        """Runs the rest of the machine left alone; all of them if none was."""
        kept = [i for i in range(len(self.walls)) if not self.disturbed(i)]
        return kept or list(range(len(self.walls)))

    @property
    def wall(self) -> float:
        return statistics.median(self.walls[i] for i in self.clean)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus[i] for i in self.clean)

    @property
    def rate(self) -> float:
        return self.photos / self.wall if self.wall else float("inf")


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gib() -> str:
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            kb = int(handle.readline().split()[1])
        return f"{kb / 1024**2:.1f} GiB"
    except (OSError, ValueError, IndexError):
        return "unknown"


def machine(sigal: dict) -> list[tuple[str, str]]:
    ours = (
        f"{PIL.__version__} (libjpeg-turbo {features.version('jpg')}, "
        f"libwebp {features.version('webp')})"
    )
    theirs = (
        f"{sigal['pillow']} (libjpeg-turbo {sigal['libjpeg']}, libwebp {sigal['libwebp']})"
    )
    return [
        ("CPU", f"{cpu_model()}, nproc {os.cpu_count()}"),
        ("Memory", memory_gib()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", sys.version.split()[0]),
        ("Pillow (ours)", ours),
        (f"Sigal {sigal['sigal']}, its Pillow", theirs),
    ]


def _fmt(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}"


def table(rows: list[Row]) -> tuple[list[str], list[list[str]]]:
    header = [
        "Run",
        "files/photo",
        "MB out",
        "median s",
        "runs s",
        "photos/s",
        "CPU s/photo",
        "peak RSS MB (largest process)",
        "peak PSS MB (process tree)",
    ]
    body = []
    for row in rows:
        body.append(
            [
                row.label,
                _fmt(row.files / row.photos, 0) if row.files else "0",
                _fmt(row.out_bytes / 1e6, 1),
                _fmt(row.wall),
                " / ".join(
                    _fmt(w) + ("*" if row.disturbed(i) else "")
                    for i, w in enumerate(row.walls)
                ),
                _fmt(row.rate, 1),
                _fmt(row.cpu / row.photos, 3),
                _fmt(max(row.rss), 0),
                _fmt(max(row.pss), 0),
            ]
        )
    return header, body


def text_table(header: list[str], body: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [header, *body]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(header: list[str], body: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join([" --- "] + [" ---: "] * (len(header) - 1)) + "|")
    lines += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(lines)


# --- Where render() spends its time ------------------------------------------

# Pillow's C entry points: their own time never overlaps.
STAGES = [
    ("JPEG decode (draft-scaled where possible)", ("'decode' of 'ImagingDecoder'",)),
    (
        "resize (bicubic after box reduction, incl. the card's)",
        ("'resize' of 'ImagingCore'", "'reduce' of 'ImagingCore'"),
    ),
    ("WebP encode", ("_webp.WebPEncode", "WebPAnimEncoder", "'encode' of 'WebPEncoder'")),
    (
        "JPEG encode (sizes + card)",
        ("'encode' of 'ImagingEncoder'", "encode_to_file", "encode_to_pyfd"),
    ),
    (
        "rotate / convert / crop / copy",
        (
            "'transpose' of 'ImagingCore'",
            "'convert' of 'ImagingCore'",
            "'crop' of 'ImagingCore'",
            "'copy' of 'ImagingCore'",
        ),
    ),
    ("press copy (jpegtran + exiv2)", ("press_copy",)),
]


def profile_render(
    render, recipe, photo: str, repeats: int = 3
) -> tuple[float, list[tuple[str, float]]]:
    """Median wall time of render() on one photo, and its time by stage (cProfile)."""
    with open(photo, "rb") as handle:
        data = handle.read()
    args = (data, recipe, "Crédito", "© Derechos")
    render(*args)  # warm up imports and caches
    walls = []
    for _ in range(repeats):
        start = time.perf_counter()
        render(*args)
        walls.append(time.perf_counter() - start)
    profiler = cProfile.Profile()
    profiler.enable()
    render(*args)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # {(file, line, name): (cc, nc, tt, ct, callers)}
    total = sum(v[2] for v in stats.values())
    stages = []
    for label, needles in STAGES:
        seconds = 0.0
        for (filename, _, name), (_, _, tottime, cumtime, _) in stats.items():
            where = f"{filename}:{name}"
            if any(n in where for n in needles):
                seconds += cumtime if name == "press_copy" else tottime
        stages.append((label, seconds))
    stages.append(
        (
            "everything else (Python, EXIF/XMP, I/O)",
            max(0.0, total - sum(s for _, s in stages)),
        )
    )
    stages = [(label, s / total) for label, s in stages]
    return statistics.median(walls), stages


def summarize(args, rows, recipes, sigal_versions, sizes, portraits, profile, conf, thumb):
    """The report as plain text and as Markdown."""
    header, body = table(list(rows.values()))
    full, matched, sig, nochange = (
        rows[k] for k in ("full", "matched", "sigal", "nochange")
    )
    ratio_full = full.rate / sig.rate
    ratio_matched = matched.rate / sig.rate
    processed = max(nochange.processed) if nochange.processed else -1
    full_r, matched_r = recipes["full"], recipes["matched"]

    facts = [
        (
            "Photos",
            f"{args.photos} synthetic JPEGs, {WIDTH}×{HEIGHT}, q{QUALITY}, "
            f"{statistics.mean(sizes) / 1e6:.1f} MB on average ({min(sizes) / 1e6:.1f}–"
            f"{max(sizes) / 1e6:.1f}), {portraits} stored turned with EXIF Orientation 6",
        ),
        (
            "Runs",
            f"{args.repeats_done} repetitions, alternating tools, {args.workers} workers "
            "each, fresh output/cache folder each time; medians of the runs that no "
            "other process disturbed",
        ),
        (
            "Ours, full",
            f"widths {full_r.widths} × {'+'.join(full_r.formats)}, crop "
            f"{full_r.crop}, press copy {'yes' if full_r.press else 'no'}, JPEG q{full_r.jpeg_quality}, "
            f"WebP q{full_r.webp_quality} method {full_r.webp_method}",
        ),
        (
            "Ours, matched",
            f"widths {matched_r.widths} JPEG q{matched_r.jpeg_quality} + crop "
            f"{matched_r.crop}",
        ),
        (
            "Sigal",
            f"img_size ({max(full_r.widths)}, {max(full_r.widths)}) ResizeToFit, "
            f"thumb_size {thumb} fit, JPEG q{full_r.jpeg_quality} optimize progressive, "
            f"autorotate, no HTML; config {conf}",
        ),
    ]
    host = machine(sigal_versions)
    inner = statistics.median(full.inner[i] for i in full.clean)
    results = [
        ("Throughput, ours full / Sigal", f"{ratio_full:.2f}×"),
        ("Throughput, ours matched / Sigal", f"{ratio_matched:.2f}×"),
        (
            "No-change rebuild",
            f"{nochange.wall:.2f} s (process), "
            f"{statistics.median(nochange.inner[i] for i in nochange.clean) * 1000:.0f} ms in derive_all, "
            f"{processed} of {args.photos} photos processed",
        ),
        (
            "Ours full, inside derive_all",
            f"{inner:.2f} s median "
            f"(the rest of {full.wall:.2f} s is interpreter start and imports)",
        ),
    ]
    notes = [
        "Both bound the long side: a portrait's large JPEG is 1200×1600 for both tools. "
        "The full recipe makes 8 files per photo (3 widths in WebP and JPEG, the card, "
        "the press copy); Sigal and the matched recipe make 2.",
        "A `*` after a run time: another process used more than "
        f"{DISTURBED_CORES} cores meanwhile; left out of the medians "
        "(unless every run of that row was).",
        "Peak RSS is the largest single process (kernel's ru_maxrss); peak PSS is the "
        "whole tree, sampled every 0.1 s (shared pages counted once).",
    ]

    def lines(pairs):
        width = max(len(k) for k, _ in pairs)
        return [f"{k.ljust(width)}  {v}" for k, v in pairs]

    text = ["Image pipeline benchmark", "", *lines(host), "", *lines(facts), ""]
    text += [text_table(header, body), "", *lines(results), ""]
    text += [f"- {n}" for n in notes]
    md = ["# Image pipeline benchmark", "", "| Machine | |", "| --- | --- |"]
    md += [f"| {k} | {v} |" for k, v in host]
    md += ["", "| Setup | |", "| --- | --- |", *[f"| {k} | {v} |" for k, v in facts]]
    md += ["", markdown_table(header, body), ""]
    md += ["| Result | |", "| --- | --- |", *[f"| {k} | {v} |" for k, v in results], ""]
    md += [f"- {n}" for n in notes]
    if profile is not None:
        title = "render() of one photo, gallery recipe, one core (cProfile)"
        labels = [label for label, _ in profile[0][2]]
        head = ["Stage", *(f"{kind} {wall:.2f} s" for kind, wall, _ in profile)]
        rows = [
            [label, *(f"{dict(stages)[label] * 100:.1f} %" for _, _, stages in profile)]
            for label in labels
        ]
        text += ["", title + ":", text_table(head, rows)]
        md += ["", f"**{title}**", "", markdown_table(head, rows)]
    return "\n".join(text), "\n".join(md)


def publish(text: str, markdown: str, path: str | None) -> None:
    """Print the report; also write it as Markdown when asked (--markdown)."""
    print()
    print(text)
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(markdown + "\n")
        print(f"\nMarkdown written to {path}")
