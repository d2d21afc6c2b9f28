"""Read ``content/aclaraciones/*.md`` into clarifications, with the checks one
file allows: each appearance dated no later than the clarification and shown
by a link or a screenshot, each piece of evidence naming one thing, and the
«spread by» field naming platforms, not people (a warning: the office decides).
"""

from __future__ import annotations

from content_schema.clarification_schemas import EVIDENCE_TARGETS
from content_schema.models import from_clean
from content_schema.reader import slug_from_filename
from content_schema.reading import read_content

from .model import Appearance, Clarification, Evidence, verdict_scale
from .people import looks_like_a_person

# Which open data each kind of evidence has (the plan's budget only if it has one).
DATA_OF = {"plan": ("cronograma", "presupuesto"), "report": ("cifras",)}
TARGETS_SAID = ", ".join(EVIDENCE_TARGETS[:-1]) + " o " + EVIDENCE_TARGETS[-1]


def _appearances(meta, read) -> tuple[Appearance, ...]:
    published = meta.get("date")
    found = []
    for position, item in enumerate(meta.get("appearances") or (), start=1):
        where = f"appearances[{position}]"
        appearance = from_clean(Appearance, {**item, "date": item["date"].date()})
        if published is not None and appearance.date > published.date():
            read.add(f"{where}.date", f"la publicación es del {appearance.date}, después "
                     f"de la aclaración ({published.date()}); se espera la fecha en que "
                     "apareció, igual o anterior a date")  # fmt: skip
        if not appearance.link and not appearance.screenshot:
            read.add(where, f"no dice dónde verla; se espera link con la dirección de la "
                     f"publicación o screenshot con una captura (en {appearance.platform})")  # fmt: skip
        found.append(appearance)
    return tuple(found)


def _evidence(meta, read) -> tuple[Evidence, ...]:
    found = []
    for position, item in enumerate(meta.get("evidence") or (), start=1):
        where = f"evidence[{position}]"
        named = [name for name in EVIDENCE_TARGETS if name in item]
        evidence = from_clean(Evidence, item)
        if len(named) != 1:
            said = ("no dice cuál es la evidencia" if not named
                    else "nombra a la vez " + " y ".join(named))  # fmt: skip
            read.add(where, f"{said}; se espera una sola de: {TARGETS_SAID}")
        elif named == ["url"] and not evidence.title:
            read.add(f"{where}.title", "falta el nombre del documento de la dirección "
                     "(url); se espera title, por ejemplo «Presupuesto de Egresos 2021, "
                     "Periódico Oficial»")  # fmt: skip
        if evidence.data and evidence.data not in DATA_OF.get(evidence.target_kind, ()):
            allowed = "; ".join(f"{kind}: {', '.join(data)}" for kind, data in DATA_OF.items())
            read.add(f"{where}.data", f"'{evidence.data}' no son datos de "
                     f"{evidence.target_kind}; se espera data junto a plan o report ({allowed})")  # fmt: skip
        found.append(evidence)
    if found and not any(e.internal for e in found):
        read.report.warn(read.shown, "evidence", "ninguna evidencia es del portal; se "
                         "recomienda también un boletín, plan, informe o grabación que "
                         "la respalde")  # fmt: skip
    return tuple(found)


def _spread_by(meta, read) -> tuple[str, ...]:
    names = tuple(meta.get("spread_by") or ())
    for position, name in enumerate(names, start=1):
        if looks_like_a_person(name):
            read.report.warn(read.shown, f"spread_by[{position}]", f"«{name}» parece el "
                             "nombre o la cuenta de una persona; se nombran plataformas y "
                             "páginas, nunca a personas particulares (p. ej. «grupos de "
                             "WhatsApp», «una página de Facebook de noticias locales»)")  # fmt: skip
    return names


def load_clarification(path, settings, report, markdown) -> Clarification | None:
    read = read_content(path, "clarification", settings, report)
    if read is None:
        return None
    meta = read.clean
    if "date" not in meta:
        return None
    scale = {v.key: v for v in verdict_scale(settings)}
    clarification = from_clean(
        Clarification,
        meta,
        source_path=path,
        slug=meta.get("slug") or slug_from_filename(path, settings),
        rating=scale.get(meta.get("verdict")),
        area_name=settings["AREAS"].get(meta.get("area"), ""),
        appearances=_appearances(meta, read),
        spread_by=_spread_by(meta, read),
        evidence=_evidence(meta, read),
        tags=tuple(meta.get("tags", ())),
        body_html=read.html(markdown, settings),
    )
    clarification.valid = read.ok
    return clarification

