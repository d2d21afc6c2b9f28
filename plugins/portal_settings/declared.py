"""Every setting of ours, declared once: name, type, default, Spanish meaning.

Plugins read ``settings["NAME"]`` and carry no default of their own: the
defaults below are merged into the settings before the build starts.
``docs/ajustes.md`` is generated from this table (``python -m
portal_settings.doc``); a test fails when they disagree.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from plans.opendata import TRANSPARENCY_KEYS

from .options import (
    AreaKey,
    Boolean,
    Choice,
    Date,
    DateTime,
    FeedPath,
    Folder,
    Integer,
    Option,
    SettingError,
    Text,
    Url,
)
from .outreach import OUTREACH
from .recipes import ImageRecipe, MediaRecipeOption
from .structures import ListOf, MappingOf, Pair, Record


class Timezone(Text):
    type_label = "zona horaria"

    def expected(self) -> str:
        return "una zona horaria de la base IANA, p. ej. America/Mexico_City"

    def check(self, value):
        value = super().check(value)
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            self.fail(value)
        return value


class VedaPeriod(Record):
    def __init__(self):
        super().__init__({"start": Date(), "end": Date(), "name": Text()})

    def whole(self, checked: dict) -> dict:
        if checked["end"] < checked["start"]:
            raise SettingError(
                f"termina ({checked['end']}) antes de empezar ({checked['start']}); "
                "se espera end igual o posterior a start"
            )
        return checked


class _RelativeLink(Text):
    """An address inside the site without the leading slash ("" is the home)."""

    type_label = "ruta en el sitio"

    def expected(self) -> str:
        return "una ruta relativa, sin / al principio (texto vacío: la portada)"

    def check(self, value):
        if not isinstance(value, str) or value.startswith("/") or "://" in value:
            self.fail(value)
        return value


class Article(Choice):
    type_label = "el, la, los, las o texto vacío"

    def expected(self) -> str:
        return "el artículo del nombre: el, la, los, las, o texto vacío si no lleva"


def _links(description, default) -> ListOf:
    return ListOf(Pair(Text(), _RelativeLink()), default, description)


SETTINGS: dict[str, Option] = {
    # --- Identity ------------------------------------------------------------
    "ORGANIZATION_NAME": Text(
        description="Nombre del ayuntamiento: encabezados, fuentes, datos y JSON-LD."
    ),
    "ORGANIZATION_ARTICLE": Article(
        ("el", "la", "los", "las", ""),
        "el",
        "Artículo del nombre del ayuntamiento, para escribir «del H. Ayuntamiento…» (con «el») o «de la Presidencia…» en fuentes, calendario y descripciones; texto vacío: sin artículo.",
    ),
    "OFFICE_NAME": Text(description="Nombre de la oficina de Comunicación Social."),
    "ORGANIZATION_ADDRESS": Record(
        {
            name: Text()
            for name in ("street", "locality", "region", "postal_code", "country")
        },
        description="Domicilio de la oficina (calle, localidad, estado, código postal, país) para el JSON-LD de la portada.",
    ),
    "ORGANIZATION_PHONE": Text(
        description="Teléfono de la oficina, en formato internacional."
    ),
    "ORGANIZATION_EMAIL": Text(description="Correo de la oficina."),
    "PRESS_CONTACT": Record(
        {name: Text() for name in ("name", "role", "phone", "email")},
        None,
        "Quién atiende a los medios (name, role, phone en formato internacional, email): se muestra en «Para medios» de cada boletín y de la portada, con enlaces para llamar y escribir. None: no se muestra.",
        optional=True,
    ),
    "PORTAL_URL": Url(
        description="Dirección pública del sitio: URL canónicas, fuentes, sitemap y tarjetas."
    ),
    "OPEN_DATA_CONTACT": Record(
        {name: Text() for name in ("name", "email")},
        None,
        "Quién responde por los datos abiertos (name, email): contactPoint y mbox de cada conjunto en datos/data.json. None: la oficina (OFFICE_NAME y ORGANIZATION_EMAIL).",
        optional=True,
    ),
    "OPEN_DATA_LICENSE": Record(
        {name: Text() for name in ("name", "url")},
        {
            "name": "Términos de Libre Uso de los Datos Abiertos de México",
            "url": "https://datos.gob.mx/libreusomx",
        },
        "Licencia de los datos abiertos (name, url): se nombra en /datos/ y va en cada conjunto de datos/data.json.",
    ),
    "TIMEZONE": Timezone(
        description="Zona horaria de las fechas del contenido (ajuste de Pelican que el portal necesita)."
    ),
    "AREAS": MappingOf(
        AreaKey(),
        Text(),
        description="Áreas del ayuntamiento: clave que usa el contenido → nombre que se muestra.",
    ),
    # --- Embargo and veda ------------------------------------------------------
    "EMBARGO": Boolean(
        False,
        "Si es true, los boletines con fecha futura y los retenidos por veda no se publican (make publish); si es false se muestran con un aviso.",
    ),
    "EMBARGO_NOW": DateTime(
        None,
        "Fija el reloj del embargo, la veda y la agenda (pruebas, revisar una publicación planeada); None: la hora actual.",
        optional=True,
    ),
    "VEDAS": ListOf(
        VedaPeriod(),
        [],
        "Periodos de veda electoral: start y end (AAAA-MM-DD, inclusive) y name.",
    ),
    "VEDA_ALLOWED_AREAS": ListOf(
        AreaKey(),
        [],
        "Áreas (claves de AREAS) cuya propaganda sí se publica durante una veda.",
    ),
    # --- Publicity spending (transparency) ----------------------------------------
    "PUBLICITY_LAW_CITATION": Text(
        "artículo 65, fracción XXI, de la Ley General de Transparencia y Acceso a la Información Pública",
        "Dónde pone la ley la obligación de publicar el gasto en comunicación social y publicidad (la Ley General de 2025; una ley estatal la numera a su modo).",
    ),
    "PUBLIC_SERVANTS": ListOf(
        Text(),
        [],
        "Nombres de servidores públicos: una campaña que nombre a alguno recibe un aviso para revisarla (la ley no permite promover a personas).",
    ),
    # --- Caches ------------------------------------------------------------------
    "CACHE_PATH": Folder(
        "cache",
        "Carpeta de las cachés de lectura (ajuste de Pelican): aquí va markdown.pickle, el Markdown ya convertido. Relativa: en el archivo de ajustes, desde su carpeta (como lo hace Pelican); con --set o por omisión, desde la carpeta donde se construye.",
    ),
    # --- Photos ------------------------------------------------------------------
    "IMAGES_CACHE_PATH": Folder(
        "cache/imagenes",
        "Carpeta de la caché de fotos derivadas, fuera de output/ (relativa: desde la carpeta donde se construye).",
    ),
    "IMAGES_WORKERS": Integer(
        None,
        "Procesos para las fotos; None: todos los núcleos; 1: un solo proceso.",
        minimum=1,
        optional=True,
    ),
    "IMAGES_BULLETIN_RECIPE": ImageRecipe(
        {"widths": (480, 800, 1200), "crop": (1200, 630)},
        "Qué se hace con la foto de cada boletín: anchos, formatos, calidades, tarjeta (crop) y copia de prensa (press).",
    ),
    "IMAGES_GALLERY_RECIPE": ImageRecipe(
        {"widths": (480, 960, 1600), "crop": (1200, 630), "press": True},
        "Qué se hace con cada foto de galería (mismas claves que IMAGES_BULLETIN_RECIPE).",
    ),
    "IMAGES_COPYRIGHT": Text(
        "© {year}. Uso libre citando la fuente.",
        "Aviso de derechos escrito en cada foto publicada; {year} es el año del contenido.",
        placeholders=("year",),
    ),
    "MEDIA_LICENSE": Text(
        "© {year}. Uso libre citando la fuente.",
        "Licencia de cada video y audio publicado, mostrada en su página y en sus datos schema.org, si su index.md no trae license; {year} es el año de la grabación.",
        placeholders=("year",),
    ),
    # --- Video and audio ---------------------------------------------------------
    "MEDIA_CACHE_PATH": Folder(
        "cache/medios",
        "Carpeta de la caché de videos y audios ya convertidos, fuera de output/ (relativa: desde la carpeta donde se construye). Cada archivo se convierte una sola vez por contenido y receta.",
    ),
    "MEDIA_WORKERS": Integer(
        None,
        "Procesos para convertir videos y audios; None: todos los núcleos; 0 o 1: un solo proceso.",
        minimum=0,
        optional=True,
    ),
    "MEDIA_RECIPE": MediaRecipeOption(
        "Cómo se convierte cada grabación: altura web (web_height), calidad x264 (crf, press_crf, preset), kb/s del audio (video_audio_bitrate, mp3_bitrate), sonoridad en LUFS (web_loudness, broadcast_loudness), pico (true_peak), portada y forma de onda. Cambiarla vuelve a convertir todo.",
    ),
    "MEDIA_POSTER_RECIPE": ImageRecipe(
        {"widths": (480, 960, 1280), "crop": (1200, 630)},
        "Qué se hace con la portada de cada video (mismas claves que IMAGES_BULLETIN_RECIPE).",
    ),
    "MEDIA_WAVEFORM_RECIPE": ImageRecipe(
        {"widths": (480, 960, 1600)},
        "Qué se hace con la forma de onda de cada audio (mismas claves que IMAGES_BULLETIN_RECIPE).",
    ),
    "MEDIA_COPYRIGHT": Text(
        "© {year}. Uso libre citando la fuente.",
        "Aviso de derechos escrito en cada video y audio publicado; {year} es el año de la grabación.",
        placeholders=("year",),
    ),
    # --- Pages, search, checks -------------------------------------------------
    "RENDER_WORKERS": Integer(
        None,
        "Procesos que generan las páginas; None: hasta dos núcleos.",
        minimum=1,
        optional=True,
    ),
    "RENDER_PARALLEL_MIN": Integer(
        50,
        "Páginas por generar a partir de las cuales se usan varios procesos.",
        minimum=1,
    ),
    "SEARCH_INDEX": Boolean(
        True, "Si es true, cada construcción crea el índice de búsqueda (Pagefind)."
    ),
    "CHECK_ONLY": Boolean(
        False,
        "Lo pone make check: revisar todo sin escribir ni procesar fotos.",
    ),
    # --- Feeds, calendar ----------------------------------------------------------
    "FEED_BULLETINS_RSS": FeedPath(
        "feeds/boletines.rss.xml", "Fuente RSS de todos los boletines."
    ),
    "FEED_BULLETINS_ATOM": FeedPath(
        "feeds/boletines.atom.xml", "Fuente Atom de todos los boletines."
    ),
    "FEED_AREA_RSS": FeedPath(
        "feeds/areas/{slug}.rss.xml",
        "Fuente RSS de cada área; {slug} es la clave del área.",
        placeholders=("slug",),
    ),
    "FEED_AREA_ATOM": FeedPath(
        "feeds/areas/{slug}.atom.xml",
        "Fuente Atom de cada área; {slug} es la clave del área.",
        placeholders=("slug",),
    ),
    "FEED_GALLERIES_RSS": FeedPath("feeds/galerias.rss.xml", "Fuente RSS de las galerías."),
    "FEED_GALLERIES_ATOM": FeedPath(
        "feeds/galerias.atom.xml", "Fuente Atom de las galerías."
    ),
    "FEED_REPORTS_RSS": FeedPath(
        "feeds/informes.rss.xml", "Fuente RSS de los informes mensuales."
    ),
    "FEED_REPORTS_ATOM": FeedPath(
        "feeds/informes.atom.xml", "Fuente Atom de los informes mensuales."
    ),
    "FEED_ALL_KINDS_RSS": FeedPath(
        "feeds/todo.rss.xml", "Fuente RSS «todo lo nuevo» (boletines, galerías, videos, audios, informes y aclaraciones)."
    ),
    "FEED_ALL_KINDS_ATOM": FeedPath("feeds/todo.atom.xml", "Fuente Atom «todo lo nuevo»."),
    "FEED_PODCAST_RSS": FeedPath(
        "feeds/fonoteca.podcast.xml",
        "Podcast de la fonoteca (RSS 2.0 con iTunes y Podcasting 2.0): el MP3 de cada audio.",
    ),
    "FEED_VIDEOS_RSS": FeedPath(
        "feeds/videoteca.rss.xml", "Fuente RSS con Media RSS de la videoteca."
    ),
    "FEED_RADIO_RSS": FeedPath(
        "feeds/radio.rss.xml",
        "Fuente para estaciones de radio: el WAV de transmisión de cada audio; fuera de los directorios de podcasts (itunes:block).",
    ),
    "PODCAST_TITLE": Text(
        None,
        "Título del podcast de la fonoteca; None: «Fonoteca de» y el nombre del ayuntamiento.",
        optional=True,
    ),
    "PODCAST_DESCRIPTION": Text(
        None,
        "Descripción del podcast en las aplicaciones; None: una frase con el nombre de la oficina.",
        optional=True,
    ),
    "PODCAST_CATEGORY": Choice(
        ("Government", "News", "Society & Culture", "Education"),
        "Government",
        "Categoría de Apple Podcasts (itunes:category; solo cuenta la primera).",
    ),
    "PODCAST_OWNER_EMAIL": Text(
        None,
        "Correo del dueño del podcast (itunes:owner y podcast:locked); None: ORGANIZATION_EMAIL.",
        optional=True,
    ),
    "PODCAST_LOCKED": Boolean(
        True,
        "Si es true, el podcast dice podcast:locked yes: ninguna plataforma lo importa sin confirmar con el correo del dueño.",
    ),
    "AGENDA_ICS": FeedPath("agenda/agenda.ics", "Calendario iCalendar de la agenda."),
    "AGENDA_EVENT_ICS": FeedPath(
        "agenda/eventos/{slug}.ics",
        "Calendario de un solo evento («Agregar a mi calendario»); {slug} es el nombre del archivo del evento.",
        placeholders=("slug",),
    ),
    "AGENDA_CITY": Text(
        None,
        "Municipio de los eventos cuyo address no dice city (calendario y JSON-LD); None: la localidad de ORGANIZATION_ADDRESS.",
        optional=True,
    ),
    "AGENDA_STATE": Text(
        None,
        "Estado de los eventos cuyo address no dice state; None: el de ORGANIZATION_ADDRESS.",
        optional=True,
    ),
    # --- Theme, open data -------------------------------------------------------
    "NAV_LINKS": _links("Menú principal: (texto, ruta dentro del sitio).", []),
    "FOOTER_LINKS": _links(
        "Enlaces del pie de página: (texto, ruta dentro del sitio).", []
    ),
    "GIT_TRAIL": Boolean(
        True,
        "Si es true, cada plan muestra bajo su historial el registro técnico del repositorio (fecha e identificador de cada commit de su archivo, nunca su mensaje).",
    ),
    "REPOSITORY_COMMIT_URL": Text(
        None,
        "Dirección de un commit en el repositorio, con {commit} (p. ej. https://git.example.org/portal/commit/{commit}); None: el registro técnico muestra el identificador sin enlace.",
        placeholders=("commit",),
        optional=True,
    ),
    "TRANSPARENCY_PROGRAM_FIELDS": ListOf(
        Pair(Text(), Choice(TRANSPARENCY_KEYS)),
        [],
        "Columnas del formato de la Plataforma Nacional de Transparencia para el programa anual: (encabezado, dato).",
    ),
    **OUTREACH,  # screens, e-mail, clarifications, print, press room (outreach.py)
    # --- Reading on every core (issue 19, part «reading») ------------------------
    "READING_WORKERS": Integer(
        None,
        "Procesos que leen y convierten los archivos de contenido que la caché de lectura no conoce; None: hasta dos núcleos.",
        minimum=1,
        optional=True,
    ),
    "READING_PARALLEL_MIN": Integer(
        200,
        "Archivos por leer a partir de los cuales se usan varios procesos.",
        minimum=1,
    ),
}
