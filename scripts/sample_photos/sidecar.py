"""Write a gallery's ``index.md`` (front matter and text) and ``fotos.yml``.

Strings are written as JSON strings, which are valid YAML double-quoted
scalars, so accents, quotes and colons need no further care.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from .catalog import Gallery


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def index_md(g: Gallery) -> str:
    tags = ", ".join(g.tags)
    body = textwrap.fill(g.body, width=88)
    return (
        "---\n"
        f"title: {q(g.title)}\n"
        f"date: {g.date}\n"
        f"area: {g.area}\n"
        f"place: {q(g.place)}\n"
        f"summary: {q(g.summary)}\n"
        f"credit: {q(g.credit)}\n"
        f"cover: {g.cover}\n"
        f"bulletin: {g.bulletin}\n"
        f"tags: [{tags}]\n"
        "---\n\n"
        f"{body}\n"
    )


def fotos_yml(g: Gallery) -> str:
    lines = []
    for s in g.shots:
        lines.append(f"- file: {s.file}")
        lines.append(f"  caption: {q(s.caption)}")
        lines.append(f"  alt: {q(s.alt)}")
        if s.credit:
            lines.append(f"  credit: {q(s.credit)}")
    return "\n".join(lines) + "\n"


def write(g: Gallery, folder: Path) -> None:
    (folder / "index.md").write_text(index_md(g), encoding="utf-8")
    (folder / "fotos.yml").write_text(fotos_yml(g), encoding="utf-8")
