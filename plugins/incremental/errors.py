"""What stops a build because the page cache could have served a stale page.

Each carries its message in Spanish for the person running the build;
``portal.commands.build`` prints it and leaves ``output/`` as it was.
"""

from __future__ import annotations


class CacheError(Exception):
    """A build the page cache cannot vouch for."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ContentMutated(CacheError):
    """A content changed after a page may have read it (the cache compares
    pages against its first digest)."""

    def __init__(self, sources: list[str]):
        names = "\n".join(f"  - {source}" for source in sources)
        super().__init__(
            f"Estos contenidos cambiaron después de que se tomó su huella, mientras "
            f"se generaban las páginas:\n{names}\nUna página que los leyó antes del "
            "cambio podría publicarse vieja. Algún complemento modifica el contenido "
            "al escribir las páginas: debe hacerlo antes de que se escriba la primera "
            "(en generate_context o en all_generators_finalized)."
        )
        self.sources = sources


class LateWrite(CacheError):
    """A page written after every generator was done: after the sitemap was
    made, and before the theme files get their hashed names."""

    def __init__(self, name: str):
        super().__init__(
            f"La página {name} se escribió después de que terminaron todos los "
            "generadores (el mapa del sitio ya estaba hecho y los archivos del tema "
            "a punto de renombrarse). Las páginas se escriben en el generate_output "
            "de un generador."
        )
        self.name = name
