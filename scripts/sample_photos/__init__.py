"""Sample photo galleries for 2021, rendered procedurally with Pillow.

Five event galleries (award ceremony, council session, reforestation,
vaccination, cultural market) as a press office's photographer would file
them: photos of 2400×1600 (a few portrait), plus ``index.md`` and the
``fotos.yml`` sidecar with captions and alt texts.

The photos are meant to read as photographs at a glance: perspective from
a pinhole camera (``space``), figures (``people``, ``figure``,
``figure_parts``, ``poses``), things and surfaces (``props``, ``lights``,
``nature``, ``plants``, ``room``, ``texture``), and a lens and sensor
(``lens``: depth of field, haze, bloom, vignetting, tone curve, grain).

Texts and shot list: ``catalog`` (galleries) and ``captions`` (photos);
``generate`` renders, adds EXIF (``exif``) and writes ``sidecar`` files.
One scene module per event (``teatro``, ``cabildo``, ``cerro``, ``vacuna``,
``tianguis``), each with its setting in a helper module (``escenario``,
``sala_cabildo``, ``monte``, ``deportiva``, ``plaza``/``feria``).

PRIVACY TEST DATA: on purpose, every JPEG carries EXIF as a camera or
phone writes it (GPS, make, model, body serial number, the photographer's
name, capture time, description). Ten photos are stored rotated with
Orientation 6 and one upside down with Orientation 3. The site's image
pipeline must strip the metadata and show every photo upright.

Deterministic: each photo has its own seeded generator and no other source
of randomness, so running it again writes the same bytes.
"""
