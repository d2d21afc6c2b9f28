"""Publicity spending without Pelican: the formats' data file, the field
types (catalogues, RFC, amounts), the figures against sums done by hand, and
the rows of format 23b in the data file's column order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from content_schema.fields import FieldError, ValidationContext
from content_schema.publicity_fields import Amount, Catalogue, CatalogueList, Rfc
from content_schema.transparency_formats import FOLDER, load
from plans.model import Budget, BudgetConcept
from publicity.figures import quarter_bounds, year_spending
from publicity.model import (
    BudgetLine,
    Campaign,
    CommunicationBudget,
    Contract,
    Invoice,
    Partida,
    Provider,
)
from publicity.rows import rows_23b

pytestmark = pytest.mark.unit

CTX = ValidationContext(
    "content/publicidad/contratos/c.md", ZoneInfo("America/Mexico_City")
)
D = Decimal


# --- The formats as data ---------------------------------------------------------


def test_every_format_ends_with_the_common_trailer_in_order():
    formats = load()
    trailer = ["responsible_area", "validated", "updated", "note"]
    assert sorted(formats.formats) == ["23a", "23b", "23c", "23d"]
    for form in formats.formats.values():
        assert form.keys[-4:] == trailer, form.key
        assert len(set(form.keys)) == len(form.keys), form.key
    assert formats.formats["23b"].columns[-1].header == "Nota"


def test_23b_has_its_three_sub_tables_linked_by_id_columns():
    form = load().formats["23b"]
    assert sorted(form.tables) == ["contract", "providers", "resources"]
    linked = {c.table: c.key for c in form.columns if c.table}
    assert linked == {"providers": "providers_id", "resources": "resources_id",
                      "contract": "contract_id"}  # fmt: skip
    assert all(table.keys[0] == "id" for table in form.tables.values())
    headers = [c.header for c in form.tables["contract"].columns]
    assert headers[-2:] == ["Número de factura", "Hipervínculo a la factura"]
    assert form.periodicity == "trimestral" and load().formats["23a"].periodicity == "anual"


def test_catalogue_positions_are_the_platforms_0_based_order():
    formats = load()
    assert formats.position("function", "contratante") == 0
    assert formats.position("coverage", "municipal") == 3
    assert formats.labels("coverage")["municipal"] == "Delegacional o municipal"
    assert list(formats.labels("type").values()) == ["Campaña", "Aviso institucional"]


def test_the_unverified_values_are_marked_in_the_file():
    text = (FOLDER / "lgtaip-2023.yml").read_text(encoding="utf-8")
    for catalogue in ("sex:", "medium:"):
        before = text.split(f"\n  {catalogue}", 1)[0].rsplit("\n", 3)
        assert any("*sin verificar*" in line for line in before), catalogue


# --- Field types -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "key"),
    [("municipal", "municipal"), ("Delegacional o municipal", "municipal"),
     ("TELEVISIÓN", "television"), ("television", "television"),
     ("aviso institucional", "aviso-institucional")],
)  # fmt: skip
def test_a_catalogue_takes_the_key_or_the_platforms_label(value, key):
    name = {"municipal": "coverage", "television": "medium"}.get(key, "type")
    assert Catalogue(name).clean(value, CTX) == key


def test_a_catalogue_value_out_of_it_names_the_one_meant():
    with pytest.raises(FieldError) as caught:
        Catalogue("medium").clean("televison", CTX)
    assert str(caught.value) == (
        "'televison' no está en el catálogo «Tipo de medio» (¿quiso decir 'television'?); "
        "se espera uno de: radio, television, cine, impresos, complementarios, internet"
    )
    with pytest.raises(FieldError, match="el elemento 2: 'periodico' no está"):
        CatalogueList("medium").clean(["radio", "periodico"], CTX)
    assert CatalogueList("medium").clean(["Radio", "radio", "Internet"], CTX) == [
        "radio", "internet"]  # fmt: skip


@pytest.mark.parametrize("rfc", ["GRM880302QT7", "LOIF840927HS1", "loif-840927-hs1",
                                 "AÑO000229AB1"])  # fmt: skip
def test_rfc_of_a_company_or_a_person(rfc):
    assert len(Rfc().clean(rfc, CTX)) in (12, 13)


@pytest.mark.parametrize(
    ("rfc", "says"),
    [("GRM88030QT7", "'GRM88030QT7' no es un RFC válido (11 caracteres)"),
     ("GRM881302QT7", "'GRM881302QT7' lleva la fecha '881302', que no existe"),
     ("LOIF840231HS1", "lleva la fecha '840231', que no existe"),
     ("12M880302QT7", "no es un RFC válido (12 caracteres)")],
)  # fmt: skip
def test_rfc_shape_and_the_date_inside_it(rfc, says):
    with pytest.raises(FieldError) as caught:
        Rfc().clean(rfc, CTX)
    assert says in str(caught.value)


def test_amounts_are_exact_and_carry_no_currency_sign():
    assert Amount().clean("1,392,000.00", CTX) == D("1392000.00")
    assert Amount().clean(D("990200.5"), CTX) == D("990200.50")
    for written in ("$1,392,000.00", "1,392,000.00 MXN", "1392000 pesos"):
        with pytest.raises(FieldError, match="lleva el signo o el nombre de la moneda"):
            Amount().clean(written, CTX)
    with pytest.raises(FieldError, match="sin signo de pesos ni negativo"):
        Amount().clean("-5.00", CTX)


# --- Figures, against sums done by hand ------------------------------------------


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def contract(slug, medium, concept, campaigns, invoices, total="100000.00", **kw):
    return Contract(
        source_path=f"{slug}.md", slug=slug, number=slug.upper(), signed=day("2021-01-10"),
        object="Objeto", provider_ref="proveedor", campaigns_ref=tuple(campaigns),
        classification="difusion", service_type="Spots", medium=medium, concept=concept,
        partida="36102", total=D(total), paid=D("0"), service_start=day("2021-01-11"),
        service_end=day("2021-12-31"),
        invoices=tuple(Invoice(number=f"{slug}-{i}", date=day(d), amount=D(a))
                       for i, (d, a) in enumerate(invoices, start=1)), **kw)  # fmt: skip


def budget(plan_amounts=None) -> CommunicationBudget:
    lines = (
        BudgetLine(name="Radio", assigned=D("1000.00"), modified=D("1200.00"),
                   spent=D("1200.00"),
                   partidas=(Partida(key="36102", name="Radio", assigned=D("1000.00")),)),
        BudgetLine(name="Prensa", assigned=D("5000.00"), spent=D("300.50")),
        BudgetLine(name="Web", assigned=D("800.00")),
    )  # fmt: skip
    made = CommunicationBudget(
        source_path="2021.md", slug="2021", year=2021, concepts=lines
    )
    concepts = tuple(BudgetConcept(n, D(a)) for n, a in (plan_amounts or {}).items())
    made.plan = type("Plan", (), {"budget": Budget("MXN", D("0"), concepts)})()
    return made


CONTRACTS = [
    contract("a", "radio", "Radio", ["lluvias"], [("2021-02-26", "700.00"),
                                                   ("2021-04-30", "600.00")]),
    contract("b", "impresos", "Prensa", ["lluvias", "predial"], [("2021-03-31", "300.50")]),
    contract("c", "radio", "Radio", ["predial"], [("2021-12-15", "99.99"),
                                                   ("2022-01-10", "5000.00")]),
]  # fmt: skip


def test_spent_by_medium_quarter_and_campaign_are_the_invoices_of_the_year():
    spending = year_spending(2021, CONTRACTS, budget())
    # radio: 700.00 + 600.00 + 99.99 (the 2022 invoice is another year)
    assert spending.by_medium == {"radio": D("1399.99"), "impresos": D("300.50")}
    assert list(spending.by_medium) == ["radio", "impresos"]  # the catalogue's order
    assert spending.by_quarter == {1: D("1000.50"), 2: D("600.00"), 3: D("0.00"),
                                   4: D("99.99")}  # fmt: skip
    assert spending.by_medium_quarter["radio"] == {1: D("700.00"), 2: D("600.00"),
                                                   3: D("0.00"), 4: D("99.99")}  # fmt: skip
    assert spending.total_spent == D("1700.49")
    # a contract of two campaigns is not split between them
    assert spending.by_campaign == {"lluvias": D("1300.00"), "predial": D("99.99")}
    assert spending.shared == D("300.50")


def test_each_concept_against_its_budget_and_what_was_declared():
    spending = year_spending(
        2021, CONTRACTS, budget({"Radio": "1000.00", "Prensa": "5000.00"})
    )
    radio, press, web = spending.concepts
    assert (radio.planned, radio.current, radio.spent) == (D("1000.00"), D("1200.00"),
                                                           D("1399.99"))  # fmt: skip
    assert radio.over and radio.remaining == D("-199.99") and radio.share == D("116.67")
    assert radio.declared_difference == D("-199.99")  # declared 1,200.00
    assert not press.over and press.declared_difference == D("0.00")
    assert (
        web.planned is None and web.spent == D("0.00") and web.declared_difference is None
    )
    assert spending.over_budget == [radio] and spending.declared_mismatches == [radio]
    assert spending.total_assigned == D("7000.00")  # 1,200 (modified) + 5,000 + 800


def test_quarter_bounds():
    assert quarter_bounds(2021, 1) == (day("2021-01-01"), day("2021-03-31"))
    assert quarter_bounds(2021, 4) == (day("2021-10-01"), day("2021-12-31"))


# --- Rows of format 23b ----------------------------------------------------------


def campaign(slug: str) -> Campaign:
    return Campaign(source_path=f"{slug}.md", slug=slug, title=slug.title(), type="campana",
                    start=day("2021-01-01"), end=day("2021-12-31"), coverage="municipal",
                    audience={"sex": "femenino-y-masculino", "age_group": "18 y más"},
                    area_name="Salud")  # fmt: skip


def test_23b_rows_follow_the_data_files_columns_with_sub_tables_by_id():
    provider = Provider(source_path="p.md", slug="proveedor", company="Radio, S.A.",
                        rfc="GRM880302QT7", procedure_name="Adjudicación directa")  # fmt: skip
    for item in CONTRACTS:
        item.provider = provider
    spending = year_spending(2021, CONTRACTS, budget())
    campaigns = {slug: campaign(slug) for slug in ("lluvias", "predial")}
    rows = rows_23b(spending, 1, campaigns, {"OFFICE_NAME": "Comunicación Social"})
    form = load().formats["23b"]
    # Q1: contract a (1 campaign), b (2 campaigns), c (its service runs all year)
    assert [list(row) for row in rows.rows] == [form.keys] * 4
    assert [r["campaign"] for r in rows.rows] == [
        "Lluvias",
        "Lluvias",
        "Predial",
        "Predial",
    ]
    assert [r["contract_id"] for r in rows.rows] == [1, 2, 3, 4]
    first = rows.rows[0]
    assert first["medium"] == "Radio" and first["coverage"] == "Delegacional o municipal"
    assert first["sex"] == "Femenino y masculino" and first["period_end"] == day(
        "2021-03-31"
    )
    assert first["responsible_area"] == "Comunicación Social"
    assert "2 campañas" in rows.rows[1]["note"]
    assert [r["id"] for r in rows.tables["providers"]] == [1, 2, 3, 4]
    assert rows.tables["providers"][0]["rfc"] == "GRM880302QT7"
    contract_rows = rows.tables["contract"]
    assert [(r["id"], r["invoice_number"], r["paid"]) for r in contract_rows] == [
        (1, "a-1", D("700.00")), (2, "b-1", D("300.50")), (3, "b-1", D("300.50")),
        (4, "", D("0.00"))]  # fmt: skip
    resources = rows.tables["resources"][0]
    assert resources["concept_spent"] == D("700.00")  # Radio, invoiced by 31 March
    assert resources["partida_assigned"] == D("1000.00")


def test_23c_and_23d_of_a_quarter_with_no_official_air_time():
    from publicity.model import AirTime
    from publicity.rows import rows_23c, rows_23d

    reason = "El ayuntamiento no tiene tiempos oficiales."
    quarter = AirTime(source_path="t.md", slug="2021-t1", year=2021, quarter=1, applies=False,
                      reason=reason)  # fmt: skip
    settings = {"OFFICE_NAME": "Comunicación Social", "ORGANIZATION_NAME": "Ayuntamiento",
                "AREAS": {}}  # fmt: skip
    c = rows_23c([quarter], 2021, 1, settings)
    assert len(c.rows) == 1 and list(c.rows[0]) == load().formats["23c"].keys
    row = c.rows[0]
    assert (row["year"], row["period_start"], row["note"]) == (
        2021,
        day("2021-01-01"),
        reason,
    )
    assert row["concessionaire"] == "" and c.tables["budget"] == []
    d = rows_23d([quarter], 2021, 1, settings)
    assert [r["note"] for r in d.rows] == [reason]
    assert rows_23c([quarter], 2021, 2, settings).rows == []  # not yet published
