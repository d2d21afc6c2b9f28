"""Does a «spread by» entry look like a private person? A warning, not an
error: the office names platforms and pages («grupos de WhatsApp», «una
página de Facebook de noticias»), never the people who shared a claim
(Mexican «detectores de mentiras» are criticised for naming them).

A name looks like a person's when it is two to five words, each written with
a capital (or a particle: de, del, la…), with no word that says what kind of
thing it is (página, grupo, cuenta, canal, medio…) and no platform; a social
handle (@algo) is someone's account, and is flagged too.
"""

from __future__ import annotations

import re
import unicodedata

PARTICLES = {"de", "del", "la", "las", "los", "y", "e", "van", "von", "da", "di"}
# Words that say the entry names a thing, not a person.
THING_WORDS = {
    "pagina", "paginas", "grupo", "grupos", "cuenta", "cuentas", "perfil", "perfiles",
    "canal", "canales", "medio", "medios", "sitio", "sitios", "portal", "blog",
    "noticias", "noticiero", "periodico", "diario", "semanario", "revista", "radio",
    "television", "tv", "estacion", "cadena", "cadenas", "mensaje", "mensajes",
    "usuarios", "red", "redes", "sociales", "comunidad", "foro", "anuncio", "volante",
    "facebook", "whatsapp", "twitter", "x", "tiktok", "instagram", "youtube",
    "telegram", "threads", "kwai", "messenger", "web", "internet", "sms", "correo",
    "municipal", "municipio", "anonimo", "anonima", "anonimos", "desconocido",
    "identificado", "identificada", "al", "momento", "informativo", "informativa",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def looks_like_a_person(text: str) -> bool:
    text = text.strip()
    if re.search(r"(^|\s)@\w", text):
        return True
    if re.search(r"\d|://|«|»|\"", text):
        return False
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 5:
        return False
    if any(_plain(w) in THING_WORDS for w in words):
        return False
    named = [w for w in words if _plain(w) not in PARTICLES]
    return len(named) >= 2 and all(w[0].isupper() for w in named)
