"""The kinds of content the portal publishes, each declared once.

Every list that names the kinds is derived from ``KINDS``: the folders the
reader knows (``KIND_BY_FOLDER``), each kind's schema (``schema_for``), the
stray-file message, ``make nuevo``'s TIPO list and starter files; the content
guide's sections and field tables and the README's lists are checked against
it by tests (tests/test_content_guide.py, test_kinds.py, test_kinds_site.py).

A new kind, as the agenda's events are built:

1. its schema in ``schemas.py``; a field naming other content is a
   ``Reference``/``ReferenceList`` with its target kinds (linked for you);
2. its model, a dataclass with the schema's field names (``x_ref`` holds a
   reference as written, ``x`` the linked content; ``DERIVED`` marks the
   rest), filled by ``models.from_clean``;
3. its entry below, and its starter file in ``starters.py`` (``accountability_starters.py``
   for clarifications, the Informe de Gobierno and frequent questions);
4. its generator: a ``generator.KindGenerator`` with ``kind_key``, ``load``
   (``reading.read_content``, the kind's own checks, ``from_clean``),
   ``prepare`` and ``generate_output`` (``write_page``, ``add_feed_items``,
   ``add_datasets``), connected by ``get_generators`` and listed in PLUGINS;
5. its templates, its section in docs/guia-de-contenido.md, and the TIPO
   lists; the tests above fail until each is there.

Models are named by dotted path and imported when asked for, so this module
imports no plugin: the plugins import it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from . import (
    accountability_starters,
    clarification_schemas,
    faq_schemas,
    government_report_schemas,
    media_schemas,
    publicity_schemas,
    schemas,
    starters,
)
from .fields import FieldSpec

# What gives most contents their URL, as a clash message says what to rename.
NAMED_BY_FILE = "el nombre del archivo"


@dataclass(frozen=True)
class Kind:
    key: str  # the name in code: "bulletin"
    folder: str  # top folder under content/
    where: str  # where its files go, as the stray-file message says it
    schema: Callable[[Mapping], dict[str, FieldSpec]]  # settings -> schema
    model: str  # "package.module:Class" of what a file becomes
    url: str  # site-relative URL pattern of its page
    templates: tuple[str, ...]  # theme templates its pages use
    new_type: str  # make nuevo TIPO=…
    starter: Callable  # (title, today, now) -> (path, text[, other files])
    guide_section: str  # heading of its section in docs/guia-de-contenido.md
    # Spanish words for messages: "el boletín", "un boletín", "publicado".
    the_name: str = ""
    a_name: str = ""
    published_word: str = "publicado"
    # What a reference to it must name, for "no existe …; se espera …".
    reference_hint: str = ""
    # Its feeds: name -> the settings naming the feed's files, one per format.
    # The feed writers take their paths from here (``feed_files``).
    feeds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Its open data: name -> path pattern of the CSV and JSON (without the
    # extension); the writers take their paths from here (``dataset_path``).
    datasets: Mapping[str, str] = field(default_factory=dict)
    parts: Mapping[str, Mapping[str, FieldSpec]] = field(default_factory=dict)
    read_by_pelican: bool = False  # bulletins and pages: Pelican's own generators
    named_by: str = NAMED_BY_FILE  # what gives its URL, to rename on a clash
    needs_body: bool = False  # text below the header is required
    needs_title: bool = True  # make nuevo asks for TITULO (a report is named by month)
    # The field of its own date, which no ``history`` entry may precede ("":
    # none; an event is announced, and changed, before it happens).
    own_date: str = ""

    def feed_files(self, settings: Mapping, feed: str, **values) -> tuple[str, ...]:
        """The site-relative files of one of its feeds (``values`` fill ``{slug}``)."""
        return tuple(settings[name].format(**values) for name in self.feeds[feed])

    def dataset_path(self, dataset: str, **values) -> str:
        """Where one of its datasets goes, without .csv or .json."""
        return self.datasets[dataset].format(**values)

    def model_class(self) -> type:
        module, _, name = self.model.partition(":")
        return getattr(importlib.import_module(module), name)


KINDS: tuple[Kind, ...] = (
    Kind(
        key="bulletin",
        folder="boletines",
        where="content/boletines/AAAA/",
        schema=lambda settings: schemas.bulletin_schema(settings["AREAS"]),
        model="pelican.contents:Article",
        url="boletines/{year}/{slug}/",
        templates=("article", "index", "category", "tag", "period_archives"),
        new_type="boletin",
        starter=starters.bulletin,
        guide_section="3.1 Boletín",
        the_name="el boletín",
        a_name="un boletín",
        reference_hint=(
            "el nombre de un archivo de content/boletines/AAAA/ sin la extensión .md"
        ),
        feeds={
            "all": ("FEED_BULLETINS_RSS", "FEED_BULLETINS_ATOM"),
            "area": ("FEED_AREA_RSS", "FEED_AREA_ATOM"),
        },
        read_by_pelican=True,
        needs_body=True,
        own_date="date",
    ),
    Kind(
        key="gallery",
        folder="galerias",
        where="content/galerias/AAAA-MM-DD-nombre/",
        schema=lambda settings: schemas.gallery_schema(settings["AREAS"]),
        model="galleries.model:Gallery",
        url="galerias/{year}/{slug}/",
        templates=(
            "gallery",
            "photo",
            "galleries",
            "fototeca",
            "fototeca_year",
            "fototeca_area",
        ),
        new_type="galeria",
        starter=starters.gallery,
        guide_section="3.2 Galería de fotos",
        the_name="la galería",
        a_name="una galería",
        published_word="publicada",
        reference_hint="el nombre de una carpeta de content/galerias/",
        feeds={"all": ("FEED_GALLERIES_RSS", "FEED_GALLERIES_ATOM")},
        parts={"fotos.yml": schemas.PHOTO_ENTRY},
        named_by="el nombre de la carpeta",
        own_date="date",
    ),
    Kind(
        key="plan",
        folder="planes",
        where="content/planes/",
        schema=lambda settings: schemas.plan_schema(settings["AREAS"]),
        model="plans.model:Plan",
        url="transparencia/planes/{slug}/",
        templates=("plan", "cronograma", "cronograma_year", "transparency"),
        new_type="plan",
        starter=starters.plan,
        guide_section="3.3 Plan (programa anual o de varios años)",
        the_name="el plan",
        a_name="un plan",
        reference_hint="el nombre de un archivo de content/planes/ sin la extensión .md",
        datasets={
            "schedule": "datos/planes/{slug}/cronograma",
            "budget": "datos/planes/{slug}/presupuesto",
            "transparency_format": "datos/transparencia/programa-anual-comunicacion",
        },
        own_date="approved",
    ),
    Kind(
        key="report",
        folder="informes",
        where="content/informes/AAAA/",
        schema=lambda settings: schemas.report_schema(),
        model="reports.model:Report",
        url="transparencia/informes/{year}/{month_name}/",
        templates=("report", "reports", "indicators", "execution"),
        new_type="informe",
        starter=starters.report,
        needs_title=False,
        guide_section="3.4 Informe mensual",
        the_name="el informe",
        a_name="un informe",
        reference_hint="el mes de un informe de content/informes/AAAA/, como 2021-03",
        feeds={"all": ("FEED_REPORTS_RSS", "FEED_REPORTS_ATOM")},
        datasets={
            "figures": "datos/informes/{slug}/cifras",
            "indicators": "datos/informes/indicadores",
            "execution": "datos/planes/{plan}/cumplimiento",  # the plan's slug
        },
        own_date="month",
    ),
    Kind(
        key="event",
        folder="agenda",
        where="content/agenda/",
        schema=lambda settings: schemas.event_schema(settings["AREAS"]),
        model="agenda.model:AgendaEvent",
        url="agenda/#evento-{slug}",
        templates=("agenda",),
        new_type="evento",
        starter=starters.event,
        guide_section="3.5 Evento de agenda",
        the_name="el evento",
        a_name="un evento",
        reference_hint="el nombre de un archivo de content/agenda/ sin la extensión .md",
        feeds={
            "calendar": ("AGENDA_ICS",),
            "event": ("AGENDA_EVENT_ICS",),
            "advisories": ("FEED_ADVISORIES_RSS", "FEED_ADVISORIES_ATOM"),
        },
    ),
    Kind(
        key="page",
        folder="paginas",
        where="content/paginas/",
        schema=lambda settings: schemas.page_schema(),
        model="pelican.contents:Page",
        url="{slug}/",
        templates=("page",),
        new_type="pagina",
        starter=starters.page,
        guide_section="3.6 Página",
        the_name="la página",
        a_name="una página",
        published_word="publicada",
        read_by_pelican=True,
        needs_body=True,
    ),
    Kind(
        key="video",
        folder="videoteca",
        where="content/videoteca/AAAA-MM-DD-nombre/",
        schema=lambda settings: media_schemas.video_schema(settings["AREAS"]),
        model="media.model:Video",
        url="videoteca/{year}/{slug}/",
        templates=("recording", "videoteca", "mediateca_year", "mediateca_list"),
        new_type="video",
        starter=starters.video,
        guide_section="3.7 Video (videoteca)",
        the_name="el video",
        a_name="un video",
        reference_hint="el nombre de una carpeta de content/videoteca/",
        feeds={"all": ("FEED_VIDEOS_RSS",)},
        named_by="el nombre de la carpeta",
        own_date="date",
    ),
    Kind(
        key="audio",
        folder="fonoteca",
        where="content/fonoteca/AAAA-MM-DD-nombre/",
        schema=lambda settings: media_schemas.audio_schema(settings["AREAS"]),
        model="media.model:Audio",
        url="fonoteca/{year}/{slug}/",
        templates=(
            "recording",
            "fonoteca",
            "mediateca_year",
            "mediateca_list",
            "archivo",  # the site's chronological archive: generator.py
            "archivo_year",
        ),
        new_type="audio",
        starter=starters.audio,
        guide_section="3.8 Audio (fonoteca)",
        the_name="el audio",
        a_name="un audio",
        reference_hint="el nombre de una carpeta de content/fonoteca/",
        feeds={"podcast": ("FEED_PODCAST_RSS",), "radio": ("FEED_RADIO_RSS",)},
        named_by="el nombre de la carpeta",
        own_date="date",
    ),
    # Publicity spending (formats 23b-23d): one generator, publicity.generator.
    Kind(
        key="campaign",
        folder="publicidad/campanas",
        where="content/publicidad/campanas/",
        schema=lambda settings: publicity_schemas.campaign_schema(settings["AREAS"]),
        model="publicity.model:Campaign",
        url="transparencia/comunicacion-social/campanas/{slug}/",
        templates=("campaign",),
        new_type="campana",
        starter=starters.campaign,
        guide_section="3.9 Campaña o aviso institucional",
        the_name="la campaña",
        a_name="una campaña",
        published_word="publicada",
        reference_hint=(
            "el nombre de un archivo de content/publicidad/campanas/ sin la extensión .md"
        ),
    ),
    Kind(
        key="provider",
        folder="publicidad/proveedores",
        where="content/publicidad/proveedores/",
        schema=lambda settings: publicity_schemas.provider_schema(),
        model="publicity.model:Provider",
        url="transparencia/comunicacion-social/proveedores/{slug}/",
        templates=("provider",),
        new_type="proveedor",
        starter=starters.provider,
        guide_section="3.10 Proveedor de publicidad",
        the_name="el proveedor",
        a_name="un proveedor",
        reference_hint=(
            "el nombre de un archivo de content/publicidad/proveedores/ sin la extensión .md"
        ),
    ),
    Kind(
        key="contract",
        folder="publicidad/contratos",
        where="content/publicidad/contratos/",
        schema=lambda settings: publicity_schemas.contract_schema(),
        model="publicity.model:Contract",
        # Its documents (contract, amendments, invoices) are published here.
        url="transparencia/comunicacion-social/contratos/{slug}/",
        templates=("publicity",),
        new_type="contrato",
        starter=starters.contract,
        guide_section="3.11 Contrato de publicidad y sus facturas",
        the_name="el contrato",
        a_name="un contrato",
        own_date="signed",
    ),
    Kind(
        key="publicity_budget",
        folder="publicidad/presupuesto",
        where="content/publicidad/presupuesto/",
        schema=lambda settings: publicity_schemas.communication_budget_schema(),
        model="publicity.model:CommunicationBudget",
        url="transparencia/comunicacion-social/{slug}/",
        templates=("publicity", "publicity_formats", "publicity_quarter"),
        new_type="presupuesto",
        starter=starters.communication_budget,
        needs_title=False,
        guide_section="3.12 Presupuesto de comunicación social",
        the_name="el presupuesto",
        a_name="un presupuesto",
        datasets={
            # The formats 23a-23d per period (2021 or 2021-t1): CSV, JSON and XLSX.
            "format": "datos/comunicacion-social/{year}/formato-{format}-{period}",
            "spending": "datos/comunicacion-social/{year}/gasto-{name}",
        },
    ),
    Kind(
        key="air_time",
        folder="publicidad/tiempos-oficiales",
        where="content/publicidad/tiempos-oficiales/",
        schema=lambda settings: publicity_schemas.air_time_schema(settings["AREAS"]),
        model="publicity.model:AirTime",
        url="transparencia/comunicacion-social/{year}/#tiempos-{slug}",
        templates=("publicity",),
        new_type="tiempos",
        starter=starters.air_time,
        needs_title=False,
        guide_section="3.13 Tiempos oficiales de radio y televisión",
        the_name="el informe de tiempos oficiales",
        a_name="un informe de tiempos oficiales",
    ),
    Kind(
        key="clarification",
        folder="aclaraciones",
        where="content/aclaraciones/",
        schema=lambda settings: clarification_schemas.clarification_schema(
            settings["AREAS"], clarification_schemas.verdicts_of(settings)
        ),
        model="clarifications.model:Clarification",
        url="aclaraciones/{slug}/",
        templates=("clarification", "clarifications", "clarification_method"),
        new_type="aclaracion",
        starter=accountability_starters.clarification,
        guide_section="3.14 Aclaración",
        the_name="la aclaración",
        a_name="una aclaración",
        published_word="publicada",
        reference_hint=(
            "el nombre de un archivo de content/aclaraciones/ sin la extensión .md"
        ),
        feeds={"all": ("FEED_CLARIFICATIONS_RSS", "FEED_CLARIFICATIONS_ATOM")},
        needs_body=True,
        own_date="date",
    ),
    Kind(
        key="government_report",
        folder="informe-de-gobierno",
        where="content/informe-de-gobierno/AAAA/",
        schema=government_report_schemas.government_report_schema,
        model="government_report.model:GovernmentReport",
        url="informe-de-gobierno/{slug}/",  # the slug is the year
        templates=("government_report", "government_reports"),
        new_type="gobierno",
        starter=accountability_starters.government_report,
        guide_section="3.15 Informe de Gobierno",
        the_name="el informe de gobierno",
        a_name="un informe de gobierno",
        reference_hint=(
            "el año de un informe de content/informe-de-gobierno/AAAA/ (la carpeta)"
        ),
        datasets={"achievements": "datos/informe-de-gobierno/logros"},
        named_by="el nombre de la carpeta",
        own_date="date",
    ),
    # Frequent questions (issue 17, part 6): last; plugins/faq.
    Kind(
        key="faq",
        folder="preguntas-frecuentes",
        where="content/preguntas-frecuentes/",
        schema=lambda settings: faq_schemas.faq_schema(settings["AREAS"]),
        model="faq.model:FaqTopic",
        url="preguntas-frecuentes/#{slug}",
        templates=("faq",),
        new_type="pregunta",
        starter=accountability_starters.faq,
        guide_section="3.16 Preguntas frecuentes",
        the_name="el tema de preguntas frecuentes",
        a_name="un tema de preguntas frecuentes",
    ),
)

KIND_BY_KEY: dict[str, Kind] = {kind.key: kind for kind in KINDS}
# Top folder under content/ -> kind of content it holds.
# Folder under content/ (one or two levels: "publicidad/campanas") -> kind.
KIND_BY_FOLDER: dict[str, str] = {kind.folder: kind.key for kind in KINDS}
KIND_BY_NEW_TYPE: dict[str, Kind] = {kind.new_type: kind for kind in KINDS}


def schema_for(kind: str, settings: Mapping) -> dict[str, FieldSpec]:
    return KIND_BY_KEY[kind].schema(settings)


def stray_file_message() -> str:
    """What a Markdown file outside every kind's folder is told."""
    places = [kind.where for kind in KINDS]
    listed = ", ".join(places[:-1]) + " o " + places[-1]
    return (
        "está en una carpeta que el portal no publica o no termina en .md; "
        f"se espera en {listed}, con extensión .md"
    )
