"""The settings of what the portal sends beyond its pages, declared like the
rest (``declared.py`` merges them into ``SETTINGS`` in this order): the office
screens, the e-mail editions and media advisories, the clarifications' verdict
scale and feeds, the printed monthly edition and the press room."""

from __future__ import annotations

from content_schema.clarification_schemas import DEFAULT_VERDICTS
from signage.notices import SignageNotice

from .options import AreaKey, Choice, FeedPath, Folder, Integer, Option, Text
from .structures import ListOf, Pair, Record


class VerdictScale(ListOf):
    """The clarifications' verdicts: each key and each rating once, at least two."""

    def __init__(self, *args, **kwargs):
        item = Record({"key": AreaKey(), "label": Text(), "rating": Integer(minimum=1),
                       "meaning": Text()})  # fmt: skip
        super().__init__(item, *args, **kwargs)

    def check(self, value):
        verdicts = super().check(value)
        for name, label in (("key", "clave"), ("rating", "valor")):
            seen = [v[name] for v in verdicts]
            twice = sorted({str(x) for x in seen if seen.count(x) > 1})
            if twice:
                self.fail(
                    value, f"cada {label} una sola vez ({', '.join(twice)} se repite)"
                )
        if len(verdicts) < 2:
            self.fail(value, "al menos dos veredictos (el peor y el mejor)")
        return verdicts


OUTREACH: dict[str, Option] = {
    # --- Office screens (/pantallas/) ------------------------------------------
    "SIGNAGE_NOTICES": ListOf(
        SignageNotice(),
        [],
        "Avisos de servicio público para las pantallas de las oficinas: title, text, start y end (AAAA-MM-DD HH:MM, hora local); cada aviso se muestra solo entre start y end.",
    ),
    "SIGNAGE_INTERVAL": Integer(
        12,
        "Segundos que cada diapositiva de /pantallas/ queda en pantalla (en la dirección, ?intervalo=N lo cambia para una pantalla).",
        minimum=3,
    ),
    "SIGNAGE_POLL": Integer(
        60,
        "Cada cuántos segundos /pantallas/ pregunta por estado.json y se recarga si el sitio cambió (?sondeo=N en la dirección).",
        minimum=5,
    ),
    "SIGNAGE_BULLETINS": Integer(
        6, "Cuántos boletines recientes rotan en /pantallas/.", minimum=1
    ),
    "SIGNAGE_EVENTS": Integer(
        4, "Cuántos eventos próximos de la agenda muestra /pantallas/.", minimum=1
    ),
    "SIGNAGE_IMAGE_WIDTH": Integer(
        1200,
        "Ancho máximo (px) de la foto de un boletín en /pantallas/: se usa el tamaño web más grande que no lo pase.",
        minimum=320,
    ),
    # --- E-mail editions and media advisories (plugins/mail_editions, agenda) ---
    "MAIL_FROM": Record(
        {name: Text() for name in ("name", "email")},
        None,
        "Remitente de las ediciones por correo (name, email): el From de cada .eml. None: OFFICE_NAME y ORGANIZATION_EMAIL.",
        optional=True,
    ),
    "MAIL_EDITIONS_URL": FeedPath(
        "correo/",
        "Carpeta de las ediciones por correo y de su página para el personal (sin enlace desde el menú, fuera del sitemap y del buscador).",
    ),
    "FEED_ADVISORIES_RSS": FeedPath(
        "feeds/avisos-a-medios.rss.xml", "Fuente RSS de los avisos a medios de la agenda."
    ),
    "FEED_ADVISORIES_ATOM": FeedPath(
        "feeds/avisos-a-medios.atom.xml", "Fuente Atom de los avisos a medios de la agenda."
    ),
    # --- Clarifications (aclaraciones) --------------------------------------
    "CLARIFICATION_VERDICTS": VerdictScale(
        DEFAULT_VERDICTS,
        "Escala fija de veredictos de las aclaraciones: key (la clave que usa el archivo), label (lo que se lee), rating (1 = el peor; el mayor es el mejor, para el JSON-LD ClaimReview) y meaning (qué significa, en la página del método).",
    ),
    "FEED_CLARIFICATIONS_RSS": FeedPath(
        "feeds/aclaraciones.rss.xml", "Fuente RSS de las aclaraciones."
    ),
    "FEED_CLARIFICATIONS_ATOM": FeedPath(
        "feeds/aclaraciones.atom.xml", "Fuente Atom de las aclaraciones."
    ),
    # --- Printed monthly edition (print_edition) ---------------------------------
    "PRINT_EDITION_TITLE": Text(
        None,
        "Nombre del periódico en la cabecera de la edición impresa mensual (p. ej. «La Gaceta de San Isidro»); None: el nombre de la oficina (OFFICE_NAME).",
        optional=True,
    ),
    "PRINT_EDITION_CACHE_PATH": Folder(
        "cache/impresa",
        "Carpeta de la caché de la edición impresa mensual, fuera de output/ (relativa: desde la carpeta donde se construye). El PDF de un mes se hace de nuevo solo cuando cambia algo de lo que está hecho: sus boletines, sus fotos, las plantillas o las fuentes.",
    ),
    # --- Sala de prensa (plugins/press_room) ------------------------------------
    "PRESS_TEAM": ListOf(
        Record(
            {
                "name": Text(),
                "role": Text(),
                "phone": Text(None, optional=True),
                "email": Text(None, optional=True),
            }
        ),
        [],
        "Equipo de prensa que se muestra en la sala de prensa, además de PRESS_CONTACT: cada persona con name, role y, si tiene, phone (formato internacional) y email.",
    ),
    "PRESS_HOURS": Text(
        None,
        "Horario de atención a medios, tal como se lee en la sala de prensa (p. ej. «Lunes a viernes, de 9:00 a 18:00 h»). None: no se muestra.",
        optional=True,
    ),
    "PRESS_ROOM_REQUESTS_PAGE": Text(
        None,
        "Nombre (slug) de la página de content/paginas/ que explica cómo pedir una entrevista o una acreditación; la sala de prensa muestra su texto. None: esa sección no se muestra.",
        optional=True,
    ),
    "PRESS_ROOM_LATEST": Integer(
        5,
        "Cuántos boletines, grabaciones y eventos próximos muestra la sala de prensa.",
        minimum=1,
    ),
    "PRESS_BRAND_ASSETS": ListOf(
        Pair(Text(), Text()),
        [],
        "Logotipos y archivos de marca que se ofrecen para descargar en la sala de prensa: (descripción, ruta dentro de theme/static). El tamaño de cada archivo se mide al construir.",
    ),
    # --- The staff editor, Decap CMS (issue 18, part A: portal/editor) --------
    "EDITOR_BACKEND": Choice(
        ("local", "gitea", "github", "gitlab"),
        "local",
        "Dónde guarda el editor (/admin/) lo que escribe el personal: local (make editor, en la copia de trabajo de esta máquina; la configuración lleva también el bloque de Gitea para cambiar), gitea (un Gitea o Forgejo propio), github o gitlab; con un servidor Git, cada persona entra con su cuenta de ese servidor.",
    ),
    "EDITOR_REPO": Text(
        None,
        "Repositorio del portal en el servidor Git, como dueño/nombre (p. ej. comunicacion-social/portal). None: comunicacion-social/portal.",
        optional=True,
    ),
    "EDITOR_BRANCH": Text(
        "main", "Rama donde el editor publica (a la que se unen los cambios aprobados)."
    ),
    "EDITOR_BASE_URL": Text(
        None,
        "Dirección del servidor Git para entrar (Gitea o GitLab propios, p. ej. https://git.sanisidrodelmonte.gob.mx) o, con GitHub, del servidor OAuth de la oficina. None: el de cada servicio (gitlab.com, GitHub por Netlify).",
        optional=True,
    ),
    "EDITOR_API_ROOT": Text(
        None,
        "Dirección de la API del servidor Git. None: EDITOR_BASE_URL más /api/v1 (Gitea) o /api/v4 (GitLab); con GitHub, la de GitHub.",
        optional=True,
    ),
    "EDITOR_AUTH_ENDPOINT": Text(
        None,
        "Ruta de autorización OAuth en EDITOR_BASE_URL. None: login/oauth/authorize (Gitea), oauth/authorize (GitLab), auth (GitHub).",
        optional=True,
    ),
    "EDITOR_APP_ID": Text(
        None,
        "Client ID de la aplicación OAuth del editor registrada en Gitea o GitLab (cliente público, con PKCE; su dirección de retorno es la de /admin/). None: vacío (hay que registrarla antes de usar ese servidor).",
        optional=True,
    ),
}
