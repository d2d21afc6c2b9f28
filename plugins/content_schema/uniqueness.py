"""Two pieces of content must never be written to the same URL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .errors import ContentReport


def check_unique_urls(items: Iterable[tuple[str, str]], report: ContentReport) -> None:
    """``items`` are ``(display path, save_as)``; every clash names both files."""
    by_target: dict[str, list[str]] = defaultdict(list)
    for path, save_as in items:
        if save_as:
            by_target[save_as].append(path)
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
                "cambie el nombre del archivo o escriba un campo slug distinto",
            )
