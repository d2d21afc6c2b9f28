"""Which setting names exist: ours (declared), Pelican's, and the nearest one
to a name that does not («¿quiso decir IMAGES_WORKERS?»).

A misspelt name in a settings file would otherwise be ignored and the
default used without a word: ``prepare`` reports it as an error.
"""

from __future__ import annotations

import difflib

from pelican.settings import DEFAULT_CONFIG

from .declared import SETTINGS

_FEEDS = (
    "FEED",
    "FEED_ALL",
    "CATEGORY_FEED",
    "TAG_FEED",
    "AUTHOR_FEED",
    "TRANSLATION_FEED",
)
_FEED_SUFFIXES = ("_ATOM", "_RSS", "_ATOM_URL", "_RSS_URL")

# Pelican 4.12 reads these without putting them in DEFAULT_CONFIG (feeds that
# are off unless set, a few optional ones, FEED_DOMAIN that it fills in itself).
PELICAN_WITHOUT_DEFAULT = frozenset(
    {
        "AUTHOR",
        "DEFAULT_DATE",
        "FEED_DOMAIN",
        "SUMMARY_MAX_PARAGRAPHS",
        *(f"{feed}{suffix}" for feed in _FEEDS for suffix in _FEED_SUFFIXES),
        *(f"{kind}_REGEX_SUBSTITUTIONS" for kind in ("CATEGORY", "TAG", "AUTHOR")),
    }
)


def _direct_template_names(settings: dict) -> set[str]:
    """``<TEMPLATE>_SAVE_AS`` and ``<TEMPLATE>_URL`` of every direct template,
    Pelican's own (archives, authors…) and the site's (home)."""
    site = settings.get("DIRECT_TEMPLATES")
    site = site if isinstance(site, list | tuple) else ()  # a wrong one: Pelican says
    templates = {*DEFAULT_CONFIG["DIRECT_TEMPLATES"], *site}
    return {
        f"{str(template).upper()}{suffix}"
        for template in templates
        for suffix in ("_SAVE_AS", "_URL")
    }


def is_setting(name: str, settings: dict) -> bool:
    """Ours or Pelican's (``settings``: for the site's direct templates)."""
    return (
        name in SETTINGS
        or name in DEFAULT_CONFIG
        or name in PELICAN_WITHOUT_DEFAULT
        or name in _direct_template_names(settings)
    )


def unknown_names(settings: dict) -> list[str]:
    """Upper-case names that are no setting. A leading underscore marks a
    file's own helper (``_HERE``), which Pelican also keeps: not a setting."""
    return sorted(
        name
        for name in settings
        if isinstance(name, str)
        and name.isupper()
        and not name.startswith("_")
        and not is_setting(name, settings)
    )


def no_such_setting(name: str, others=()) -> str:
    """The message for a name that exists nowhere, with the nearest one."""
    candidates = [*SETTINGS, *DEFAULT_CONFIG, *PELICAN_WITHOUT_DEFAULT]
    candidates += [n for n in others if isinstance(n, str) and n.isupper()]
    close = difflib.get_close_matches(name.upper(), candidates, n=1, cutoff=0.75)
    hint = f"; ¿quiso decir {close[0]}?" if close else "; vea docs/ajustes.md"
    return f"el ajuste no existe{hint}"
