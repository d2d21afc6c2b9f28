"""Public-service notices for the office screens, written in ``SIGNAGE_NOTICES``.

A setting rather than a content kind: a notice is two lines and two dates,
lives only on the screens (no page, address, feed or search entry), and staff
already write dated lists beside it in pelicanconf.py (``VEDAS``); the
setting is checked when the build starts, with the element and key named.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from portal_settings.options import DateTime, SettingError, Text
from portal_settings.structures import Record


class SignageNotice(Record):
    """One notice: title, text and the moments it starts and stops being shown."""

    def __init__(self):
        super().__init__(
            {"title": Text(), "text": Text(), "start": DateTime(), "end": DateTime()}
        )

    def whole(self, checked: dict) -> dict:
        if checked["end"] <= checked["start"]:
            raise SettingError(
                f"termina ({checked['end']:%Y-%m-%d %H:%M}) antes de empezar "
                f"({checked['start']:%Y-%m-%d %H:%M}); se espera end posterior a start"
            )
        return checked


@dataclass(frozen=True)
class Notice:
    title: str
    text: str
    start: dt.datetime  # aware, in the site's time zone
    end: dt.datetime

    def shown_at(self, now: dt.datetime) -> bool:
        return self.start <= now < self.end


def read_notices(settings) -> list[Notice]:
    """The configured notices with the site's zone; those already over are
    dropped (the browser hides the rest outside their dates)."""
    zone = ZoneInfo(settings["TIMEZONE"])

    def aware(moment: dt.datetime) -> dt.datetime:
        return moment if moment.tzinfo else moment.replace(tzinfo=zone)

    return [
        Notice(n["title"], n["text"], aware(n["start"]), aware(n["end"]))
        for n in settings["SIGNAGE_NOTICES"]
    ]
