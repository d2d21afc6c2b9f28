"""``datos/data.json``: the catalogue in the federal open data guide's terms.

The guide (Guía de Implementación de la Política de Datos Abiertos) follows
DCAT as the Project Open Data schema 1.1 writes it in JSON: a catalogue of
datasets, each with its distributions. Every field comes from a ``Dataset``
the producers added or from settings, so a new kind's datasets appear here by
being added the same way; ``modified`` is the content's own date, never the
build's, so an unchanged site writes the same file.
"""

from __future__ import annotations

SCHEMA = "https://project-open-data.cio.gov/v1.1/schema"
COUNTRIES = {"MX": "México"}


def contact(settings) -> tuple[str, str]:
    """(name, email) of who answers for the data."""
    chosen = settings["OPEN_DATA_CONTACT"]
    if chosen:
        return chosen["name"], chosen["email"]
    return settings["OFFICE_NAME"], settings["ORGANIZATION_EMAIL"]


def spatial(settings) -> str:
    address = settings["ORGANIZATION_ADDRESS"]
    country = COUNTRIES.get(address["country"], address["country"])
    return ", ".join(v for v in (address["locality"], address["region"], country) if v)


def distribution(dataset, data_file, portal: str) -> dict:
    entry = {
        "@type": "dcat:Distribution",
        "title": f"{data_file.label}: {dataset.title}",
        "downloadURL": f"{portal}/{data_file.url}",
        "mediaType": data_file.mime,
        "format": data_file.format,
        "byteSize": data_file.size,
    }
    dictionary = dataset.dictionary_of(data_file)
    if data_file.format == "CSV" and dictionary and data_file is not dictionary:
        entry["describedBy"] = f"{portal}/{dictionary.url}"
        entry["describedByType"] = dictionary.mime
    return entry


def catalogue(datasets, settings) -> dict:
    portal = settings["PORTAL_URL"]
    name, email = contact(settings)
    licence = settings["OPEN_DATA_LICENSE"]
    publisher = {"@type": "org:Organization", "name": settings["ORGANIZATION_NAME"]}
    place = spatial(settings)
    return {
        "@context": f"{SCHEMA}/catalog.jsonld",
        "@id": f"{portal}/datos/data.json",
        "@type": "dcat:Catalog",
        "conformsTo": SCHEMA,
        "describedBy": f"{SCHEMA}/catalog.json",
        "title": f"Datos abiertos: {settings['OFFICE_NAME']}",
        "license": licence["url"],
        "licenseTitle": licence["name"],
        "dataset": [
            {
                "@type": "dcat:Dataset",
                "identifier": f"{portal}/datos/#{d.slug}",
                "title": d.title,
                "description": d.description,
                "keyword": d.keywords,
                "modified": d.updated.isoformat() if d.updated else None,
                "publisher": publisher,
                "contactPoint": {
                    "@type": "vcard:Contact",
                    "fn": name,
                    "hasEmail": f"mailto:{email}",
                },
                "mbox": email,
                "accessLevel": "public",
                "license": licence["url"],
                "temporal": d.temporal,
                "spatial": place,
                "accrualPeriodicity": d.periodicity,
                "landingPage": f"{portal}/{d.page_url}",
                "language": ["es-MX"],
                "distribution": [distribution(d, f, portal) for f in d.files],
            }
            for d in datasets
        ],
    }
