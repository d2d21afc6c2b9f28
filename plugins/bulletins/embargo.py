"""Embargo: a bulletin dated in the future waits for its date to be published.

Only builds with ``EMBARGO`` on (``make publish``) hold bulletins back; a
preview build shows them with a notice, so staff can review before the date.
``EMBARGO_NOW`` fixes the clock for tests and for checking a planned release
(a datetime or None: portal_settings has checked and converted it).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from run_state import state_of


def embargo_clock(settings) -> dt.datetime:
    zone = ZoneInfo(settings["TIMEZONE"])
    fixed = settings["EMBARGO_NOW"]
    if fixed is None:
        return dt.datetime.now(zone)
    return fixed if fixed.tzinfo else fixed.replace(tzinfo=zone)


def is_embargoed(date: dt.datetime, now: dt.datetime) -> bool:
    return date > now


def note_change_at(settings, moment: dt.datetime) -> None:
    """Record a future moment when the output changes by the clock alone
    (an embargo ends, an event passes): a build is not "unchanged" after it."""
    state_of(settings).time_boundaries.append(moment)
