"""A year's publicity spending as open data: the tables of the year's page.

By concept (against the budget, with the declared figure and the
difference), by medium and quarter, by campaign, and every contract and
invoice: each a CSV with its dictionary and a JSON (``open_data.write_table``),
from the same ``figures.YearSpending`` the page shows, so a sum of a CSV's
column is the total on the page.
"""

from __future__ import annotations

from content_schema.kinds import KIND_BY_KEY
from content_schema.transparency_formats import load
from open_data.datasets import YEARLY, Column, Dataset, write_table

from .model import ZERO

BUDGET = KIND_BY_KEY["publicity_budget"]
CURRENCY = "MXN"


def _money(name: str, meaning: str) -> Column:
    return Column(name, "decimal", meaning, CURRENCY)


YEAR = Column("ejercicio", "entero", "Ejercicio fiscal (año).")
CONCEPT_COLUMNS = (
    YEAR,
    Column("concepto", "texto", "Concepto del presupuesto de comunicación social."),
    Column("clave", "texto", "Clave del concepto del gasto."),
    Column("partida_generica", "texto", "Partida genérica del concepto."),
    _money("planeado", "Monto del concepto en el plan anual; vacío si el plan no lo tiene."),
    _money("asignado", "Presupuesto asignado al concepto."),
    _money("modificado", "Presupuesto modificado; vacío si no se modificó."),
    _money("vigente", "Presupuesto vigente: el modificado o, si no hay, el asignado."),
    _money("ejercido", "Ejercido: la suma de las facturas de los contratos del concepto."),
    _money("ejercido_declarado", "Ejercido que declara el presupuesto; vacío si no declara."),
    _money("diferencia_declarado", "Ejercido declarado menos la suma de las facturas."),
    _money("por_ejercer", "Vigente menos ejercido; negativo si se rebasó."),
    Column("porcentaje_ejercido", "decimal", "Ejercido entre vigente.", "por ciento"),
    Column("moneda", "texto", "Moneda de los montos (código ISO 4217)."),
)  # fmt: skip
MEDIUM_COLUMNS = (
    YEAR,
    Column("trimestre", "entero", "Trimestre del ejercicio (1 a 4), por la fecha de la factura."),
    Column("medio", "texto", "Tipo de medio, del catálogo de la plataforma."),
    _money("ejercido", "Suma de las facturas del medio en el trimestre."),
    Column("moneda", "texto", "Moneda de los montos (código ISO 4217)."),
)  # fmt: skip
CAMPAIGN_COLUMNS = (
    YEAR,
    Column("campana", "texto", "Identificador de la campaña (su dirección en el portal); "
           "vacío en la fila de los contratos que cubren varias campañas."),
    Column("nombre", "texto", "Nombre de la campaña o aviso institucional."),
    Column("inicio", "fecha (AAAA-MM-DD)", "Fecha de inicio de la campaña."),
    Column("fin", "fecha (AAAA-MM-DD)", "Fecha de término de la campaña."),
    _money("ejercido", "Suma de las facturas de los contratos solo de esta campaña."),
    Column("moneda", "texto", "Moneda de los montos (código ISO 4217)."),
)  # fmt: skip
CONTRACT_COLUMNS = (
    YEAR,
    Column("contrato", "texto", "Número del contrato."),
    Column("firmado", "fecha (AAAA-MM-DD)", "Fecha de firma."),
    Column("proveedor", "texto", "Razón social o nombre del proveedor."),
    Column("rfc", "texto", "RFC del proveedor."),
    Column("campanas", "texto", "Campañas que cubre, separadas por «; »."),
    Column("medio", "texto", "Tipo de medio, del catálogo de la plataforma."),
    Column("concepto", "texto", "Concepto del presupuesto que lo paga."),
    Column("partida", "texto", "Partida específica."),
    Column("objeto", "texto", "Objeto del contrato."),
    _money("monto_firmado", "Monto total al firmar."),
    _money("monto_vigente", "Monto total tras el último convenio modificatorio."),
    _money("pagado_declarado", "Lo pagado que declara el contrato."),
    _money("facturado", "Suma de sus facturas."),
    Column("inicio_servicio", "fecha (AAAA-MM-DD)", "Inicio de los servicios."),
    Column("fin_servicio", "fecha (AAAA-MM-DD)", "Término de los servicios."),
    Column("hipervinculo", "URL", "El contrato firmado (PDF); vacío si no se publica."),
    Column("moneda", "texto", "Moneda de los montos (código ISO 4217)."),
)  # fmt: skip
INVOICE_COLUMNS = (
    YEAR,
    Column("contrato", "texto", "Número del contrato que paga la factura."),
    Column("factura", "texto", "Número de la factura."),
    Column("fecha", "fecha (AAAA-MM-DD)", "Fecha de la factura."),
    Column("trimestre", "entero", "Trimestre de la fecha de la factura."),
    _money("monto", "Monto de la factura."),
    Column("hipervinculo", "URL", "La factura (PDF); vacío si no se publica."),
    Column("moneda", "texto", "Moneda de los montos (código ISO 4217)."),
)  # fmt: skip


def _blank(value):
    return "" if value is None else value


def concept_rows(spending) -> list[list]:
    budget = spending.budget
    rows = []
    for figures in spending.concepts:
        line = budget.line(figures.name) if budget else None
        rows.append([
            spending.year, figures.name, line.key if line else "",
            line.generic_partida if line else "", _blank(figures.planned), figures.assigned,
            _blank(figures.modified), figures.current, figures.spent,
            _blank(figures.declared_spent), _blank(figures.declared_difference),
            figures.remaining, figures.share, CURRENCY,
        ])  # fmt: skip
    return rows


def medium_rows(spending) -> list[list]:
    media = load().labels("medium")
    return [
        [spending.year, quarter, media[medium], amounts[quarter], CURRENCY]
        for medium, amounts in spending.by_medium_quarter.items()
        for quarter in range(1, 5)
    ]


def campaign_rows(spending, campaigns) -> list[list]:
    rows = [
        [spending.year, c.slug, c.title, c.start, c.end,
         spending.by_campaign.get(c.slug, ZERO), CURRENCY]
        for c in campaigns
    ]  # fmt: skip
    if spending.shared:
        rows.append([spending.year, "", "Contratos que cubren varias campañas", "", "",
                     spending.shared, CURRENCY])  # fmt: skip
    return rows


def contract_rows(spending, portal: str) -> list[list]:
    media = load().labels("medium")
    return [
        [spending.year, c.number, c.signed, c.provider.name if c.provider else c.provider_ref,
         c.provider.rfc if c.provider else "",
         "; ".join(x.title for x in c.campaigns) or "; ".join(c.campaigns_ref),
         media.get(c.medium, c.medium), c.concept, c.partida, c.object, c.total,
         c.current_total, c.paid, c.invoiced, c.service_start, c.service_end,
         f"{portal}/{c.document_url}" if c.document_url else "", CURRENCY]
        for c in spending.contracts
    ]  # fmt: skip


def invoice_rows(spending, portal: str) -> list[list]:
    return [
        [spending.year, c.number, i.number, i.date, i.quarter, i.amount,
         f"{portal}/{i.document_url}" if i.document_url else "", CURRENCY]
        for c in spending.contracts
        for i in c.invoices
        if i.date.year == spending.year
    ]  # fmt: skip


TABLES = (
    # name, title, description, columns
    ("por-concepto", "por concepto del presupuesto", "Cada concepto del presupuesto de "
     "comunicación social: planeado, asignado, modificado, ejercido (suma de facturas), "
     "ejercido declarado y su diferencia, por ejercer y porcentaje.", CONCEPT_COLUMNS),
    ("por-medio-y-trimestre", "por medio y trimestre", "Lo ejercido por tipo de medio y "
     "trimestre, por la fecha de cada factura.", MEDIUM_COLUMNS),
    ("por-campana", "por campaña", "Lo ejercido en los contratos de cada campaña; los "
     "que cubren varias campañas van en una fila aparte.", CAMPAIGN_COLUMNS),
    ("contratos", "contratos", "Cada contrato de publicidad: proveedor, campañas, medio, "
     "concepto, montos firmado y vigente, pagado, facturado y fechas.", CONTRACT_COLUMNS),
    ("facturas", "facturas", "Cada factura de los contratos de publicidad, con su fecha, "
     "trimestre y monto.", INVOICE_COLUMNS),
)  # fmt: skip


def write_spending(spending, campaigns, output_path: str, settings, updated) -> list[Dataset]:
    """The year's five spending tables; ``updated``: the content's own date."""
    portal = settings["PORTAL_URL"]
    rows = {
        "por-concepto": concept_rows(spending),
        "por-medio-y-trimestre": medium_rows(spending),
        "por-campana": campaign_rows(spending, campaigns),
        "contratos": contract_rows(spending, portal),
        "facturas": invoice_rows(spending, portal),
    }
    datasets = []
    for name, title, description, columns in TABLES:
        table = rows[name]
        if not table:
            continue
        document = {
            "ejercicio": spending.year,
            "moneda": CURRENCY,
            "registros": [dict(zip([c.name for c in columns], r, strict=True)) for r in table],
        }
        files = write_table(
            output_path, BUDGET.dataset_path("spending", year=spending.year, name=name),
            list(columns), table, document,
        )  # fmt: skip
        datasets.append(Dataset(
            slug=f"comunicacion-social-{spending.year}-{name}",
            title=f"Gasto en comunicación social {spending.year}, {title}",
            description=description, temporal=f"{spending.year}-01/{spending.year}-12",
            period_label=str(spending.year), updated=updated,
            page_url=BUDGET.url.format(slug=spending.year),
            keywords=["comunicación social", "publicidad", "gasto", title],
            files=files, periodicity=YEARLY,
        ))  # fmt: skip
    return datasets
