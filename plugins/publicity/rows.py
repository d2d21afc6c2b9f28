"""The rows of formats 23b, 23c and 23d for one quarter, keyed by the data
file's columns (``transparency_formats``), in its order.

A main row of 23b is one contract for one of its campaigns; its three
sub-tables (providers, resources, contract) carry the same ``id``, one row
per invoice of the quarter in the contract table. Values stay typed (dates,
``Decimal``); catalogue columns hold the platform's label. The exports turn
them into CSV, JSON and XLSX; the pages into tables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from content_schema.transparency_formats import Format, load

from .figures import YearSpending, quarter_bounds
from .model import ZERO


@dataclass
class FormatRows:
    format: Format
    year: int
    quarter: int
    rows: list[dict] = field(default_factory=list)
    tables: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def period(self) -> str:
        """«2021-t1», or «2021» for a yearly format: in file names and slugs."""
        return f"{self.year}-t{self.quarter}" if self.quarter else str(self.year)


def _ordered(keys: list[str], values: dict) -> dict:
    """Every column of ``keys`` in order ("" where there is nothing to say)."""
    return {key: values.get(key, "") for key in keys}


def _trailer(settings, validated, note: str = "") -> dict:
    return {
        "responsible_area": settings["OFFICE_NAME"],
        "validated": validated or "",
        "updated": validated or "",
        "note": note,
    }


def _link(settings, url: str) -> str:
    """The platform's «Hipervínculo» columns take whole addresses."""
    return f"{settings['PORTAL_URL']}/{url}" if url else ""


def _label(catalogue: str, key: str) -> str:
    return load().labels(catalogue).get(key, "") if key else ""


def _touches(contract, first, last) -> bool:
    invoiced = any(first <= i.date <= last for i in contract.invoices)
    return invoiced or (contract.service_start <= last and first <= contract.service_end)


def rows_23b(spending: YearSpending, quarter: int, campaigns: dict, settings) -> FormatRows:
    """``campaigns``: slug -> Campaign, the published ones."""
    form = load().formats["23b"]
    first, last = quarter_bounds(spending.year, quarter)
    out = FormatRows(form, spending.year, quarter, tables={k: [] for k in form.tables})
    budget = spending.budget
    validated = budget.validated if budget else None
    for contract in spending.contracts:
        if not _touches(contract, first, last):
            continue
        line = budget.line(contract.concept) if budget else None
        partida = next((p for p in line.partidas if p.key == contract.partida), None) if line else None  # fmt: skip
        concept_spent = sum(
            (i.amount for c in spending.contracts if c.concept == contract.concept
             for i in c.invoices if i.date <= last), ZERO)  # fmt: skip
        partida_spent = sum(
            (i.amount for c in spending.contracts if c.partida == contract.partida
             for i in c.invoices if i.date <= last), ZERO)  # fmt: skip
        shared = len(contract.campaigns_ref) > 1
        note = (f"El contrato cubre {len(contract.campaigns_ref)} campañas; los montos son "
                "los del contrato completo.") if shared else ""  # fmt: skip
        for slug in contract.campaigns_ref:
            campaign = campaigns.get(slug)
            if campaign is None:  # held by a veda or a draft: not published
                continue
            row_id = len(out.rows) + 1
            audience = campaign.audience or {}
            out.rows.append(_ordered(form.keys, {
                "year": spending.year, "period_start": first, "period_end": last,
                "function": _label("function", contract.function),
                "area": campaign.area_name,
                "classification": _label("classification", contract.classification),
                "service_type": contract.service_type,
                "medium": _label("medium", contract.medium),
                "unit": contract.unit, "type": _label("type", campaign.type),
                "campaign": campaign.title, "campaign_year": campaign.year,
                "theme": campaign.theme,
                "institutional_objective": campaign.institutional_objective,
                "communication_objective": campaign.communication_objective,
                "unit_cost": contract.unit_cost if contract.unit_cost is not None else "",
                "campaign_key": campaign.key, "key_authority": campaign.key_authority,
                "coverage": _label("coverage", campaign.coverage), "scope": campaign.scope,
                "campaign_start": campaign.start, "campaign_end": campaign.end,
                "sex": _label("sex", audience.get("sex", "")),
                "residence": audience.get("residence", ""),
                "education": audience.get("education", ""),
                "age_group": audience.get("age_group", ""),
                "socioeconomic": audience.get("socioeconomic", ""),
                "providers_id": row_id, "resources_id": row_id, "contract_id": row_id,
                **_trailer(settings, validated, note),
            }))  # fmt: skip
            provider = contract.provider
            out.tables["providers"].append(_ordered(form.tables["providers"].keys, {
                "id": row_id, "company": provider.company if provider else "",
                "given_names": provider.given_names if provider else "",
                "first_surname": provider.first_surname if provider else "",
                "second_surname": provider.second_surname if provider else "",
                "responsible": provider.responsible if provider else "",
                "rfc": provider.rfc if provider else "",
                "procedure": provider.procedure_name if provider else "",
                "legal_basis": provider.legal_basis if provider else "",
                "reasons": provider.reasons if provider else "",
            }))  # fmt: skip
            out.tables["resources"].append(_ordered(form.tables["resources"].keys, {
                "id": row_id, "generic_partida": line.generic_partida if line else "",
                "concept_key": line.key if line else "", "concept_name": contract.concept,
                "concept_assigned": line.assigned if line else "",
                "concept_modified": line.current if line else "",
                "concept_spent": concept_spent,
                "partida_name": partida.name if partida else contract.partida,
                "partida_assigned": partida.assigned if partida else "",
                "partida_modified": (partida.modified or partida.assigned) if partida else "",
                "partida_spent": partida_spent,
            }))  # fmt: skip
            invoices = [i for i in contract.invoices if first <= i.date <= last] or [None]
            amendment = max(contract.amendments, key=lambda a: a.date, default=None)
            for invoice in invoices:
                out.tables["contract"].append(_ordered(form.tables["contract"].keys, {
                    "id": row_id, "signed": contract.signed, "number": contract.number,
                    "object": contract.object,
                    "document_url": _link(settings, contract.document_url),
                    "amendment_url": _link(settings, amendment.document_url if amendment else ""),
                    "total": contract.current_total,
                    "paid": contract.invoiced_until(last),
                    "service_start": contract.service_start,
                    "service_end": contract.service_end,
                    "invoice_number": invoice.number if invoice else "",
                    "invoice_url": _link(settings, invoice.document_url if invoice else ""),
                }))  # fmt: skip
    return out


def rows_23a(plan, year: int, settings) -> FormatRows:
    """The annual programme: one row for the plan that holds ``year``'s budget."""
    form = load().formats["23a"]
    out = FormatRows(form, year, 0)
    if plan is None:
        return out
    first = dt.date(*max(plan.first_month, (year, 1)), 1)
    end = min(plan.last_month, (year, 12))
    last = dt.date(end[0] + end[1] // 12, end[1] % 12 + 1, 1) - dt.timedelta(days=1)
    url = plan.document_url or plan.url
    out.rows.append(_ordered(form.keys, {
        "year": year, "period_start": first, "period_end": last,
        "document_name": plan.title, "approved": plan.approved,
        "document_url": _link(settings, url),
        "responsible_area": plan.area_name, "validated": plan.validated or "",
        "updated": plan.updated, "note": plan.note,
    }))  # fmt: skip
    return out


def _air_time_of(air_times, year: int, quarter: int):
    return next((a for a in air_times if (a.year, a.quarter) == (year, quarter)), None)


def rows_23c(air_times, year: int, quarter: int, settings) -> FormatRows:
    form = load().formats["23c"]
    first, last = quarter_bounds(year, quarter)
    out = FormatRows(form, year, quarter, tables={k: [] for k in form.tables})
    report = _air_time_of(air_times, year, quarter)
    if report is None:
        return out
    base = {"year": year, "period_start": first, "period_end": last}
    if not report.applies:
        out.rows.append(
            _ordered(form.keys, {**base, **_trailer(settings, "", report.reason)})
        )
        return out
    area = settings["AREAS"].get(report.area, "")
    for spot in report.spots:
        row_id = len(out.rows) + 1
        campaign = spot.campaign
        audience = (campaign.audience if campaign else None) or {}
        out.rows.append(_ordered(form.keys, {
            **base, "subject": settings["ORGANIZATION_NAME"],
            "air_time_type": _label("air_time_type", spot.type),
            "medium": _label("medium", spot.medium), "unit": spot.unit,
            "campaign": campaign.title if campaign else spot.campaign_ref,
            "campaign_key": campaign.key if campaign else "",
            "key_authority": campaign.key_authority if campaign else "",
            "coverage": _label("coverage", campaign.coverage) if campaign else "",
            "scope": campaign.scope if campaign else "",
            "sex": _label("sex", audience.get("sex", "")),
            **{k: audience.get(k, "") for k in ("residence", "education", "age_group",
                                                "socioeconomic")},
            "concessionaire": spot.concessionaire, "trade_name": spot.trade_name,
            "reasons": spot.reasons, "amount": spot.amount, "area": area,
            "start": spot.start, "end": spot.end, "budget_id": row_id,
            **_trailer(settings, ""),
        }))  # fmt: skip
        out.tables["budget"].append(_ordered(form.tables["budget"].keys, {"id": row_id}))
    return out


def rows_23d(air_times, year: int, quarter: int, settings) -> FormatRows:
    form = load().formats["23d"]
    first, last = quarter_bounds(year, quarter)
    out = FormatRows(form, year, quarter)
    report = _air_time_of(air_times, year, quarter)
    if report is None:
        return out
    note = "" if report.applies else report.reason
    out.rows.append(_ordered(form.keys, {
        "year": year, "period_start": first, "period_end": last,
        "message": report.message, "url": report.link, **_trailer(settings, "", note),
    }))  # fmt: skip
    return out
