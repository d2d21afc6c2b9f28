"""The press room, /sala-de-prensa/ (issue 16, part 3; seed 004: «Atención
oportuna a los representantes de los medios»).

A generator of no content kind of its own: it reads what the other
generators put into the context (bulletins, galleries and their press
ZIPs, the videoteca and fonoteca with their renditions, the upcoming agenda)
after the linking pass, so everything it lists is published and linked. Its
settings are checked while the context is made: a brand file that is not
in the theme stops the build with the others' mistakes, before anything is
written; a missing interviews page is a warning (the room still helps).
"""

from __future__ import annotations

import os

from pelican.generators import Generator

from content_schema.errors import report_for

from .items import brand_assets, latest_bulletins, latest_galleries, latest_recordings

URL = "sala-de-prensa/"
TEMPLATE = "press_room"
SETTINGS_FILE = "pelicanconf.py"


class PressRoomGenerator(Generator):
    def _theme_static(self) -> str:
        return os.path.join(self.settings["THEME"], "static")

    def generate_context(self):
        report = report_for(self.settings)
        self.requests_page = None
        slug = self.settings["PRESS_ROOM_REQUESTS_PAGE"]
        if slug:
            pages = self.context.get("pages", [])
            self.requests_page = next((p for p in pages if p.slug == slug), None)
            if self.requests_page is None:  # the room is still useful: a warning
                known = ", ".join(sorted(p.slug for p in pages)) or "ninguna"
                report.warn(
                    SETTINGS_FILE,
                    "PRESS_ROOM_REQUESTS_PAGE",
                    f"no hay una página publicada con el nombre «{slug}» en "
                    "content/paginas/, y la sala de prensa remite al contacto de "
                    "prensa para entrevistas y acreditación; se espera el nombre de "
                    f"archivo (sin .md) de una de estas: {known}",
                )
        _found, missing = brand_assets(self.settings, self._theme_static())
        for relative in missing:
            report.add(
                SETTINGS_FILE,
                "PRESS_BRAND_ASSETS",
                f"el archivo «{relative}» no está en la carpeta static del tema; "
                "se espera una ruta dentro de theme/static (p. ej. img/marca/simbolo.svg)",
            )

    def generate_output(self, writer):
        count = self.settings["PRESS_ROOM_LATEST"]
        assets, _missing = brand_assets(self.settings, self._theme_static())
        upcoming = list(self.context.get("agenda_upcoming", []))
        advisories = self.context.get("advisories", [])  # upcoming first (agenda)
        writer.write_file(
            URL + "index.html",
            self.get_template(TEMPLATE),
            self.context,
            self.settings["RELATIVE_URLS"],
            url=URL,
            press_bulletins=latest_bulletins(self.context.get("articles", []), count),
            press_galleries=latest_galleries(self.context, count),
            press_recordings=latest_recordings(self.context, count),
            press_events=upcoming[:count],
            press_advisories=[e for e in advisories if e in upcoming],
            past_advisories=[e for e in advisories if e not in upcoming][:count],
            press_requests=self.requests_page,
            brand_assets=assets,
        )
