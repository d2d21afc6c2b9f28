"""The measured changes, applied to one tool's copy of the corpus and undone.

- ``edit``: one bulletin in the middle of the corpus gets a sentence more in
  its first paragraph (its text only: title, summary and tags stay);
- ``add``: a new bulletin, the newest of all, with its own image;
- ``delete``: the added bulletin removed again, text and image (a bulletin of
  the corpus may be cited by a report: deleting it is a content error);
- ``photo``: a new 12-megapixel photo (its own bytes) at the end of the
  newest gallery, listed in its ``fotos.yml`` (our site only).

Every file is written to a temporary name and renamed, as an editor saves,
so a hard link shared with another tool's copy is never written through.
``reset`` puts back the originals kept in ``pristine/`` and deletes what was
added; it runs before and after each tool's sequence, so an interrupted run
leaves nothing behind for the next one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime, timedelta

from . import convert, pictures
from .spanish import Writer

EDIT_SENTENCE = (
    " Actualización: el horario de atención se amplía hasta las 18:00 horas"
    " de lunes a sábado, y los sábados se contará con un módulo adicional."
)
ADDED_SLUG = "nuevo-boletin-de-la-medicion"
ADDED_PHOTO = "99-foto-agregada.jpg"


def _write(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = path + ".partial"
    with open(partial, "wb") as handle:
        handle.write(data)
    os.replace(partial, path)


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def edited(text: str) -> str:
    """The same bulletin with one more sentence at the end of its first paragraph."""
    head, _, body = text.partition("\n---\n")
    first, sep, rest = body.lstrip("\n").partition("\n\n")
    return f"{head}\n---\n\n{first}{EDIT_SENTENCE}{sep}{rest}"


def added_text(stem: str, when: datetime) -> str:
    writer = Writer("bulletin added by the benchmark")
    area = "salud"
    body = writer.body(area, when, 450, table=False)
    return "\n".join(
        [
            "---",
            f'title: "{writer.title(area)}"',
            f"date: {when:%Y-%m-%d %H:%M}",
            f"area: {area}",
            f'summary: "{writer.summary(area, when)}"',
            'tags: ["salud", "colonias"]',
            "image:",
            f"  src: imagenes/{stem}.jpg",
            f'  alt: "{writer.alt()}"',
            '  credit: "Coordinación de Comunicación Social"',
            "---",
            "",
            body,
        ]
    )


class Mutations:
    def __init__(self, corpus: str, manifest: dict, areas: dict):
        self.corpus, self.manifest, self.areas = corpus, manifest, areas
        self.pristine = os.path.join(corpus, "pristine")
        edit = manifest["edit"]
        self.edit_year, self.edit_stem = edit["year"], edit["stem"]
        newest = datetime.strptime(manifest["newest"]["date"], "%Y-%m-%d %H:%M")
        self.added_when = newest + timedelta(minutes=1)
        self.added_stem = f"{self.added_when:%Y-%m-%d}-{ADDED_SLUG}"
        self.gallery = os.path.join(
            corpus, "portal", "galerias", manifest["gallery"]["folder"]
        )

    def _read(self, name: str, mode: str = "r"):
        with open(os.path.join(self.pristine, name), mode) as handle:
            return handle.read()

    def reset(self, tool: str) -> None:
        convert.write_bulletin(
            self.corpus,
            tool,
            self.edit_year,
            self.edit_stem,
            self._read("edit.md"),
            self.areas,
        )
        for path in convert.paths(self.corpus, tool, self.added_when.year, self.added_stem):
            _remove(path)
        if tool == "portal":
            _remove(os.path.join(self.gallery, ADDED_PHOTO))
            shutil.copyfile(
                os.path.join(self.pristine, "fotos.yml"),
                os.path.join(self.gallery, "fotos.yml"),
            )

    def edit(self, tool: str) -> None:
        text = edited(self._read("edit.md"))
        convert.write_bulletin(
            self.corpus, tool, self.edit_year, self.edit_stem, text, self.areas
        )

    def add(self, tool: str) -> None:
        year, stem = self.added_when.year, self.added_stem
        _write(convert.paths(self.corpus, tool, year, stem)[1], self._read("new.jpg", "rb"))
        text = added_text(stem, self.added_when)
        convert.write_bulletin(self.corpus, tool, year, stem, text, self.areas)

    def delete(self, tool: str) -> None:
        for path in convert.paths(self.corpus, tool, self.added_when.year, self.added_stem):
            _remove(path)

    def photo(self) -> None:
        _write(os.path.join(self.gallery, ADDED_PHOTO), self._read("new-photo.jpg", "rb"))
        entry = (
            f"- file: {ADDED_PHOTO}\n"
            '  caption: "Foto agregada después de publicar la galería."\n'
            '  alt: "Grupo de personas frente a una carpa blanca en una plaza."\n'
        )
        _write(
            os.path.join(self.gallery, "fotos.yml"),
            (self._read("fotos.yml") + entry).encode(),
        )


def save_pristine(
    corpus: str, manifest: dict, bulletin_base: bytes, photo_base: bytes
) -> None:
    """Keep the originals the measured changes touch, and the files they add."""
    pristine = os.path.join(corpus, "pristine")
    os.makedirs(pristine, exist_ok=True)
    edit = manifest["edit"]
    shutil.copyfile(
        convert.paths(corpus, "portal", edit["year"], edit["stem"])[0],
        os.path.join(pristine, "edit.md"),
    )
    gallery = os.path.join(corpus, "portal", "galerias", manifest["gallery"]["folder"])
    shutil.copyfile(os.path.join(gallery, "fotos.yml"), os.path.join(pristine, "fotos.yml"))
    when = datetime.strptime(manifest["newest"]["date"], "%Y-%m-%d %H:%M")
    with open(os.path.join(pristine, "new.jpg"), "wb") as handle:
        handle.write(pictures.unique_copy(bulletin_base, when, "boletín agregado"))
    taken = datetime.strptime(manifest["gallery"]["date"], "%Y-%m-%d %H:%M") + timedelta(
        hours=2
    )
    with open(os.path.join(pristine, "new-photo.jpg"), "wb") as handle:
        handle.write(pictures.unique_copy(photo_base, taken, "foto agregada"))
