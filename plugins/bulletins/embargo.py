"""Embargo: a bulletin dated in the future waits for its date to be published.

Only builds with ``EMBARGO`` on (``make publish``) hold bulletins back; a
preview build shows them with a notice, so staff can review before the date.
``EMBARGO_NOW`` fixes the clock for tests and for checking a planned release.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


class EmbargoSettingError(ValueError):
    pass


def embargo_clock(settings) -> dt.datetime:
    zone = ZoneInfo(settings["TIMEZONE"])
    fixed = settings.get("EMBARGO_NOW")
    if not fixed:
        return dt.datetime.now(zone)
    try:
        moment = dt.datetime.fromisoformat(str(fixed))
    except ValueError:
        raise EmbargoSettingError(
            f"EMBARGO_NOW: '{fixed}' no es una fecha; se espera AAAA-MM-DDTHH:MM"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def is_embargoed(date: dt.datetime, now: dt.datetime) -> bool:
    return date > now


TIME_BOUNDARIES = "TIME_BOUNDARIES"


def note_change_at(settings, moment: dt.datetime) -> None:
    """Record a future moment when the output changes by the clock alone
    (an embargo ends, an event passes): a build is not "unchanged" after it."""
    settings.setdefault(TIME_BOUNDARIES, []).append(moment)
