"""``build --verify``: the pages the cache would keep are rendered too and
compared, byte for byte, with the files ``output/`` holds. A difference is a
page the cache would have served stale; each is named with why it was going
to be kept and, where the two renders' records tell, what the record missed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .manifest import PageRecord


@dataclass(frozen=True)
class Difference:
    page: str
    why: str


def _inputs(record: PageRecord) -> dict[str, object]:
    found = {f"la plantilla {name}": digest for name, digest in record.templates}
    found.update({f"el nombre {key}": digest for key, digest in record.names})
    found.update({f"el contenido {ident[2]}": d for ident, d in record.objects.items()})
    return found


def explain(kept: PageRecord, now: PageRecord) -> str:
    """Why the page was going to be kept, and what its new render read that
    the record did not say."""
    why = (
        f"se iba a conservar porque lo que leyó la vez anterior no cambió "
        f"({len(kept.templates)} plantillas, {len(kept.names)} nombres, "
        f"{len(kept.objects)} contenidos)"
    )
    before, after = _inputs(kept), _inputs(now)
    new = sorted(set(after) - set(before))
    changed = sorted(k for k in set(after) & set(before) if after[k] != before[k])
    if new:
        return f"{why}; ahora lee además {', '.join(new[:5])}"
    if changed:
        return f"{why}; {', '.join(changed[:5])} cambió al generar la página"
    return (
        f"{why}; la diferencia viene de algo que el registro no ve: una lectura "
        "fuera de las plantillas, un estado que no está a la vista o un efecto "
        "de otra página"
    )


def report(differences: list[Difference], output: str) -> str:
    lines = [
        f"La verificación encontró {len(differences)} página(s) que la caché habría "
        f"conservado con un contenido distinto del que se genera hoy:"
    ]
    lines += [f"  - {d.page}: {d.why}" for d in sorted(differences, key=lambda d: d.page)]
    lines.append(f"La carpeta {output} no se modificó.")
    return "\n".join(lines)
