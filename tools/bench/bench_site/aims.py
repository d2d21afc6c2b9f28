"""Issue 19's aims with their status, and the preview's table: what the report prints last.

Pure functions of the measured rows (``report.Row`` per build step) and the
preview's ``Results``, so that they can be tested without building anything.
A step left out of the run (``--steps``) is «not measured», never «met».
"""

from __future__ import annotations

import statistics

from .preview import LABELS as PREVIEW_LABELS
from .preview import STEP_LABELS as PREVIEW_STEPS

GIB_MB = 1536  # 1.5 GiB in MB
NOT_MEASURED = "not measured (step left out of this run)"


def status(value: float | None, limit: float, unit: str = " s", below: bool = False) -> str:
    """«1.23 s: met» against ``value ≤ limit`` (``below``: ``value < limit``)."""
    if value is None:
        return NOT_MEASURED
    ok = value < limit if below else value <= limit
    return f"{value:.2f}{unit}: {'met' if ok else 'NOT met'}"


def median(values) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _row_median(rows: dict, key) -> float | None:
    return rows[key].median() if key in rows else None


def _ratio(ours: float | None, theirs: float | None) -> str:
    if ours is None or theirs is None or theirs <= 0:
        return ""
    return f" ({ours / theirs:.2f} × hugo server's {theirs:.2f} s)"


def evaluate(rows: dict, preview, paired, warm_images: bool) -> list[tuple[str, str]]:
    """(aim, measured and status) for every aim of issue 19 (and issue 7's no-change)."""
    warm = " (image cache kept: --reuse-image-cache)" if warm_images else ""
    goals = [
        (
            "make html, one bulletin edited ≤ 2 s (whole site)",
            status(_row_median(rows, ("portal", "edit")), 2) + warm,
        ),
        (
            "make html, one bulletin added ≤ 3 s",
            status(_row_median(rows, ("portal", "add")), 3) + warm,
        ),
        (
            "make html, one bulletin deleted (no aim of its own; as adding, ≤ 3 s)",
            status(_row_median(rows, ("portal", "delete")), 3) + warm,
        ),
    ]
    nochange = rows.get(("portal", "nochange"))
    if nochange is None:
        goals.append(
            ("No-change rebuild ≤ 1 s, zero photos processed (issue 7)", NOT_MEASURED)
        )
    else:
        processed = max((o.processed or 0) for o in nochange.outcomes)
        ok = nochange.median() <= 1 and processed == 0
        goals.append(
            (
                "No-change rebuild ≤ 1 s, zero photos processed (issue 7)",
                f"{nochange.median():.2f} s, {processed} processed: "
                + ("met" if ok else "NOT met"),
            )
        )
    served = preview.median("vista", "edit")
    hugo = preview.median("hugo-server", "edit")
    goals.append(
        (
            "Live preview, save → edited page served ≤ 0.5 s (make devserver, whole site)",
            status(served, 0.5) + _ratio(served, hugo),
        )
    )
    text = preview.median("vista-texto", "edit")
    if text is not None:
        goals.append(
            (
                "Live preview, bulletins only (like for like with hugo server)",
                status(text, 0.5) + _ratio(text, hugo),
            )
        )
    goals.append(
        ("Search index current in the preview («al día»)", current_status(preview))
    )
    cold = None
    if ("texto", "cold") in rows and ("hugo", "cold") in rows:
        cold = paired(rows[("texto", "cold")], rows[("hugo", "cold")])
    goals.append(("Cold build, text part ≤ 1.5 × Hugo", status(cold, 1.5, " × Hugo")))
    goals.append(("Peak memory < 1.5 GiB", memory_status(rows, preview)))
    return goals


def current_status(preview) -> str:
    """When the preview said «al día» after an edit; no aim beyond «a moment later»."""
    sessions = [s for s in preview.sessions if s.tool == "vista"]
    if not sessions:
        return NOT_MEASURED
    if not any(s.says_current for s in sessions):
        return "not reported: this server prints no «al día» line (only save → served measured)"
    value = preview.median("vista", "edit", "current")
    if value is None:
        return "the server never said «al día» after an edit: NOT met"
    return f"{value:.2f} s after the save (median of the edits): reported"


def memory_status(rows: dict, preview) -> str:
    builds = [r.peak("tree_pss_mb") for (tool, _), r in rows.items() if tool == "portal"]
    servers = [s.peak_pss_mb for s in preview.sessions if s.tool == "vista"]
    if not builds and not servers:
        return NOT_MEASURED
    parts, peak = [], 0.0
    if builds:
        peak = max(builds)
        parts.append(f"make html {max(builds):.0f} MB PSS")
    if servers:
        peak = max(peak, max(servers))
        parts.append(f"make devserver {max(servers):.0f} MB PSS")
    ok = peak < GIB_MB
    return f"{', '.join(parts)} (process trees): {'met' if ok else 'NOT met'}"


def preview_table(preview) -> tuple[list[str], list[list[str]]]:
    """One line per server and step: medians and every run, save → served and → current."""
    header = [
        "Server",
        "Step",
        "served, median s",
        "served, runs s",
        "current, median s",
        "current, runs s",
    ]
    body = []
    for tool, label in PREVIEW_LABELS.items():
        for step, step_label in PREVIEW_STEPS.items():
            samples = preview.samples.get((tool, step))
            if not samples:
                continue
            served = median(s.served for s in samples)
            current = median(s.current for s in samples)
            body.append(
                [
                    label,
                    step_label,
                    f"{served:.2f}",
                    " / ".join(f"{s.served:.2f}" for s in samples),
                    "—" if current is None else f"{current:.2f}",
                    " / ".join(
                        "—" if s.current is None else f"{s.current:.2f}" for s in samples
                    ),
                ]
            )
    return header, body


def sessions_table(preview) -> tuple[list[str], list[list[str]]]:
    header = [
        "Server",
        "session",
        "serving after s",
        "CPU s (whole session)",
        "peak PSS MB",
    ]
    body = []
    for number, session in enumerate(preview.sessions, 1):
        body.append(
            [
                PREVIEW_LABELS[session.tool],
                str(number),
                f"{session.startup:.1f}",
                "—" if session.cpu is None else f"{session.cpu:.1f}",
                f"{session.peak_pss_mb:.0f}",
            ]
        )
    return header, body
