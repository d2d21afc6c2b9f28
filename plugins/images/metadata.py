"""The only metadata a published photo carries: credit and rights.

Written as EXIF (UTF-8, as exiftool does: Pillow would turn accents into '?')
and as XMP, which photo desks' tools read. Nothing from the camera survives:
no GPS, serial number, owner or maker notes.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from PIL import Image

ARTIST = 0x013B
COPYRIGHT = 0x8298
ORIENTATION = 0x0112


def public_exif(credit: str, copyright_text: str, orientation: int | None = None) -> bytes:
    exif = Image.Exif()
    exif[ARTIST] = credit.encode("utf-8")
    exif[COPYRIGHT] = copyright_text.encode("utf-8")
    if orientation and orientation != 1:
        exif[ORIENTATION] = orientation
    return exif.tobytes()


def public_xmp(credit: str, copyright_text: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
        f"<photoshop:Credit>{escape(credit)}</photoshop:Credit>"
        f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{escape(copyright_text)}'
        "</rdf:li></rdf:Alt></dc:rights>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="r"?>'
    ).encode()
