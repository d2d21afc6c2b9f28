"""The ``/datos/`` catalogue: every dataset other plugins published.

Runs after the producers (it comes after them in PLUGINS), so every file's
size is known when the catalogue is written: ``catalogo.json`` (the portal's
own, short) and ``data.json`` (the federal guide's DCAT, ``dcat.py``).
"""

from __future__ import annotations

import os

from pelican import signals
from pelican.generators import Generator

from .datasets import datasets_of, json_bytes
from .dcat import catalogue as dcat_catalogue


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
            open_data_license=self.settings["OPEN_DATA_LICENSE"],
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
                        {"formato": f.format, "titulo": f.label, "url": f"{portal}/{f.url}", "bytes": f.size}
                        for f in d.files
                    ],
                }
                for d in datasets
            ],
        }
        folder = os.path.join(self.output_path, "datos")
        os.makedirs(folder, exist_ok=True)  # its page may be kept
        for name, payload in (
            ("catalogo.json", document),
            ("data.json", dcat_catalogue(datasets, self.settings)),
        ):
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(json_bytes(payload))


def get_generators(pelican):
    return OpenDataGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
