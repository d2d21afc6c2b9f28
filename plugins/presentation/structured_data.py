"""schema.org data (JSON-LD) for search engines and link cards, built in Python.

One function per type the site publishes; each takes the site's identity
(from the settings) and the page's object and returns plain dicts, lists,
strings and numbers. ``json_ld`` turns them into the text of a
``<script type="application/ld+json">``. Templates only call these.

Pass the page's own object, looked up by name in the template (``article``,
``gallery``, ``plan``): the render cache digests a named object whole, so
what is read of it here is covered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from markupsafe import Markup

CONTEXT = "https://schema.org"
LANGUAGE = "es-MX"
# What could end the <script> element or start markup inside it, as JSON escapes.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
)


@dataclass(frozen=True)
class SiteIdentity:
    """Who publishes: the settings every schema.org object names."""

    portal_url: str
    organization: str
    office: str
    address: dict
    email: str
    phone: str
    static_dir: str
    copyright: str

    @classmethod
    def from_settings(cls, settings) -> SiteIdentity:
        return cls(
            portal_url=settings["PORTAL_URL"],
            organization=settings["ORGANIZATION_NAME"],
            office=settings["OFFICE_NAME"],
            address=dict(settings["ORGANIZATION_ADDRESS"]),
            email=settings["ORGANIZATION_EMAIL"],
            phone=settings["ORGANIZATION_PHONE"],
            static_dir=settings["THEME_STATIC_DIR"],
            copyright=settings["IMAGES_COPYRIGHT"],
        )

    def link(self, relative: str = "") -> str:
        """The absolute address of a site-relative URL."""
        return f"{self.portal_url}/{relative}"

    @property
    def logo(self) -> str:
        return self.link(f"{self.static_dir}/img/logo.png")

    def publisher(self, with_url: bool = True) -> dict:
        """The municipality as a GovernmentOrganization, named inside others."""
        entity = {"@type": "GovernmentOrganization", "name": self.organization}
        if with_url:
            entity["url"] = self.link()
        return entity


def json_ld(data) -> Markup:
    """The JSON text for a ``<script type="application/ld+json">``: nothing in
    it can close the element (``</script>`` is written ``\\u003c/script>``).
    Fails on anything that is not plain JSON data rather than guess."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.translate(_SCRIPT_SAFE))  # noqa: S704 - escaped just above


def government_organization(site: SiteIdentity) -> dict:
    """The office itself, on the home page."""
    address = site.address
    return {
        "@context": CONTEXT,
        "@type": "GovernmentOrganization",
        "name": f"{site.office}, {site.organization}",
        "url": site.link(),
        "logo": site.logo,
        "email": site.email,
        "telephone": site.phone,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": address["street"],
            "addressLocality": address["locality"],
            "addressRegion": address["region"],
            "postalCode": address["postal_code"],
            "addressCountry": address["country"],
        },
        "parentOrganization": site.publisher(with_url=False),
    }


def news_article(site: SiteIdentity, article) -> dict:
    """A bulletin, with its picture when it has one."""
    url = site.link(article.url)
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.metadata.get("summary"),
        "datePublished": article.date.isoformat(),
        "dateModified": (getattr(article, "modified", None) or article.date).isoformat(),
        "inLanguage": LANGUAGE,
        "mainEntityOfPage": url,
        "url": url,
        "articleSection": article.category.name,
        "keywords": ", ".join(tag.name for tag in getattr(article, "tags", None) or []),
        "author": {
            "@type": "GovernmentOrganization",
            "name": f"{site.office}, {site.organization}",
            "url": site.link(),
        },
        "publisher": {
            **site.publisher(),
            "logo": {"@type": "ImageObject", "url": site.logo},
        },
    }
    number = getattr(article, "number_label", None)  # drafts have none yet
    if number:
        data["identifier"] = f"Boletín {number}"
    picture = getattr(article, "picture", None)
    if picture:
        data["image"] = {
            "@type": "ImageObject",
            "url": site.link(picture.large_url),
            "width": picture.large.width,
            "height": picture.large.height,
            "caption": picture.alt,
            "creditText": picture.credit,
        }
    return data


def image_object(site: SiteIdentity, photo, gallery, standalone: bool = False) -> dict:
    """A gallery photo in press quality, with its credit and licence;
    ``standalone``: the photo's own page (it carries the ``@context``)."""
    picture = photo.picture
    press = picture.press
    data = {"@context": CONTEXT} if standalone else {}
    data.update(
        {
            "@type": "ImageObject",
            "contentUrl": site.link(picture.url(press)),
            "url": site.link(gallery.photo_url(photo)),
            "width": press.width,
            "height": press.height,
            "caption": photo.caption or photo.alt,
            "description": photo.alt,
            "creditText": photo.credit,
            "copyrightNotice": site.copyright.format(year=gallery.date.year),
            "creator": {"@type": "Person", "name": photo.credit.split(" / ")[0]},
            "copyrightHolder": site.publisher(with_url=False),
            "acquireLicensePage": site.link(gallery.url),
            "thumbnailUrl": site.link(picture.url(picture.smallest)),
            "datePublished": gallery.date.isoformat(),
        }
    )
    return data


def image_gallery(site: SiteIdentity, gallery) -> dict:
    """An event's gallery and every photo in it."""
    return {
        "@context": CONTEXT,
        "@type": "ImageGallery",
        "name": gallery.title,
        "description": gallery.summary,
        "url": site.link(gallery.url),
        "datePublished": gallery.date.isoformat(),
        "dateModified": gallery.updated.isoformat(),
        "inLanguage": LANGUAGE,
        "locationCreated": {"@type": "Place", "name": gallery.place},
        "publisher": site.publisher(with_url=False),
        "associatedMedia": [image_object(site, photo, gallery) for photo in gallery.photos],
    }


def creative_work(site: SiteIdentity, plan) -> dict:
    """A plan: the document, its period and its dates."""
    first, last = plan.months[0], plan.months[-1]
    return {
        "@context": CONTEXT,
        "@type": "CreativeWork",
        "name": plan.title,
        "description": plan.summary,
        "url": site.link(plan.url),
        "temporalCoverage": f"{first[0]:04d}-{first[1]:02d}/{last[0]:04d}-{last[1]:02d}",
        "dateCreated": plan.approved.isoformat(),
        "dateModified": (plan.updated or plan.approved).isoformat(),
        "inLanguage": LANGUAGE,
        "publisher": site.publisher(),
    }


def event(site: SiteIdentity, item) -> dict:
    """An agenda event: its place with the postal address (city and state
    default to the settings) and, when the file gives them, coordinates."""
    where = item.location
    address = {
        "@type": "PostalAddress",
        "streetAddress": ", ".join(p for p in (where.street, where.neighborhood) if p),
        "postalCode": where.postal_code,
        "addressLocality": where.city,
        "addressRegion": where.state,
        "addressCountry": where.country,
    }
    place = {
        "@type": "Place",
        "name": where.name,
        "address": {key: value for key, value in address.items() if value},
    }
    if where.geo is not None:
        latitude, longitude = where.geo
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(latitude),
            "longitude": float(longitude),
        }
    return {
        "@type": "Event",
        "name": item.title,
        "startDate": item.start.isoformat(),
        "endDate": (item.end or item.start).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "description": item.summary,
        "url": site.link(item.url),
        "location": place,
        "organizer": site.publisher(),
    }


def events(site: SiteIdentity, items) -> list[dict]:
    """The agenda page's events, in the order given."""
    return [event(site, item) for item in items]


def dataset(site: SiteIdentity, entry) -> dict:
    """One entry of the open-data catalogue and its downloads."""
    return {
        "@type": "Dataset",
        "name": entry.title,
        "description": entry.description,
        "url": site.link(f"datos/#{entry.slug}"),
        "temporalCoverage": entry.temporal,
        **({"dateModified": entry.updated.isoformat()} if entry.updated else {}),
        "keywords": entry.keywords,
        "isAccessibleForFree": True,
        "creator": site.publisher(),
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": f.mime,
                "contentUrl": site.link(f.url),
                "contentSize": f"{f.size} B",
            }
            for f in entry.files
        ],
    }


def data_catalog(site: SiteIdentity, entries) -> dict:
    """The /datos/ catalogue: one Dataset per entry."""
    return {
        "@context": CONTEXT,
        "@type": "DataCatalog",
        "name": f"Datos abiertos de la {site.office}",
        "url": site.link("datos/"),
        "inLanguage": LANGUAGE,
        "publisher": site.publisher(),
        "dataset": [dataset(site, entry) for entry in entries],
    }


def monthly_report(site: SiteIdentity, report) -> dict:
    """A monthly informe as schema.org Report: the month it covers and its last
    change. It has no publication date of its own, so none is claimed."""
    year, month = report.month
    return {
        "@context": CONTEXT,
        "@type": "Report",
        "name": report.title,
        "description": report.summary,
        "url": site.link(report.url),
        "temporalCoverage": f"{year:04d}-{month:02d}",
        "dateModified": report.updated.isoformat(),
        "inLanguage": LANGUAGE,
        "author": {
            "@type": "GovernmentOrganization",
            "name": f"{site.office}, {site.organization}",
        },
        "publisher": site.publisher(),
    }


def government_report(site: SiteIdentity, report) -> dict:
    """The yearly Informe de Gobierno as schema.org Report: presented on its
    date, with the full document as a PDF when there is one."""
    data = {
        "@context": CONTEXT,
        "@type": "Report",
        "name": report.title,
        "description": report.summary,
        "url": site.link(report.url),
        "datePublished": report.date.isoformat(),
        "dateModified": report.updated.isoformat(),
        "inLanguage": LANGUAGE,
        "author": site.publisher(),
        "publisher": site.publisher(),
    }
    if report.document_url:
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": site.link(report.document_url),
            "encodingFormat": "application/pdf",
            "contentSize": f"{report.document_size} B",
        }
    return data


def claim_review(site: SiteIdentity, clarification) -> dict:
    """A clarification as schema.org ClaimReview: fact-check indexes (Google's
    Fact Check Explorer) read it. The claim's author is the platform where it
    circulated, never a person; each appearance is a CreativeWork with its
    link, or the published screenshot of it when it has no link."""
    verdict = clarification.rating
    first = clarification.first_appearance

    def appearance(item) -> dict:
        work = {"@type": "CreativeWork", "datePublished": item.date.isoformat(),
                "publisher": {"@type": "Organization", "name": item.platform}}  # fmt: skip
        if item.link:
            work["url"] = item.link
        if item.picture is not None:
            work["image"] = {"@type": "ImageObject", "description": item.picture.alt,
                             "contentUrl": site.link(item.picture.large_url)}  # fmt: skip
        return work

    claim = {
        "@type": "Claim",
        "datePublished": first.date.isoformat(),
        "author": {
            "@type": "Organization",
            "name": ", ".join(clarification.spread_by) or first.platform,
        },
        "appearance": [appearance(a) for a in clarification.appearances_in_order],
        "firstAppearance": appearance(first),
    }
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": site.link(clarification.url),
        "claimReviewed": clarification.claim,
        "datePublished": clarification.date.isoformat(),
        "dateModified": clarification.updated.isoformat(),
        "inLanguage": LANGUAGE,
        "headline": clarification.title,
        "author": {"@type": "GovernmentOrganization",
                   "name": f"{site.office}, {site.organization}", "url": site.link()},
        "publisher": site.publisher(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.rating,
            "bestRating": verdict.best,
            "worstRating": verdict.worst,
            "alternateName": verdict.label,
            "ratingExplanation": clarification.summary,
        },
        "itemReviewed": claim,
    }  # fmt: skip
