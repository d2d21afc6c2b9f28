"""The ``/datos/`` catalogue: every dataset other plugins published.

Runs after the producers (it comes after them in PLUGINS), so every file's
size is known when the catalogue is written.
"""

from __future__ import annotations

import os

from pelican import signals
from pelican.generators import Generator

from .datasets import datasets_of, json_bytes


class OpenDataGenerator(Generator):
    def generate_context(self):
        datasets_of(self.context)

    def generate_output(self, writer):
        datasets = sorted(datasets_of(self.context), key=lambda d: d.slug)
        writer.write_file(
            "datos/index.html",
            self.get_template("datos"),
            self.context,
            self.settings["RELATIVE_URLS"],
            url="datos/",
            catalogue=datasets,
        )
        portal = self.settings["PORTAL_URL"]
        document = {
            "catalogo": f"{portal}/datos/",
            "conjuntos": [
                {
                    "id": d.slug,
                    "titulo": d.title,
                    "descripcion": d.description,
                    "periodo": d.temporal,
                    "actualizado": d.updated,
                    "pagina": f"{portal}/{d.page_url}",
                    "archivos": [
                        {"formato": f.format, "url": f"{portal}/{f.url}", "bytes": f.size}
                        for f in d.files
                    ],
                }
                for d in datasets
            ],
        }
        target = os.path.join(self.output_path, "datos", "catalogo.json")
        os.makedirs(os.path.dirname(target), exist_ok=True)  # its page may be kept
        with open(target, "wb") as handle:
            handle.write(json_bytes(document))


def get_generators(pelican):
    return OpenDataGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
