"""Two pieces of content must never be written to the same URL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .errors import ContentReport
from .kinds import NAMED_BY_FILE


def check_unique_urls(items: Iterable[tuple], report: ContentReport) -> None:
    """``items`` are ``(display path, save_as[, what names it])``; every clash
    names both files and says what to rename (the file, by default)."""
    by_target: dict[str, list[str]] = defaultdict(list)
    named_by: dict[str, str] = {}
    for path, save_as, *what in items:
        if save_as:
            by_target[save_as].append(path)
            named_by[path] = what[0] if what else NAMED_BY_FILE
    for save_as, paths in by_target.items():
        if len(paths) < 2:
            continue
        url = save_as.removesuffix("index.html")
        for path in paths:
            others = ", ".join(p for p in sorted(paths) if p != path)
            report.add(
                path,
                "slug",
                f"la dirección /{url} ya la usa {others}; se espera un slug único: "
                f"cambie {named_by[path]} o escriba un campo slug distinto",
            )
