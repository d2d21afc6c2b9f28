"""Read the publicity files into models, with the checks one file allows.

Field types check each value (catalogues, RFC, amounts, dates); here are the
checks that need the whole file: dates in order and inside the contract's
fiscal year, paid never above the total without an amendment, a provider
that is a company or a person, a quarter that is its file's. Checks across
files (a contract's campaign and budget concept) are in checks.py.
"""

from __future__ import annotations

import os
import re

from content_schema.models import from_clean
from content_schema.publicity_schemas import PROCEDURES
from content_schema.reader import slug_from_filename
from content_schema.reading import read_content
from presentation.numbers import money

from .model import (
    AirSpot,
    AirTime,
    Amendment,
    BudgetLine,
    Campaign,
    CommunicationBudget,
    Contract,
    Invoice,
    Partida,
    Piece,
    Provider,
)
from .propaganda import campaign_veda, check_persons


def _day(value):
    return value.date() if value is not None and hasattr(value, "date") else value


def _days(record: dict, *names) -> dict:
    """A record's dates as dates (the schema's DateTime gives datetimes)."""
    return {**record, **{n: _day(record[n]) for n in names if n in record}}


def _common(read, path, settings, markdown) -> dict:
    return {
        "source_path": path,
        "slug": slug_from_filename(path, settings),
        "body_html": read.html(markdown, settings),
        "valid": read.ok,
    }


def load_campaign(path, settings, report, markdown) -> Campaign | None:
    read = read_content(path, "campaign", settings, report)
    if read is None:
        return None
    meta = _days(read.clean, "start", "end")
    start, end = meta.get("start"), meta.get("end")
    if start is None or end is None:
        return None
    if end < start:
        read.add("end", f"termina ({end}) antes de empezar ({start}); se espera una "
                 "fecha de término igual o posterior al inicio")  # fmt: skip
    pieces = []
    for position, item in enumerate(meta.get("pieces") or (), start=1):
        piece = from_clean(Piece, _days(item, "start", "end"))
        where = f"pieces[{position}]"
        for name, day in (("start", piece.start), ("end", piece.end)):
            if day is not None and not start <= day <= end:
                read.add(f"{where}.{name}", f"la fecha {day} está fuera de la campaña "
                         f"(del {start} al {end}); se espera una fecha dentro de ella")  # fmt: skip
        if "media" in meta and piece.medium and piece.medium not in meta["media"]:
            read.add(f"{where}.medium", f"el medio '{piece.medium}' no está en media de "
                     f"la campaña ({', '.join(meta.get('media', ()))}); agréguelo a media "
                     "o corrija el medio de la pieza")  # fmt: skip
        if piece.gallery_photo and not piece.gallery_ref:
            read.add(f"{where}.gallery_photo", "nombra una foto sin galería; se espera "
                     "también gallery con el nombre de la carpeta de la galería")  # fmt: skip
        pieces.append(piece)
    campaign = from_clean(
        Campaign,
        meta,
        **_common(read, path, settings, markdown),
        pieces=tuple(pieces),
        media=tuple(meta.get("media", ())),
        area_name=settings["AREAS"].get(meta.get("area"), ""),
    )
    campaign.veda = campaign_veda(campaign, settings, read)
    check_persons(campaign, settings, read)
    campaign.valid = read.ok
    return campaign


def load_provider(path, settings, report, markdown) -> Provider | None:
    read = read_content(path, "provider", settings, report)
    if read is None:
        return None
    meta = read.clean
    person = [n for n in ("given_names", "first_surname", "second_surname") if n in meta]
    rfc = meta.get("rfc", "")
    if "company" in meta and person:
        read.add(person[0], "el proveedor tiene razón social (company) y también nombre "
                 "de persona; se espera company para una persona moral, o given_names, "
                 "first_surname y second_surname para una persona física")  # fmt: skip
    elif "company" not in meta and not {"given_names", "first_surname"} <= set(person):
        read.add("company", "falta quién es el proveedor; se espera company (razón "
                 "social) o given_names y first_surname (persona física)")  # fmt: skip
    elif rfc and "company" in meta and len(rfc) != 12:
        read.add("rfc", f"'{rfc}' tiene {len(rfc)} caracteres, como el de una persona "
                 "física, pero el proveedor es una empresa (company); se espera el RFC "
                 "de 12 caracteres de la persona moral")  # fmt: skip
    elif rfc and "company" not in meta and len(rfc) != 13:
        read.add("rfc", f"'{rfc}' tiene {len(rfc)} caracteres, como el de una empresa, "
                 "pero el proveedor es una persona física; se espera el RFC de 13 "
                 "caracteres de la persona")  # fmt: skip
    return from_clean(
        Provider,
        meta,
        **_common(read, path, settings, markdown),
        procedure_name=PROCEDURES.get(meta.get("procedure"), ""),
    )


def _in_year(read, name: str, day, year: int, signed) -> None:
    if day is not None and day.year != year:
        read.add(name, f"la fecha {day} está fuera del ejercicio {year} del contrato "
                 f"(firmado el {signed}); se espera una fecha de {year}")  # fmt: skip


def load_contract(path, settings, report, markdown) -> Contract | None:
    read = read_content(path, "contract", settings, report)
    if read is None:
        return None
    meta = _days(read.clean, "signed", "service_start", "service_end")
    signed, first, last = (
        meta.get("signed"),
        meta.get("service_start"),
        meta.get("service_end"),
    )
    if signed is None or first is None or last is None:
        return None
    year = signed.year
    if last < first:
        read.add("service_end", f"el servicio termina ({last}) antes de empezar ({first}); "
                 "se espera una fecha de término igual o posterior al inicio")  # fmt: skip
    _in_year(read, "service_start", first, year, signed)
    _in_year(read, "service_end", last, year, signed)
    amendments = [
        from_clean(Amendment, _days(a, "date")) for a in meta.get("amendments") or ()
    ]
    invoices = [from_clean(Invoice, _days(i, "date")) for i in meta.get("invoices") or ()]
    for position, amendment in enumerate(amendments, start=1):
        if amendment.date < signed:
            read.add(f"amendments[{position}].date", f"el convenio ({amendment.date}) es "
                     f"anterior a la firma del contrato ({signed}); se espera una fecha "
                     "posterior a la firma")  # fmt: skip
    for position, invoice in enumerate(invoices, start=1):
        if invoice.date < signed:
            read.add(f"invoices[{position}].date", f"la factura ({invoice.date}) es "
                     f"anterior a la firma del contrato ({signed}); se espera una fecha "
                     "posterior a la firma")  # fmt: skip
        else:
            _in_year(read, f"invoices[{position}].date", invoice.date, year, signed)
    numbers = [invoice.number for invoice in invoices]
    for number in sorted({n for n in numbers if numbers.count(n) > 1}):
        read.add("invoices", f"la factura '{number}' aparece más de una vez; se espera "
                 "cada factura una sola vez")  # fmt: skip
    contract = from_clean(
        Contract,
        meta,
        **_common(read, path, settings, markdown),
        campaigns_ref=tuple(meta.get("campaigns", ())),
        amendments=tuple(amendments),
        invoices=tuple(invoices),
    )
    if "total" in meta and "paid" in meta:
        _check_amounts(contract, read)
    contract.valid = read.ok
    return contract


def _check_amounts(contract: Contract, read) -> None:
    """Paid and invoiced never above the total in force; paid against invoices."""
    total, paid = contract.current_total, contract.paid
    if paid > total:
        if contract.amendments:
            said = (f"es mayor que el monto del último convenio modificatorio "
                    f"({money(total)}); se espera un pago no mayor a ese monto")  # fmt: skip
        else:
            said = (f"es mayor que el monto total del contrato ({money(total)}) y no hay "
                    "convenio modificatorio; se espera un pago no mayor al total, o el "
                    "convenio con el nuevo total en amendments")  # fmt: skip
        read.add("paid", f"lo pagado ({money(paid)}) {said}")
    invoiced = contract.invoiced
    if invoiced > total:
        read.add("invoices", f"las facturas suman {money(invoiced)}, más que el monto "
                 f"del contrato ({money(total)}); se espera que no lo pasen (¿falta el "
                 "convenio modificatorio?)")  # fmt: skip
    elif contract.invoices and invoiced != paid:
        read.report.warn(read.shown, "paid", f"lo pagado declarado ({money(paid)}) no "
                         f"coincide con la suma de las facturas ({money(invoiced)}); "
                         "diferencia: " + money(paid - invoiced) + ". Se publica así "
                         "y la página lo señala")  # fmt: skip


def load_budget(path, settings, report, markdown) -> CommunicationBudget | None:
    read = read_content(path, "publicity_budget", settings, report)
    if read is None:
        return None
    meta = read.clean
    slug = slug_from_filename(path, settings)
    if "year" in meta and slug != str(meta["year"]):
        read.add("year", f"el presupuesto es de {meta['year']} pero el archivo se llama "
                 f"{os.path.basename(path)}; se espera {meta['year']}.md")  # fmt: skip
    lines, seen = [], set()
    for position, item in enumerate(meta.get("concepts") or (), start=1):
        line = from_clean(BudgetLine, item,
                          partidas=tuple(from_clean(Partida, p) for p in item.get("partidas") or ()))  # fmt: skip
        if line.name in seen:
            read.add(f"concepts[{position}].name", f"el concepto '{line.name}' aparece "
                     "más de una vez; se espera cada concepto una sola vez")  # fmt: skip
        seen.add(line.name)
        lines.append(line)
    if "year" not in meta:
        return None
    return from_clean(CommunicationBudget, meta, **_common(read, path, settings, markdown),
                      concepts=tuple(lines), validated=_day(meta.get("validated")))  # fmt: skip


_QUARTER_FILE = re.compile(r"^(?P<year>\d{4})-t(?P<quarter>[1-4])$")


def load_air_time(path, settings, report, markdown) -> AirTime | None:
    read = read_content(path, "air_time", settings, report)
    if read is None:
        return None
    meta = read.clean
    slug = os.path.splitext(os.path.basename(path))[0]
    year, quarter = meta.get("year"), meta.get("quarter")
    if quarter is not None and not 1 <= quarter <= 4:
        read.add("quarter", f"el trimestre {quarter} no existe; se espera 1, 2, 3 o 4")
    elif year and quarter and slug != f"{year}-t{quarter}":
        read.add("(archivo)", f"el nombre no sirve; se espera {year}-t{quarter}.md "
                 "(el año y el trimestre del informe)")  # fmt: skip
    spots = [from_clean(AirSpot, _days(s, "start", "end")) for s in meta.get("spots") or ()]
    if meta.get("applies") is False:
        if "reason" not in meta:
            read.add("reason", "falta la razón de «no aplica»; se espera reason con por "
                     "qué no hubo tiempos oficiales en el trimestre")  # fmt: skip
        if spots:
            read.add("spots", "el trimestre dice applies: false pero lista spots; se "
                     "espera una cosa o la otra")  # fmt: skip
    elif meta.get("applies") and not spots:
        read.add("spots", "el trimestre dice applies: true pero no lista spots; se espera "
                 "cada uso de tiempo oficial en spots, o applies: false con reason")  # fmt: skip
    if year is None or quarter is None:
        return None
    common = {**_common(read, path, settings, markdown), "slug": slug}
    return from_clean(AirTime, meta, **common, spots=tuple(spots))
