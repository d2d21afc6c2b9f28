"""Writes the e-mail editions and the staff page that lists them.

For each bulletin the media may see (never a draft, an embargoed one or one
held by the veda, even in a preview build: an e-mail cannot be recalled), for
each ISO week with such bulletins, and for each advisory the agenda shows, three
files side by side under MAIL_EDITIONS_URL: ``.eml`` (to open and send),
``.html`` and ``.txt`` (to paste into another mail program). The page
``MAIL_EDITIONS_URL`` lists them for staff: noindex, out of the sitemap and of
the search index, linked from no menu.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from pelican.generators import Generator

from site_meta import UNLISTED_PAGES

from .letters import (
    Story,
    Week,
    advisory_text,
    bulletin_text,
    digest_text,
    event_when,
    story_of,
    weeks_of,
)
from .mime import eml_bytes, sender_of


@dataclass(frozen=True)
class Edition:
    """One edition's three files (``base`` + .eml/.html/.txt), as the list shows it."""

    base: str  # site-relative, without the extension
    subject: str
    label: str
    title: str
    date: object  # the content's own date: the e-mail's Date
    page_url: str  # the page it stands for, absolute

    eml = property(lambda self: self.base + ".eml")
    html = property(lambda self: self.base + ".html")
    text = property(lambda self: self.base + ".txt")


def publishable(article) -> bool:
    return (
        getattr(article, "kind", "") == "bulletin"
        and getattr(article, "status", "published") == "published"
        and not getattr(article, "embargoed", False)
        and not getattr(article, "veda_held", False)
    )


class MailEditionsGenerator(Generator):
    def generate_context(self):
        folder = self.settings["MAIL_EDITIONS_URL"]
        self.context.setdefault(UNLISTED_PAGES, set()).add(folder)

    def generate_output(self, writer):
        settings = self.settings
        folder = self.settings["MAIL_EDITIONS_URL"]
        self.sender = sender_of(settings)
        self.host = urlsplit(settings["PORTAL_URL"]).hostname
        articles = [a for a in self.context.get("articles", []) if publishable(a)]
        stories = [story_of(a, settings) for a in articles]
        bulletins = [
            self._bulletin(story, f"{folder}boletines/{a.date.year}/{a.slug}")
            for a, story in zip(articles, stories, strict=True)
        ]
        digests = [
            self._digest(week, f"{folder}semanal/{week.slug}") for week in weeks_of(stories)
        ]
        advisories = [
            self._advisory(event, f"{folder}avisos/{event.slug}")
            for event in self.context.get("advisories", [])
        ]
        writer.write_file(
            folder + "index.html",
            self.get_template("correo"),
            self.context,
            settings["RELATIVE_URLS"],
            url=folder,
            mail_bulletins=bulletins,
            mail_digests=digests,
            mail_advisories=advisories,
            mail_sender=self.sender,
        )

    # One edition each -----------------------------------------------------------

    def _bulletin(self, story: Story, base: str) -> Edition:
        subject = f"{story.label}: {story.title}"
        edition = Edition(base, subject, story.label, story.title, story.date, story.url)
        html = self._render("mail_bulletin", subject, story.summary, story=story)
        self._write(edition, html, bulletin_text(story, self.settings))
        return edition

    def _digest(self, week: Week, base: str) -> Edition:
        label = f"Semana {week.number} de {week.year}"
        subject = f"Resumen semanal de boletines: {week.span}"
        newest = week.stories[-1]
        archive = f"{self.settings['PORTAL_URL']}/boletines/{newest.date.year}/"
        edition = Edition(base, subject, label, week.span, newest.date, archive)
        preheader = " · ".join(s.title for s in week.stories)
        html = self._render("mail_digest", subject, preheader, week=week)
        self._write(edition, html, digest_text(week, self.settings))
        return edition

    def _advisory(self, event, base: str) -> Edition:
        portal = self.settings["PORTAL_URL"]
        when = event_when(event)
        subject = f"Aviso a medios: {event.title} · {when}"
        page_url = f"{portal}/{event.url}"
        edition = Edition(
            base, subject, "Aviso a medios", event.title, event.advisory.issued, page_url
        )
        html = self._render(
            "mail_advisory",
            subject,
            event.advisory.topic,
            event=event,
            when=when,
            ics_url=f"{portal}/{event.ics_url}",
            page_url=page_url,
        )
        self._write(edition, html, advisory_text(event, self.settings))
        return edition

    # Files ---------------------------------------------------------------------

    def _render(self, template: str, subject: str, preheader: str, **values) -> str:
        return self.get_template(template).render(
            {**self.context, "subject": subject, "preheader": preheader, **values}
        )

    def _write(self, edition: Edition, html: str, text: str) -> None:
        html, text = html.rstrip("\n") + "\n", text.rstrip("\n") + "\n"  # as in the .eml
        message_id = f"{edition.base.replace('/', '.')}@{self.host}"
        eml = eml_bytes(
            subject=edition.subject,
            sender=self.sender,
            date=edition.date,
            message_id=message_id,
            text=text,
            html=html,
        )
        for name, data in (
            (edition.eml, eml),
            (edition.html, html.encode("utf-8")),
            (edition.text, text.encode("utf-8")),
        ):
            target = os.path.join(self.output_path, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as handle:
                handle.write(data)
