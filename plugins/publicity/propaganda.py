"""What the law says a campaign may not do: run during a veda, promote a person.

A campaign (or one of its pieces) whose dates touch a configured veda
(``VEDAS``) is held from ``make publish`` like a propaganda bulletin, unless
it is one of the law's exceptions (``veda_exception``: health, education,
civil protection). One that shows a person (``personal_image``) or names one
of ``PUBLIC_SERVANTS`` is published with a warning to review: whether it
promotes that person is for a person to judge.
"""

from __future__ import annotations

import datetime as dt
import re

from bulletins.veda import Veda, read_vedas
from content_schema.spanish import without_accents


def _periods(campaign) -> list[tuple[dt.date, dt.date, str]]:
    """The campaign's own period and each piece's, with where to report it."""
    periods = [(campaign.start, campaign.end, "start")]
    for position, piece in enumerate(campaign.pieces, start=1):
        if piece.start or piece.end:
            periods.append((piece.start or campaign.start, piece.end or campaign.end,
                            f"pieces[{position}].start"))  # fmt: skip
    return periods


def campaign_veda(campaign, settings, read) -> Veda | None:
    """The veda the campaign falls in (warned), or None."""
    if campaign.veda_exception:
        return None
    for veda in read_vedas(settings):
        for start, end, where in _periods(campaign):
            if start <= veda.end and veda.start <= end:
                read.report.warn(
                    read.shown,
                    where,
                    f"se difunde durante la veda «{veda.name}» (del {veda.start} al "
                    f"{veda.end}); make publish no la publica (si es de salud, "
                    "educación o protección civil, declárelo en veda_exception)",
                )
                return veda
    return None


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", without_accents(text)))


def check_persons(campaign, settings, read) -> None:
    """Warnings: a personal image declared, a public servant named."""
    if campaign.personal_image:
        read.report.warn(read.shown, "personal_image", "la campaña lleva el nombre, la "
                         "imagen o la voz de una persona; revise que no promueva a un "
                         "servidor público (Ley General de Comunicación Social)")  # fmt: skip
    texts = [campaign.title, campaign.summary, campaign.theme,
             campaign.institutional_objective, campaign.communication_objective,
             *(piece.title for piece in campaign.pieces), read.body]  # fmt: skip
    said = " " + _plain(" ".join(texts)) + " "
    for name in settings["PUBLIC_SERVANTS"]:
        if f" {_plain(name)} " in said:
            read.report.warn(read.shown, "(texto)", f"nombra a «{name}», servidor "
                             "público (PUBLIC_SERVANTS); revise que la campaña no "
                             "promueva a una persona")  # fmt: skip
