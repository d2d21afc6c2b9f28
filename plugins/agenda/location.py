"""Where an event is, as calendars, maps and search engines need it.

Staff write the place's name and, optionally, its address; a calendar in a
newsroom two states away needs the city and state too, so those default to
the settings (AGENDA_CITY, AGENDA_STATE; None: the office's own address).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Location:
    name: str
    street: str = ""
    neighborhood: str = ""
    postal_code: str = ""
    city: str = ""
    state: str = ""
    country: str = ""
    geo: tuple[Decimal, Decimal] | None = None
    # The address as written in the file (no defaults): what the page shows.
    written: str = ""

    @property
    def calendar_text(self) -> str:
        """ICS LOCATION: name, street, colonia, C.P., city, state; a part the
        name already says («Casa de la Cultura, San Isidro del Monte») once."""
        postal = f"C.P. {self.postal_code}" if self.postal_code else ""
        parts = [self.name]
        seen = {piece.strip().casefold() for piece in self.name.split(",")}
        for part in (self.street, self.neighborhood, postal, self.city, self.state):
            if part and part.casefold() not in seen:
                parts.append(part)
                seen.add(part.casefold())
        return ", ".join(parts)

    @property
    def map_url(self) -> str:
        """OpenStreetMap at the coordinates, when the file gives them."""
        if self.geo is None:
            return ""
        lat, lon = self.geo
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}"


def location_of(meta, settings) -> Location:
    """The event's Location from its clean fields, with the default city/state."""
    address = meta.get("address") or {}
    office = settings["ORGANIZATION_ADDRESS"]
    postal = address.get("postal_code", "")
    written = [
        address.get("street", ""),
        address.get("neighborhood", ""),
        f"C.P. {postal}" if postal else "",
        address.get("city", ""),
        address.get("state", ""),
    ]
    return Location(
        name=meta.get("place", ""),
        street=address.get("street", ""),
        neighborhood=address.get("neighborhood", ""),
        postal_code=postal,
        city=address.get("city") or settings["AGENDA_CITY"] or office["locality"],
        state=address.get("state") or settings["AGENDA_STATE"] or office["region"],
        country=office["country"],
        geo=meta.get("geo"),
        written=", ".join(part for part in written if part),
    )
