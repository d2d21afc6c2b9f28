"""One rule for references, for every kind that has them: a name that does not
exist and a published item naming a draft are errors; a draft may name a draft;
an embargoed target exists but is not linked yet; a published one is linked; a
file left out for its own errors is not called missing."""

from __future__ import annotations

import datetime as dt
import runpy
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from agenda.model import AgendaEvent
from clarifications.model import Appearance, Clarification, Evidence
from conftest import ROOT
from content_schema.errors import ContentReport
from content_schema.kinds import KINDS
from content_schema.linking import WORDS, build_index, names_with_errors
from content_schema.references import (
    DRAFT,
    HELD,
    PUBLISHED,
    Entry,
    link_sources,
    reference_names,
)
from faq.model import FaqTopic, Question
from galleries.model import Gallery
from government_report.model import Achievement, Axis, GovernmentReport
from media.model import Audio, Probe, Video
from plans.model import Activity, Plan
from publicity.model import (
    AirSpot,
    AirTime,
    Campaign,
    CommunicationBudget,
    Contract,
    Piece,
    Provider,
)
from reports.model import Event, Execution, Report

pytestmark = pytest.mark.unit

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
SCHEMAS = {kind.key: kind.schema(SETTINGS) for kind in KINDS}
WHEN = dt.datetime(2021, 3, 1, 10, tzinfo=ZoneInfo("America/Mexico_City"))


def bulletin(stem, **refs):
    return SimpleNamespace(source_path=f"/c/boletines/2021/{stem}.md", **refs)


def gallery(folder, **refs):
    return Gallery(folder, f"/c/galerias/{folder}/index.md", "T", WHEN, "salud", "Salud",
                   "Plaza", "R", "C", "01.jpg", "", folder[11:], **refs)  # fmt: skip


def event(**refs):
    return AgendaEvent(source_path="/c/agenda/2021-03-01-x.md", slug="2021-03-01-x",
                       start=WHEN, **refs)  # fmt: skip


def recording(cls, **refs):
    return cls(folder="2021-03-01-x", source_path="/c/videoteca/2021-03-01-x/index.md",
               media="video" if cls is Video else "audio", title="T", date=WHEN,
               area="salud", area_name="Salud", kind="sesion", kind_name="Sesión",
               summary="R", source="/c/x.mp4", credit="C", body_html="", slug="x",
               probe=Probe(1.0, "mp4"), **refs)  # fmt: skip


def report(**records):
    return Report(source_path="/c/informes/2021/03.md", month=(2021, 3), title="T",
                  **records)  # fmt: skip


def plan(slug):
    return Plan(f"/c/planes/{slug}.md", slug, "T", (2021, 1), (2021, 12), "salud",
                "Salud", "R", WHEN.date(), (Activity("boletines", "B", "salud", "Salud",
                                                     ((2021, 1),)),))  # fmt: skip


def campaign(slug, **records):
    return Campaign(source_path=f"/c/publicidad/campanas/{slug}.md", slug=slug,
                    start=WHEN.date(), end=WHEN.date(), **records)  # fmt: skip


def contract(**refs):
    return Contract(source_path="/c/publicidad/contratos/2021-cs-1.md", slug="2021-cs-1",
                    signed=WHEN.date(), service_start=WHEN.date(), service_end=WHEN.date(),
                    **refs)  # fmt: skip


def budget(**refs):
    return CommunicationBudget(source_path="/c/publicidad/presupuesto/2021.md", slug="2021",
                               year=2021, **refs)  # fmt: skip


def air_time(name):
    spot = AirSpot(type="tiempo-de-estado", medium="radio", campaign_ref=name,
                   start=WHEN.date(), end=WHEN.date())  # fmt: skip
    return AirTime(source_path="/c/publicidad/tiempos-oficiales/2021-t1.md", slug="2021-t1",
                   year=2021, quarter=1, spots=(spot,))  # fmt: skip


def clarification(**evidence):
    return Clarification(source_path="/c/aclaraciones/2021-03-09-a.md", slug="a", date=WHEN,
                         appearances=(Appearance(platform="Facebook", date=WHEN.date()),),
                         evidence=(Evidence(**evidence),))  # fmt: skip


def informe(slug="2021", **achievement_refs):
    axis = Axis("eje", "Eje", (Achievement("Logro", **achievement_refs),))
    return GovernmentReport(source_path=f"/c/informe-de-gobierno/{slug}/index.md",
                            slug=slug, year=2021, date=WHEN, axes=(axis,))  # fmt: skip


def faq_topic(name):
    question = Question(question="¿P?", answer="R", id="p", sources_ref=(name,))
    return FaqTopic(source_path="/c/preguntas-frecuentes/agua.md", slug="agua",
                    questions=(question,))  # fmt: skip


def provider(slug):
    return Provider(source_path=f"/c/publicidad/proveedores/{slug}.md", slug=slug)


# kind -> (make a source naming `name` in a field for `target` kind, field path,
#          how to read back what was linked)
RECORDING_REFERENCES = lambda cls: {  # noqa: E731
    target: (lambda n, t=target: recording(cls, **{f"{t}_ref": n}), target,
             lambda s, t=target: getattr(s, t))
    for target in ("bulletin", "gallery", "event")
}  # fmt: skip
SOURCES = {
    "video": RECORDING_REFERENCES(Video),
    "audio": RECORDING_REFERENCES(Audio),
    "bulletin": {
        "gallery": (lambda n: bulletin("2021-03-09-b", gallery_ref=n), "gallery",
                    lambda s: s.gallery),
        "government_report": (lambda n: bulletin("2021-03-09-b", promotes_report_ref=n),
                              "promotes_report", lambda s: s.promotes_report),
    },
    "gallery": {
        "bulletin": (lambda n: gallery("2021-03-09-g", bulletin_ref=n), "bulletin",
                     lambda s: s.bulletin),
    },
    "event": {
        "gallery": (lambda n: event(gallery_ref=n), "gallery", lambda s: s.gallery),
        "bulletin": (lambda n: event(bulletin_ref=n), "bulletin", lambda s: s.bulletin),
    },
    "report": {
        "gallery": (lambda n: report(events=(Event(WHEN.date(), "x", n, None),)),
                    "events[1].gallery", lambda s: s.events[0].gallery),
        "bulletin": (lambda n: report(executed=(Execution(None, (n,)),)),
                     "executed[1].evidence", lambda s: s.executed[0].evidence),
        "plan": (lambda n: report(executed=(Execution(f"{n}/boletines"),)),
                 "executed[1].activity", lambda s: s.executed[0].activity),
    },
    "campaign": {
        "gallery": (lambda n: campaign("2021-c", pieces=(Piece(kind="arte", medium="radio",
                                                               title="A", gallery_ref=n),)),
                    "pieces[1].gallery", lambda s: s.pieces[0].gallery),
        "government_report": (lambda n: campaign("2021-c", promotes_report_ref=n),
                              "promotes_report", lambda s: s.promotes_report),
    },
    "government_report": {
        "bulletin": (lambda n: informe(bulletins_ref=(n,)),
                     "axes[1].achievements[1].bulletins",
                     lambda s: s.axes[0].achievements[0].bulletins),
        "gallery": (lambda n: informe(galleries_ref=(n,)),
                    "axes[1].achievements[1].galleries",
                    lambda s: s.axes[0].achievements[0].galleries),
        "plan": (lambda n: informe(activities_ref=(f"{n}/boletines",)),
                 "axes[1].achievements[1].activities",
                 lambda s: s.axes[0].achievements[0].activities),
    },
    "contract": {
        "provider": (lambda n: contract(provider_ref=n), "provider", lambda s: s.provider),
        "campaign": (lambda n: contract(campaigns_ref=(n,)), "campaigns",
                     lambda s: s.campaigns),
    },
    "publicity_budget": {
        "plan": (lambda n: budget(plan_ref=n), "plan", lambda s: s.plan),
    },
    "air_time": {
        "campaign": (lambda n: air_time(n), "spots[1].campaign",
                     lambda s: s.spots[0].campaign),
    },
    "clarification": {
        target: (lambda n, t=target: clarification(**{f"{t}_ref": n}), f"evidence[1].{target}",
                 lambda s, t=target: getattr(s.evidence[0], t))
        for target in ("bulletin", "gallery", "plan", "campaign")
    },
    "faq": {
        target: (faq_topic, "questions[1].sources", lambda s: s.questions[0].sources)
        for target in ("bulletin", "gallery", "plan", "event")
    },
}  # fmt: skip
TARGETS = {
    "bulletin": lambda: bulletin("2021-03-01-feria"),
    "gallery": lambda: gallery("2021-03-01-feria"),
    "plan": lambda: plan("2021-03-01-feria"),
    "event": lambda: AgendaEvent(source_path="/c/agenda/2021-03-01-feria.md",
                                 slug="2021-03-01-feria", start=WHEN),
    "provider": lambda: provider("2021-03-01-feria"),
    "campaign": lambda: campaign("2021-03-01-feria"),
    "government_report": lambda: informe("2021-03-01-feria"),
}
CASES = [(kind, target) for kind, fields in SOURCES.items() for target in fields]


def test_every_kind_with_references_is_tested_here():
    with_references = {k for k, schema in SCHEMAS.items() if has_references(schema)}
    assert with_references == set(SOURCES)


def has_references(schema) -> bool:
    if reference_names(schema):
        return True
    nested = [getattr(s.kind, "record", s.kind) for s in schema.values()]
    return any(hasattr(r, "fields") and has_references(r.fields) for r in nested)


def link(kind, target_kind, source_state, target_state, name="2021-03-01-feria",
         with_errors=None):  # fmt: skip
    make, path, read_back = SOURCES[kind][target_kind]
    source = Entry(make(name), kind, source_state, f"content/{kind}.md")
    target_obj = TARGETS[target_kind]()
    target = Entry(target_obj, target_kind, target_state, "content/target.md")
    entries = [source] if with_errors is not None else [source, target]
    report = ContentReport()
    index = build_index(entries, with_errors)
    link_sources(entries, SCHEMAS, index, WORDS, report)
    linked = read_back(source.obj)
    if isinstance(linked, list):
        linked = linked[0] if linked else None
    if target_kind == "plan" and linked is not None and linked is not target_obj:
        linked = target_obj if linked is target_obj.activities[0] else "otra"
    return linked, target_obj, report.lines(), path


@pytest.mark.parametrize(("kind", "target"), CASES)
def test_a_published_item_links_a_published_target(kind, target):
    linked, target_obj, problems, _ = link(kind, target, PUBLISHED, PUBLISHED)
    assert problems == []
    assert linked is target_obj


@pytest.mark.parametrize(("kind", "target"), CASES)
def test_a_published_item_may_not_name_a_draft(kind, target):
    linked, _, problems, path = link(kind, target, PUBLISHED, DRAFT)
    assert linked is None
    said = WORDS[target]
    assert problems == [
        f"content/{kind}.md: {path}: {said.the_name} '2021-03-01-feria' es un borrador "
        f"(status: draft); se espera {said.a_name} {said.published_word} (quite «status: "
        "draft» de ese archivo o quite este campo)"
    ]


@pytest.mark.parametrize(("kind", "target"), CASES)
def test_an_embargoed_item_may_not_name_a_draft_either(kind, target):
    _, _, problems, _ = link(kind, target, HELD, DRAFT)
    assert len(problems) == 1 and "es un borrador" in problems[0]


@pytest.mark.parametrize(("kind", "target"), CASES)
def test_a_draft_may_name_a_draft(kind, target):
    linked, target_obj, problems, _ = link(kind, target, DRAFT, DRAFT)
    assert problems == []
    assert linked is target_obj


@pytest.mark.parametrize(("kind", "target"), CASES)
def test_an_embargoed_target_exists_but_is_not_linked_yet(kind, target):
    linked, _, problems, _ = link(kind, target, PUBLISHED, HELD)
    assert problems == []
    assert linked is None


@pytest.mark.parametrize(("kind", "target"), CASES)
def test_a_name_that_does_not_exist_says_what_is_expected(kind, target):
    linked, _, problems, path = link(kind, target, PUBLISHED, PUBLISHED, "no-existe")
    assert linked is None
    assert len(problems) == 1
    assert problems[0].startswith(f"content/{kind}.md: {path}: no existe ")
    assert "'no-existe'; se espera " in problems[0]


# A file of each target kind with a problem of its own, as readers report it.
FAILED_FILES = {
    "bulletin": "content/boletines/2021/2021-03-01-feria.md",
    "gallery": "content/galerias/2021-03-01-feria/fotos.yml",
    "plan": "content/planes/2021-03-01-feria.md",
    "event": "content/agenda/2021-03-01-feria.md",
    "provider": "content/publicidad/proveedores/2021-03-01-feria.md",
    "campaign": "content/publicidad/campanas/2021-03-01-feria.md",
    "government_report": "content/informe-de-gobierno/2021-03-01-feria/index.md",
}


def with_errors_of(target, tmp_path) -> dict[str, set[str]]:
    """What the linking pass learns from a report naming that target's file."""
    report = ContentReport()
    report.add(FAILED_FILES[target], "date", "fecha imposible")
    return names_with_errors(report, {**SETTINGS, "PATH": str(tmp_path / "content")})


@pytest.mark.parametrize(("kind", "target"), CASES)
def test_a_target_left_out_for_its_own_errors_is_not_called_missing(kind, target, tmp_path):
    known = with_errors_of(target, tmp_path)
    linked, _, problems, _ = link(kind, target, PUBLISHED, PUBLISHED, with_errors=known)
    assert problems == []
    assert linked is None


@pytest.mark.parametrize(("kind", "target"), CASES)
def test_another_name_is_still_missing_beside_a_file_with_errors(kind, target, tmp_path):
    known = with_errors_of(target, tmp_path)
    _, _, problems, path = link(
        kind, target, PUBLISHED, PUBLISHED, "no-existe", with_errors=known
    )
    assert len(problems) == 1
    assert problems[0].startswith(f"content/{kind}.md: {path}: no existe ")


def test_files_with_errors_are_named_as_references_name_them(tmp_path):
    report = ContentReport()
    for shown in [*FAILED_FILES.values(), "pelicanconf.py"]:
        report.add(shown, "campo", "un error")
    report.add("content/galerias/2021-03-05-mercado/01-a.jpg", "(foto)", "dañada")
    known = names_with_errors(report, {**SETTINGS, "PATH": str(tmp_path / "content")})
    assert known == {
        "bulletin": {"2021-03-01-feria", "feria"},
        "gallery": {"2021-03-01-feria", "2021-03-05-mercado"},
        "plan": {"2021-03-01-feria", "feria"},
        "event": {"2021-03-01-feria", "feria"},
        # two folders deep: content/publicidad/proveedores/, …/campanas/
        "provider": {"2021-03-01-feria", "feria"},
        "campaign": {"2021-03-01-feria", "feria"},
        "government_report": {"2021-03-01-feria"},  # its folder, the year
    }
