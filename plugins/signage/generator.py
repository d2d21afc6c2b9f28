"""/pantallas/: the page the office screens show, its estado.json and its
service worker.

The page is rendered once with a placeholder for its version; the version is
a digest of that HTML, so it changes exactly when what a screen shows changes
(a bulletin, an event, a notice, the screen's CSS or JS), never with the
clock. estado.json carries it; the page polls it and reloads when it differs.
The service worker (scope /pantallas/) keeps the page, estado.json, the CSS,
the JS and every photo the page names, so a screen without network keeps
rotating what it last loaded.
"""

from __future__ import annotations

import hashlib
import json
import os
import re

from pelican.generators import Generator

from bulletins.embargo import embargo_clock, note_change_at
from site_meta import UNLISTED_PAGES

from .notices import read_notices
from .slides import bulletin_slides, next_events, notices_to_show

FOLDER = "pantallas"
PAGE = f"{FOLDER}/index.html"
STATE = f"{FOLDER}/estado.json"
WORKER = f"{FOLDER}/sw.js"
PLACEHOLDER = "__VERSION_PANTALLAS__"
_ADDRESS = re.compile(r'(?:src|href)="([^"#?]+)"')


def version_of(html: str) -> str:
    return hashlib.sha256(html.encode("utf-8")).hexdigest()[:16]


def cached_files(html: str, siteurl: str = "..") -> list[str]:
    """What the worker keeps, relative to /pantallas/: the page, its state and
    every file of the site the page points at (CSS, JS, photos). A published
    page names them with the absolute SITEURL; the worker, served from that
    same site, names them from its own folder."""
    prefix = siteurl.rstrip("/") + "/"
    files = sorted(
        "../" + address.removeprefix(prefix)
        for address in set(_ADDRESS.findall(html))
        if address.startswith(prefix)
    )
    return ["./", "estado.json", *files]


class SignageGenerator(Generator):
    def generate_context(self):
        self.now = now = embargo_clock(self.settings)
        self.notices = notices_to_show(read_notices(self.settings), now)
        for notice in self.notices:  # the page changes when one starts or ends
            if notice.start > now:
                note_change_at(self.settings, notice.start)
            note_change_at(self.settings, notice.end)
        self.context.setdefault(UNLISTED_PAGES, set()).add(PAGE)

    def generate_output(self, writer):
        settings = self.settings
        # as the writer would give a page two folders down
        siteurl = ".." if settings["RELATIVE_URLS"] else settings["SITEURL"]
        values = dict(self.context)
        values.update(
            SITEURL=siteurl,
            output_file=PAGE,
            bulletins=bulletin_slides(
                self.context.get("articles", []),
                settings["SIGNAGE_BULLETINS"],
                settings["SIGNAGE_IMAGE_WIDTH"],
            ),
            events=next_events(
                self.context.get("agenda_upcoming", []), settings["SIGNAGE_EVENTS"]
            ),
            notices=self.notices,
            now=self.now,
            interval=settings["SIGNAGE_INTERVAL"],
            poll=settings["SIGNAGE_POLL"],
            version=PLACEHOLDER,
        )
        draft = self.get_template("signage").render(values)
        version = version_of(draft)
        html = draft.replace(PLACEHOLDER, version)
        state = {"version": version}
        worker = self.env.get_template("signage_sw.js").render(
            version=version, files=json.dumps(cached_files(html, siteurl), indent=2)
        )
        self._write(PAGE, html)
        self._write(STATE, json.dumps(state, ensure_ascii=False) + "\n")
        self._write(WORKER, worker)

    def _write(self, relative: str, text: str) -> None:
        target = os.path.join(self.output_path, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
