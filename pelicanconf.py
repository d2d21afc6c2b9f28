"""Site settings for preview builds (``make html``, ``make devserver``).

``publishconf.py`` builds on these for the public site. Our settings (beyond
Pelican's) are declared with their type, default and meaning in
``plugins/portal_settings/declared.py`` and listed in ``docs/ajustes.md``;
a wrong value stops the build with a message that names it.
"""

import os

from jinja2 import FileSystemBytecodeCache

_root = os.path.dirname(os.path.abspath(__file__))  # lower case: not a setting

# --- Identity -------------------------------------------------------------
SITENAME = "Comunicación Social · San Isidro del Monte"
ORGANIZATION_NAME = "H. Ayuntamiento de San Isidro del Monte"
ORGANIZATION_ARTICLE = "el"  # «del H. Ayuntamiento…»
OFFICE_NAME = "Coordinación de Comunicación Social"
ORGANIZATION_ADDRESS = {
    "street": "Portal Hidalgo 1, Col. Centro",
    "locality": "San Isidro del Monte",
    "region": "Jalisco",
    "postal_code": "49000",
    "country": "MX",
}
ORGANIZATION_PHONE = "+52 382 538 0000"
ORGANIZATION_EMAIL = "comunicacion@sanisidrodelmonte.gob.mx"
# Shown under «Para medios» on every bulletin and on the home page.
PRESS_CONTACT = {
    "name": "Lic. Mariana Orozco Villaseñor",
    "role": "Jefa de Prensa",
    "phone": "+52 382 538 0012",
    "email": "prensa@sanisidrodelmonte.gob.mx",
}
# The press room (/sala-de-prensa/): who else answers the press, when, the
# page on interviews and accreditation (content/paginas/), how many of each
# latest item it lists, and the brand files (made by tools/brand).
PRESS_TEAM = [
    {
        "name": "Lic. Jorge Arturo Medina Salas",
        "role": "Coordinador de Información y Boletines",
        "phone": "+52 382 538 0013",
        "email": "boletines@sanisidrodelmonte.gob.mx",
    },
    {
        "name": "Lic. Daniela Ríos Cárdenas",
        "role": "Fotografía y Video",
        "phone": "+52 382 538 0014",
        "email": "fotografia@sanisidrodelmonte.gob.mx",
    },
]
PRESS_HOURS = (
    "lunes a viernes, de 9:00 a 18:00 h; en eventos y emergencias, "
    "al teléfono de la Jefa de Prensa a cualquier hora"
)
PRESS_ROOM_REQUESTS_PAGE = "entrevistas-y-acreditacion"
PRESS_ROOM_LATEST = 5
PRESS_BRAND_ASSETS = [
    ("Símbolo, vectorial", "img/marca/simbolo.svg"),
    ("Símbolo, 256 × 256 px, fondo transparente", "img/marca/simbolo-256.png"),
    ("Símbolo, 512 × 512 px, fondo transparente", "img/marca/simbolo-512.png"),
    ("Símbolo, 1024 × 1024 px, fondo transparente", "img/marca/simbolo-1024.png"),
    ("Logotipo horizontal para fondo claro, 1260 × 300 px", "img/marca/logotipo-horizontal.png"),
    (
        "Logotipo horizontal para fondo oscuro, 1260 × 300 px",
        "img/marca/logotipo-horizontal-negativo.png",
    ),
]
# Absolute address of the public site: canonical URLs, feeds, sitemap, cards.
PORTAL_URL = "https://comunicacion.sanisidrodelmonte.gob.mx"
SITEURL = ""
RELATIVE_URLS = True
DEFAULT_LANG = "es"
TIMEZONE = "America/Mexico_City"

# --- Areas: key used in content -> name shown ------------------------------
AREAS = {
    "presidencia": "Presidencia Municipal",
    "obras-publicas": "Obras Públicas",
    "proteccion-civil": "Protección Civil",
    "salud": "Salud",
    "cultura": "Cultura y Turismo",
    "desarrollo-social": "Desarrollo Social",
    "medio-ambiente": "Medio Ambiente",
    "transparencia": "Transparencia",
    "comunicacion": "Comunicación Social",
    "educacion": "Educación",
}

# --- Electoral blackout (veda) ----------------------------------------------
# During a veda, `make publish` leaves out bulletins marked `propaganda: true`,
# except those of the areas the law allows; the home page says why.
VEDAS = [
    {
        "start": "2021-04-04",
        "end": "2021-06-06",
        "name": "Proceso electoral local 2020-2021 (campañas y jornada electoral)",
    },
]
VEDA_ALLOWED_AREAS = ["salud", "proteccion-civil", "educacion"]

# Public-service notices for the office screens (/pantallas/): each one is
# shown only between start and end (local time). Copy the example and edit:
# SIGNAGE_NOTICES = [
#     {
#         "title": "Corte de agua programado en la colonia Centro",
#         "text": "El jueves 15 de julio, de 9:00 a 15:00 h, por obras en la red.",
#         "start": "2021-07-12 08:00",
#         "end": "2021-07-15 16:00",
#     },
# ]

# --- Content --------------------------------------------------------------
PATH = "content"
ARTICLE_PATHS = ["boletines"]
PAGE_PATHS = ["paginas"]
STATIC_PATHS = ["extra"]
EXTRA_PATH_METADATA = {"extra/favicon.svg": {"path": "favicon.svg"}}
USE_FOLDER_AS_CATEGORY = False
FILENAME_METADATA = r"(?!x)x"  # never: dates and slugs come from the front matter
DEFAULT_CATEGORY = "Comunicación Social"
WITH_FUTURE_DATES = True  # embargo is ours: see plugins/bulletins/embargo.py
EMBARGO = False  # preview builds show embargoed bulletins with a notice
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.sane_lists": {},
        "markdown.extensions.smarty": {},
        # each table in a labelled box that scrolls on a phone (portal.css)
        "content_schema.table_scroll": {},
    },
}

# --- Plugins --------------------------------------------------------------
# The packages of plugins/, installed with the portal (pyproject.toml).
PLUGINS = [
    "portal_settings",  # first: defaults merged and every value checked at start
    "content_schema",
    "assets",
    "spanish_dates",
    "bulletins",
    "images",
    "galleries",
    "plans",
    "reports",  # after galleries and plans: reports link to them
    "agenda",
    "media",  # after galleries and agenda: recordings are shown on them
    "publicity",  # after plans and galleries: its budget and pieces link to them
    "signage",  # after bulletins and agenda: /pantallas/ shows them; before site_meta
    "government_report",  # after publicity: checks the campaigns promoting the informe
    "clarifications",  # after every kind its evidence names; before feeds
    "print_edition",  # after bulletins, images and galleries: it prints their photos
    "press_room",  # after every kind it lists: bulletins, galleries, media, agenda
    "faq",  # frequent questions: after the kinds its sources name; before site_meta
    "feeds",  # its site-wide feed gathers what the generators above wrote
    "mail_editions",  # after agenda and feeds: bulletins and advisories by e-mail
    "open_data",  # after every producer of datasets
    "site_meta",  # after every generator that writes a page: the sitemap lists them
    "presentation",  # the filters templates format with (JSON-LD, sizes, figures)
    "sharing",  # the share links of theme/templates/_share.html
    "incremental",  # last: it wraps what the others add to the templates
]
CACHE_PATH = os.path.join(_root, "cache")  # markdown.pickle, Markdown converted
IMAGES_CACHE_PATH = os.path.join(_root, "cache", "imagenes")
MEDIA_CACHE_PATH = os.path.join(_root, "cache", "medios")  # converted video and audio
PRINT_EDITION_CACHE_PATH = os.path.join(_root, "cache", "impresa")  # the monthly PDFs
PRINT_EDITION_TITLE = "La Gaceta de San Isidro"  # the printed monthly edition's masthead
IMAGES_BULLETIN_RECIPE = {"widths": (480, 800, 1200), "crop": (1200, 630)}
IMAGES_GALLERY_RECIPE = {"widths": (480, 960, 1600), "crop": (1200, 630), "press": True}
IMAGES_COPYRIGHT = (
    "© {year} H. Ayuntamiento de San Isidro del Monte. Uso libre citando la fuente."
)

# The national transparency platform's format for the annual communication
# programme: column header -> datum. The law changes the format; change this.
# Data: exercise, period_start, period_end, document, approved, link, area,
# validated, updated, note (dates as dd/mm/aaaa, as the platform asks).
TRANSPARENCY_PROGRAM_FIELDS = [
    ("Ejercicio", "exercise"),
    ("Fecha de inicio del periodo que se informa", "period_start"),
    ("Fecha de término del periodo que se informa", "period_end"),
    ("Denominación del documento", "document"),
    ("Fecha de aprobación", "approved"),
    ("Hipervínculo al documento", "link"),
    (
        "Área(s) responsable(s) que genera(n), posee(n), publica(n) y actualizan la información",
        "area",
    ),
    ("Fecha de validación", "validated"),
    ("Fecha de actualización", "updated"),
    ("Nota", "note"),
]

# --- URLs (Spanish, folders with index.html) --------------------------------
ARTICLE_URL = "boletines/{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "boletines/{date:%Y}/{slug}/index.html"
DRAFT_URL = "borradores/{slug}/"
DRAFT_SAVE_AS = "borradores/{slug}/index.html"
DRAFT_PAGE_URL = "borradores/paginas/{slug}/"
DRAFT_PAGE_SAVE_AS = "borradores/paginas/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "boletines/area/{slug}/"
CATEGORY_SAVE_AS = "boletines/area/{slug}/index.html"
CATEGORIES_URL = "boletines/areas/"
CATEGORIES_SAVE_AS = "boletines/areas/index.html"
TAG_URL = "boletines/tema/{slug}/"
TAG_SAVE_AS = "boletines/tema/{slug}/index.html"
TAGS_URL = "boletines/temas/"
TAGS_SAVE_AS = "boletines/temas/index.html"
YEAR_ARCHIVE_URL = "boletines/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = "boletines/{date:%Y}/index.html"
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
INDEX_URL = "boletines/"
INDEX_SAVE_AS = "boletines/index.html"
HOME_SAVE_AS = "index.html"
DIRECT_TEMPLATES = ["home", "index", "tags", "categories"]
PAGINATED_TEMPLATES = {"index": None, "tag": None, "category": None}
DEFAULT_PAGINATION = 10


def _newest_first(article):
    """Newest first; bulletins of the same minute by file name. Pelican reads
    files in no set order, so without the second key two builds of the same
    content could list them differently."""
    return (-article.date.timestamp(), article.source_path)


ARTICLE_ORDER_BY = _newest_first
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/pagina/{number}/", "{base_name}/pagina/{number}/index.html"),
)
TEMPLATE_PAGES = {
    "404.html": "404.html",
    "robots.txt": "robots.txt",
    "feeds.html": "feeds/index.html",
    "buscar.html": "buscar/index.html",
}
SLUGIFY_SOURCE = "basename"

# --- Feeds: ours (plugins/feeds); Pelican's own are off ----------------------
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
# Two bulletins of different years may share a slug: they are not translations.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
FEED_MAX_ITEMS = 50
FEED_BULLETINS_RSS = "feeds/boletines.rss.xml"
FEED_BULLETINS_ATOM = "feeds/boletines.atom.xml"
FEED_AREA_RSS = "feeds/areas/{slug}.rss.xml"
FEED_AREA_ATOM = "feeds/areas/{slug}.atom.xml"
FEED_GALLERIES_RSS = "feeds/galerias.rss.xml"
FEED_GALLERIES_ATOM = "feeds/galerias.atom.xml"
FEED_REPORTS_RSS = "feeds/informes.rss.xml"
FEED_REPORTS_ATOM = "feeds/informes.atom.xml"
FEED_ALL_KINDS_RSS = "feeds/todo.rss.xml"
FEED_ALL_KINDS_ATOM = "feeds/todo.atom.xml"
AGENDA_ICS = "agenda/agenda.ics"
AGENDA_EVENT_ICS = "agenda/eventos/{slug}.ics"
FEED_ADVISORIES_RSS = "feeds/avisos-a-medios.rss.xml"
FEED_ADVISORIES_ATOM = "feeds/avisos-a-medios.atom.xml"
FEED_PODCAST_RSS = "feeds/fonoteca.podcast.xml"
FEED_VIDEOS_RSS = "feeds/videoteca.rss.xml"
FEED_RADIO_RSS = "feeds/radio.rss.xml"
FEED_CLARIFICATIONS_RSS = "feeds/aclaraciones.rss.xml"
FEED_CLARIFICATIONS_ATOM = "feeds/aclaraciones.atom.xml"

# --- Theme ----------------------------------------------------------------
THEME = "theme"
THEME_STATIC_DIR = "static"
THEME_STATIC_PATHS = ["static"]
# Compiled templates are kept between builds (keyed by each template's source):
# compiling them took a quarter of a small build.
_jinja_cache = os.path.join(_root, "cache", "jinja")
os.makedirs(_jinja_cache, exist_ok=True)
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": True,
    "extensions": [],
    "bytecode_cache": FileSystemBytecodeCache(_jinja_cache),
}
NAV_LINKS = [
    ("Inicio", ""),
    ("Boletines", "boletines/"),
    ("Fototeca", "fototeca/"),
    ("Videoteca", "videoteca/"),
    ("Fonoteca", "fonoteca/"),
    ("Agenda", "agenda/"),
    ("Sala de prensa", "sala-de-prensa/"),
    ("Transparencia", "transparencia/"),
    ("Áreas", "boletines/areas/"),
]  # topics (temas) are one click away, on the bulletins page
FOOTER_LINKS = [
    ("Declaración de accesibilidad", "accesibilidad/"),
    ("Aviso de privacidad", "aviso-de-privacidad/"),
    ("Fuentes RSS y Atom", "feeds/"),
    ("Archivo cronológico", "archivo/"),
    ("Aclaraciones", "aclaraciones/"),
    ("Edición impresa", "edicion-impresa/"),
    ("Preguntas frecuentes", "preguntas-frecuentes/"),
]

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = []
SUMMARY_MAX_LENGTH = None
