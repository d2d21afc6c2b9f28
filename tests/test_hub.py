"""The small rules behind what a visitor notices: the hub's order of plans,
«de» + article, the feeds' stylesheet instruction and the press contact setting."""

from __future__ import annotations

import datetime as dt

import feedparser
import pytest

from content_schema.spanish import of_name, of_organization
from feeds.build import FeedItem, FeedMeta, render_feeds
from feeds.stylesheet import stylesheet_href, with_stylesheet
from plans.hub import hub_groups
from plans.model import Plan
from portal_settings.declared import SETTINGS
from portal_settings.options import SettingError

pytestmark = pytest.mark.unit


def plan(title: str, first: tuple[int, int], last: tuple[int, int]) -> Plan:
    return Plan(
        source_path=f"content/planes/{title}.md", slug=title.lower().replace(" ", "-"),
        title=title, first_month=first, last_month=last, area="comunicacion",
        area_name="Comunicación Social", summary="Resumen.", approved=dt.date(2021, 1, 4),
        activities=(),
    )  # fmt: skip


# The three sample plans' periods.
POA = plan("Plan Operativo Anual 2021", (2021, 1), (2021, 12))
ANUAL = plan("Plan Anual 2021 de Comunicación Social e Imagen", (2021, 1), (2021, 12))
TRABAJO = plan("Plan de Trabajo 2021-2024", (2021, 10), (2024, 9))
PLANS = [POA, TRABAJO, ANUAL]


def shown(month):
    return [(g.heading, [p.title for p in g.plans]) for g in hub_groups(PLANS, month)]


def test_hub_in_may_2021_the_years_plans_then_the_one_to_come():
    assert shown((2021, 5)) == [
        ("Planes vigentes", [ANUAL.title, POA.title]),
        ("Planes por iniciar", [TRABAJO.title]),
    ]


def test_hub_in_november_2021_the_newest_plan_first_each_once():
    assert shown((2021, 11)) == [
        ("Planes vigentes", [TRABAJO.title, ANUAL.title, POA.title])
    ]


def test_hub_in_2022_the_current_plan_then_the_ended_ones():
    assert shown((2022, 3)) == [
        ("Planes vigentes", [TRABAJO.title]),
        ("Planes anteriores", [ANUAL.title, POA.title]),
    ]
    assert shown((2026, 1)) == [
        ("Planes anteriores", [TRABAJO.title, ANUAL.title, POA.title])
    ]


@pytest.mark.parametrize(
    ("article", "said"),
    [
        ("el", "del H. Ayuntamiento de San Isidro"),
        ("la", "de la H. Ayuntamiento de San Isidro"),
        ("los", "de los H. Ayuntamiento de San Isidro"),
        ("", "de H. Ayuntamiento de San Isidro"),
    ],
)
def test_de_contracts_only_with_el(article, said):
    assert of_name("H. Ayuntamiento de San Isidro", article) == said


def test_of_organization_reads_the_settings():
    settings = {"ORGANIZATION_NAME": "Presidencia Municipal", "ORGANIZATION_ARTICLE": "la"}
    assert of_organization(settings) == "de la Presidencia Municipal"


def test_article_setting_refuses_a_contraction():
    with pytest.raises(SettingError, match="el, la, los, las"):
        SETTINGS["ORGANIZATION_ARTICLE"].validate("del")


def test_press_contact_is_whole_or_none():
    option = SETTINGS["PRESS_CONTACT"]
    whole = {"name": "Ana", "role": "Jefa de Prensa", "phone": "+52 1", "email": "a@b.mx"}
    assert option.validate(whole) == whole
    assert option.validate(None) is None
    with pytest.raises(SettingError, match="falta la clave email"):
        option.validate({k: v for k, v in whole.items() if k != "email"})


@pytest.mark.parametrize(
    ("save_as", "href"),
    [
        ("feeds/boletines.rss.xml", "../static/feeds/fuente.xsl"),
        ("feeds/areas/salud.atom.xml", "../../static/feeds/fuente.xsl"),
        ("todo.xml", "static/feeds/fuente.xsl"),
    ],
)
def test_stylesheet_href_is_relative_to_the_feed(save_as, href):
    assert stylesheet_href({"THEME_STATIC_DIR": "static"}, save_as) == href


def test_instruction_goes_after_the_declaration_and_changes_nothing_else():
    meta = FeedMeta("Boletines", "Boletines informativos", "https://x.mx/boletines/",
                    "https://x.mx/f.rss.xml", "https://x.mx/f.atom.xml", "Ayuntamiento",
                    "es-MX")  # fmt: skip
    when = dt.datetime(2021, 3, 1, 10, tzinfo=dt.UTC)
    item = FeedItem("https://x.mx/b/1/", "https://x.mx/b/1/", "Uno", "Resumen", "<p>Texto</p>",
                    when, when, "Salud", ("vacunas",))  # fmt: skip
    for data in render_feeds(meta, [item]):
        styled = with_stylesheet(data, "../static/feeds/fuente.xsl")
        first, second, rest = styled.split(b"\n", 2)
        assert (
            second
            == b'<?xml-stylesheet type="text/xsl" href="../static/feeds/fuente.xsl"?>'
        )
        assert first + b"\n" + rest == data
        assert feedparser.parse(styled).entries[0].link == "https://x.mx/b/1/"
    with pytest.raises(ValueError):
        with_stylesheet(b"<rss/>", "fuente.xsl")
