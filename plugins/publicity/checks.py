"""Checks across publicity files, once references are linked.

A contract's service must fall within its campaigns, its budget concept and
partida must be those of its year's communication budget, and that budget's
concepts must be the plan's. Errors name the file and the field; the plan's
amount against the budget's is a warning (both are published).
"""

from __future__ import annotations

from presentation.numbers import money


def _one_of(names) -> str:
    return ", ".join(f"'{name}'" for name in names) or "(ninguno)"


def check_contract(contract, budgets: dict, report, shown: str) -> None:
    for campaign in contract.campaigns:
        if not campaign.valid:  # its own mistakes first: one mistake, one line
            continue
        if contract.service_end < campaign.start or campaign.end < contract.service_start:
            report.add(
                shown,
                "service_start",
                f"el servicio (del {contract.service_start} al {contract.service_end}) "
                f"no coincide con la campaña '{campaign.slug}' (del {campaign.start} al "
                f"{campaign.end}); se espera que el servicio se preste durante la campaña",
            )
    budget = budgets.get(contract.year)
    if budget is None:
        return
    line = budget.line(contract.concept)
    if line is None:
        report.add(
            shown,
            "concept",
            f"'{contract.concept}' no es un concepto del presupuesto de comunicación "
            f"social de {contract.year}; se espera uno de: "
            + _one_of(c.name for c in budget.concepts),
        )
    elif line.partidas and contract.partida not in {p.key for p in line.partidas}:
        report.add(
            shown,
            "partida",
            f"la partida '{contract.partida}' no está en el concepto '{line.name}' del "
            f"presupuesto de {contract.year}; se espera una de: "
            + _one_of(p.key for p in line.partidas),
        )


def check_budget(budget, report, shown: str) -> None:
    """Its concepts against the linked plan's, by name and amount."""
    plan = budget.plan
    if plan is None:
        return
    if not plan.first_month[0] <= budget.year <= plan.last_month[0]:
        report.add(shown, "plan", f"el plan '{plan.slug}' no cubre {budget.year}; se "
                   "espera el plan del año del presupuesto")  # fmt: skip
    planned = {c.name: c.amount for c in plan.budget.concepts} if plan.budget else {}
    for position, line in enumerate(budget.concepts, start=1):
        if line.name not in planned:
            report.add(
                shown,
                f"concepts[{position}].name",
                f"'{line.name}' no es un concepto del presupuesto del plan '{plan.slug}'; "
                f"se espera uno de: {_one_of(planned)}",
            )
        elif planned[line.name] != line.assigned:
            report.warn(
                shown,
                f"concepts[{position}].assigned",
                f"el asignado ({money(line.assigned)}) no es el monto del plan "
                f"({money(planned[line.name])}). Se publica así y la página lo señala",
            )


def check_campaign(campaign, report, shown: str) -> None:
    """A piece's gallery photo must be one of that gallery's photos."""
    for position, piece in enumerate(campaign.pieces, start=1):
        gallery = piece.gallery
        if gallery is None or not piece.gallery_photo:
            continue
        piece.photo = next(
            (p for p in gallery.photos if p.file == piece.gallery_photo), None
        )
        if piece.photo is None:
            report.add(
                shown,
                f"pieces[{position}].gallery_photo",
                f"la galería '{piece.gallery_ref}' no tiene la foto "
                f"'{piece.gallery_photo}'; se espera el nombre de una de sus fotos",
            )
