"""The synthetic corpus: three years of an office's output, in our content format.

Generated once per size outside the repository, in ``<workdir>/corpus-<size>/``,
and reused until ``GENERATOR_VERSION`` or the size's parameters change.
Written to ``<name>.partial`` and renamed when complete, so an interrupted
generation is never mistaken for a corpus. Layout:

- ``portal/``: our content folder (bulletins, galleries, reports, plans,
  agenda, and the repository's two pages and favicon);
- ``texto/``: the same bulletins alone (hard links), for our text part;
- ``pelican/``, ``hugo/``: the same bulletins for stock Pelican and Hugo
  (``convert.py``);
- ``pristine/``: the original of every file a measured edit touches.
"""

from __future__ import annotations

import json
import os
import random
import runpy
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from . import convert, mutate, pictures, transparency
from .spanish import TOPICS, Writer, ascii_slug

GENERATOR_VERSION = 3
SEED = 20211231
MANIFEST = "manifest.json"
ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)

EXTRA_TAGS = [
    "agua", "colonias", "obra pública", "salud", "covid-19", "dengue", "cultura",
    "juventud", "empleo", "mujeres", "deporte", "seguridad", "transparencia", "cabildo",
    "educación", "becas", "medio ambiente", "lluvias", "estiaje", "incendios", "turismo",
    "tianguis", "mercado", "adultos mayores", "discapacidad", "niñez", "vialidad",
    "basura", "reciclaje", "árboles", "alumbrado", "drenaje", "panteón", "fiestas patrias",
    "día de muertos", "navidad", "semana santa", "informe", "presupuesto", "elecciones",
    "protección civil", "mascotas", "bibliotecas", "música", "teatro", "cine", "danza",
    "artesanías", "comercio", "campo", "ganadería",
]  # fmt: skip
TAGS = sorted(set(EXTRA_TAGS + [t for t in TOPICS if len(t) < 20]))
PHOTO_WORDS = [
    "llegada", "vista-general", "registro", "asistentes", "entrega", "recorrido",
    "detalle", "grupo", "autoridades", "cierre", "mesa", "publico", "escenario",
    "trabajos", "maquinaria", "plaza",
]  # fmt: skip


@dataclass(frozen=True)
class Size:
    bulletins: int
    start: date
    end: date
    galleries: int
    photos: int  # per gallery
    distinct_photos: int  # distinct 12-megapixel pictures behind them
    plan_years: tuple[int, ...]
    image_share: float = 0.30
    table_share: float = 0.10


SIZES = {
    "full": Size(
        5000, date(2019, 1, 1), date(2021, 12, 31), 150, 20, 40, (2019, 2020, 2021)
    ),
    "small": Size(300, date(2021, 1, 1), date(2021, 6, 30), 5, 8, 8, (2021,)),
}


def q(text: str) -> str:
    """A YAML double-quoted string (JSON's escaping is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M")


def _spread(rng: random.Random, count: int, start: date, end: date) -> list[datetime]:
    """``count`` times spread over [start, end], office hours, in order."""
    days = (end - start).days + 1
    result = []
    for index in range(count):
        day = start + timedelta(
            days=min(days - 1, int((index + rng.random()) * days / count))
        )
        result.append(
            datetime(day.year, day.month, day.day, 8)
            + timedelta(minutes=5 * rng.randint(0, 138))
        )
    return sorted(result)


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def bulletin_text(item: dict) -> str:
    """Our bulletin file: YAML front matter and Markdown text."""
    lines = [
        "---",
        f"title: {q(item['title'])}",
        f"date: {item['date']}",
        f"area: {item['area']}",
        f"summary: {q(item['summary'])}",
        "tags: [" + ", ".join(q(t) for t in item["tags"]) + "]",
    ]
    if item.get("image"):
        lines += [
            "image:",
            f"  src: imagenes/{item['stem']}.jpg",
            f"  alt: {q(item['image']['alt'])}",
            f"  credit: {q(item['image']['credit'])}",
        ]
    if item.get("propaganda"):
        lines.append("propaganda: true")
    if item.get("correction"):
        lines += [
            f"modified: {item['correction']['date']}",
            "corrections:",
            f"  - date: {item['correction']['date']}",
            f"    text: {q(item['correction']['text'])}",
        ]
    return "\n".join([*lines, "---", "", item["body"]])


def make_bulletins(
    size: Size, writer: Writer, rng: random.Random, areas: list[str]
) -> list[dict]:
    weights = [1 / (i + 1) ** 0.9 for i in range(len(TAGS))]
    tag_order = TAGS[:]
    rng.shuffle(tag_order)
    slugs: set[str] = (
        set()
    )  # unique across years: Pelican pairs equal slugs as translations
    items = []
    for when in _spread(rng, size.bulletins, size.start, size.end):
        area = rng.choice(areas)
        title = writer.title(area)
        slug = _unique(ascii_slug(title, 10), slugs)
        words = int(min(1200, max(150, rng.lognormvariate(6.0, 0.5))))
        item = {
            "stem": f"{when:%Y-%m-%d}-{slug}",
            "year": when.year,
            "title": title,
            "date": stamp(when),
            "area": area,
            "summary": writer.summary(area, when),
            "tags": sorted(set(rng.choices(tag_order, weights, k=rng.randint(1, 4)))),
            "body": writer.body(area, when, words, rng.random() < size.table_share),
            "propaganda": rng.random() < 0.15,
        }
        if rng.random() < size.image_share:
            item["image"] = {
                "alt": writer.alt(),
                "credit": "Coordinación de Comunicación Social",
            }
        if rng.random() < 0.02:
            item["correction"] = {
                "date": stamp(when + timedelta(days=1, hours=1)),
                "text": "Se corrigió el horario de atención publicado originalmente.",
            }
        items.append(item)
    return items


def write_bulletins(portal: str, items: list[dict], bases: list[bytes]) -> None:
    for index, item in enumerate(items):
        folder = os.path.join(portal, "boletines", str(item["year"]))
        os.makedirs(os.path.join(folder, "imagenes"), exist_ok=True)
        with open(
            os.path.join(folder, item["stem"] + ".md"), "w", encoding="utf-8"
        ) as handle:
            handle.write(bulletin_text(item))
        if item.get("image"):
            when = datetime.strptime(item["date"], "%Y-%m-%d %H:%M")
            path = os.path.join(folder, "imagenes", item["stem"] + ".jpg")
            pictures.write_copy(path, bases[index % len(bases)], when, item["stem"])


def write_galleries(portal, size, writer, rng, bulletins, pool) -> list[dict]:
    galleries, taken = [], set()
    by_date = sorted(bulletins, key=lambda b: b["date"])
    for number, when in enumerate(_spread(rng, size.galleries, size.start, size.end)):
        earlier = [b for b in by_date if b["date"] <= stamp(when)] or by_date[:1]
        bulletin = earlier[-1]
        area = bulletin["area"]
        title = f"{writer.topic().capitalize()} en {writer.place()}"[:160]
        slug = _unique(ascii_slug(title, 6), taken)
        folder = f"{when:%Y-%m-%d}-{slug}"
        path = os.path.join(portal, "galerias", folder)
        os.makedirs(path)
        names = [
            pictures.photo_name(i, PHOTO_WORDS[(number + i) % len(PHOTO_WORDS)])
            for i in range(size.photos)
        ]
        entries = []
        for i, name in enumerate(names):
            data = pool[(number * 7 + i) % len(pool)]
            taken_at = when + timedelta(minutes=3 * i)
            pictures.write_copy(
                os.path.join(path, name), data, taken_at, f"{folder}/{name}"
            )
            entry = f"- file: {name}\n  caption: {q(writer.caption(area))}\n  alt: {q(writer.alt())}\n"
            if i % 7 == 6:
                entry += f"  credit: {q(writer.person() + ' / Dirección de Cultura')}\n"
            entries.append(entry)
        with open(os.path.join(path, "fotos.yml"), "w", encoding="utf-8") as handle:
            handle.write("".join(entries))
        index_md = [
            "---",
            f"title: {q(title)}",
            f"date: {stamp(when)}",
            f"area: {area}",
            f"place: {q(writer.place())}",
            f"summary: {q(writer.summary(area, when))}",
            f"credit: {q(writer.person() + ' / Comunicación Social')}",
            f"cover: {names[min(1, len(names) - 1)]}",
            f"bulletin: {bulletin['stem']}",
            "tags: [" + ", ".join(q(t) for t in bulletin["tags"][:2]) + "]",
            "---",
            "",
            writer.paragraph(area, 60),
            "",
        ]
        with open(os.path.join(path, "index.md"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(index_md))
        galleries.append({"folder": folder, "date": stamp(when), "photos": names})
    return galleries


def write_agenda(portal: str, size: Size) -> int:
    os.makedirs(os.path.join(portal, "agenda"))
    count = 0
    for year, month in transparency.months(size.start, size.end):
        day = date(year, month, 24)
        name = f"{day:%Y-%m-%d}-sesion-ordinaria-cabildo.md"
        text = "\n".join(
            [
                "---",
                f"title: {q(f'Sesión ordinaria de Cabildo, {day:%m/%Y}')}",
                f"start: {day:%Y-%m-%d} 17:00",
                f"end: {day:%Y-%m-%d} 19:30",
                "kind: sesion-de-cabildo",
                'place: "Sala de Cabildo, Palacio Municipal"',
                "area: presidencia",
                'summary: "Orden del día: informe de obra pública, programa de becas y asuntos generales."',
                "---",
                "",
            ]
        )
        with open(os.path.join(portal, "agenda", name), "w", encoding="utf-8") as handle:
            handle.write(text)
        count += 1
    return count


def link_tree(source: str, target: str) -> None:
    """``target`` holds the same files as ``source``: hard links, else copies."""
    for dirpath, _, names in os.walk(source):
        folder = os.path.join(target, os.path.relpath(dirpath, source))
        os.makedirs(folder, exist_ok=True)
        for name in names:
            try:
                os.link(os.path.join(dirpath, name), os.path.join(folder, name))
            except OSError:
                shutil.copyfile(os.path.join(dirpath, name), os.path.join(folder, name))


def read_manifest(corpus: str) -> dict | None:
    try:
        with open(os.path.join(corpus, MANIFEST), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def wanted(size_name: str) -> dict:
    params = json.loads(json.dumps(asdict(SIZES[size_name]), default=str))
    return {"version": GENERATOR_VERSION, "seed": SEED, "size": size_name, "params": params}


def ensure(workdir: str, size_name: str, workers: int) -> tuple[str, dict]:
    """The corpus folder and its manifest; generated only if missing or stale.

    Generated in a child process: on Linux a child's peak RSS (``ru_maxrss``)
    starts from its parent's, so the benchmark's own process must stay small
    for the memory it reports of each build to be the build's.
    """
    corpus = os.path.join(workdir, f"corpus-{size_name}")
    manifest = read_manifest(corpus)
    if manifest is None or any(manifest.get(k) != v for k, v in wanted(size_name).items()):
        subprocess.run(
            [sys.executable, "-m", "bench_site.corpus", workdir, size_name, str(workers)],
            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
            check=True,
        )
        manifest = read_manifest(corpus)
    return corpus, manifest


def _generate_here(workdir: str, size_name: str, workers: int) -> None:
    corpus = os.path.join(workdir, f"corpus-{size_name}")
    shutil.rmtree(corpus, ignore_errors=True)
    partial = corpus + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    generate(partial, workdir, size_name, workers)
    os.replace(partial, corpus)


def settings() -> dict:
    """The site's settings: areas come from pelicanconf.AREAS."""
    return runpy.run_path(os.path.join(ROOT, "pelicanconf.py"))


def areas() -> dict:
    return settings()["AREAS"]


def generate(corpus: str, workdir: str, size_name: str, workers: int) -> dict:
    started = time.perf_counter()
    size = SIZES[size_name]
    print(f"Generating the {size_name} corpus in {corpus} …", flush=True)
    site = settings()
    areas = list(site["AREAS"])
    rng, writer = random.Random(SEED), Writer(SEED)
    portal = os.path.join(corpus, "portal")
    bulletins = make_bulletins(size, writer, rng, areas)
    bases = pictures.bulletin_bases(24, SEED)
    write_bulletins(portal, bulletins, bases)
    pool_dir = os.path.join(workdir, "photos", "pool")
    pool = pictures.gallery_pool(pool_dir, size.distinct_photos, workers)
    galleries = write_galleries(portal, size, writer, rng, bulletins, pool)
    plans = transparency.write_plans(portal, size.plan_years)
    reports = transparency.write_reports(
        portal, size, writer, rng, bulletins, galleries, plans
    )
    agenda = write_agenda(portal, size)
    for kind in ("paginas", "extra"):
        shutil.copytree(os.path.join(ROOT, "content", kind), os.path.join(portal, kind))
    for kind in ("boletines", "paginas", "extra"):
        link_tree(os.path.join(portal, kind), os.path.join(corpus, "texto", kind))
    convert.write_pelican(corpus, bulletins, site)
    convert.write_hugo(corpus, bulletins, site)

    # What the measured edits touch: a bulletin in the middle, the newest gallery.
    edit = bulletins[len(bulletins) // 2]
    gallery = galleries[-1]
    manifest = {
        **wanted(size_name),
        "counts": {
            "bulletins": len(bulletins),
            "with_image": sum(1 for b in bulletins if b.get("image")),
            "with_table": sum(1 for b in bulletins if "|---|" in b["body"]),
            "words": sum(len(b["body"].split()) for b in bulletins),
            "tags": len({t for b in bulletins for t in b["tags"]}),
            "galleries": len(galleries),
            "photos": sum(len(g["photos"]) for g in galleries),
            "distinct_pictures": len(pool),
            "reports": reports,
            "plans": len(plans),
            "agenda": agenda,
            "repeated_jpegs": pictures.check_distinct(portal),
        },
        "edit": {"year": edit["year"], "stem": edit["stem"]},
        "newest": {"year": bulletins[-1]["year"], "date": bulletins[-1]["date"]},
        "gallery": gallery,
        "pool": pool_dir,
        "seconds": 0.0,
    }
    mutate.save_pristine(corpus, manifest, bases[-1], pool[0])
    manifest["seconds"] = round(time.perf_counter() - started, 1)
    with open(os.path.join(corpus, MANIFEST), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1, ensure_ascii=False)
    print(
        f"  corpus ready in {manifest['seconds']:.0f} s: {manifest['counts']}", flush=True
    )
    return manifest


if __name__ == "__main__":  # python -m bench_site.corpus WORKDIR SIZE WORKERS
    _generate_here(sys.argv[1], sys.argv[2], int(sys.argv[3]))
