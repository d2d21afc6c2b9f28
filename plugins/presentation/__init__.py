"""Templates present, Python computes: the filters and globals through which
every page writes its schema.org data, file sizes and figures.

JSON-LD (``structured_data.py``), one filter per type and one serializer::

    <script type="application/ld+json">{{ article|news_article_ld|json_ld }}</script>

``news_article_ld``, ``image_gallery_ld``, ``image_object_ld(gallery)``,
``creative_work_ld``, ``report_ld``, ``government_report_ld``, ``events_ld``, ``data_catalog_ld``, ``claim_review_ld``, and the global
``organization_ld()``. Figures (``numbers.py``): ``file_size`` (2.4 MB, SI
units; the global ``FILE_SIZE_NOTE`` says so on the page), ``number``
(12,345), ``money`` ($10,405,031.00), ``counted`` (1 boletín, 2 boletines), ``signed`` (+80), ``percent``
(50.0 %). Charts (``charts.py``): ``month_chart(top)`` and ``budget_chart``
give the bars' geometry. ``de_organizacion``: «del H. Ayuntamiento…», the
name after «de» with its article (``ORGANIZATION_ARTICLE``). Dates are
``spanish_dates``'.
"""

from __future__ import annotations

from pelican import signals

from content_schema.spanish import of_name

from . import structured_data as ld
from .charts import budget_chart, month_chart
from .numbers import (
    FILE_SIZE_NOTE,
    count,
    counted,
    file_size,
    money,
    percent,
    signed_change,
)

FIGURE_FILTERS = {
    "file_size": file_size,
    "money": money,
    "number": count,
    "counted": counted,
    "signed": signed_change,
    "percent": percent,
    "month_chart": month_chart,
    "budget_chart": budget_chart,
}


def structured_data_filters(site: ld.SiteIdentity) -> dict:
    """The JSON-LD builders with the site's identity bound."""

    def news_article_ld(article):
        return ld.news_article(site, article)

    def image_gallery_ld(gallery):
        return ld.image_gallery(site, gallery)

    def image_object_ld(photo, gallery):
        return ld.image_object(site, photo, gallery, standalone=True)

    def creative_work_ld(plan):
        return ld.creative_work(site, plan)

    def events_ld(items):
        return ld.events(site, items)

    def data_catalog_ld(entries):
        return ld.data_catalog(site, entries)

    def claim_review_ld(clarification):
        return ld.claim_review(site, clarification)

    def report_ld(report):
        return ld.monthly_report(site, report)

    def government_report_ld(report):
        return ld.government_report(site, report)

    filters = {
        "report_ld": report_ld,
        "government_report_ld": government_report_ld,
        "news_article_ld": news_article_ld,
        "image_gallery_ld": image_gallery_ld,
        "image_object_ld": image_object_ld,
        "creative_work_ld": creative_work_ld,
        "events_ld": events_ld,
        "data_catalog_ld": data_catalog_ld,
        "claim_review_ld": claim_review_ld,
    }
    return filters


def add_filters(generator) -> None:
    env = getattr(generator, "env", None)
    if env is None:
        return
    site = ld.SiteIdentity.from_settings(generator.settings)

    def organization_ld():
        return ld.government_organization(site)

    env.filters.update(FIGURE_FILTERS)
    env.filters.update(structured_data_filters(site))
    env.filters["json_ld"] = ld.json_ld
    env.globals["organization_ld"] = organization_ld
    article = generator.settings["ORGANIZATION_ARTICLE"]
    env.filters["de_organizacion"] = lambda name: of_name(name, article)
    env.globals["FILE_SIZE_NOTE"] = FILE_SIZE_NOTE


def register() -> None:
    signals.generator_init.connect(add_filters)
