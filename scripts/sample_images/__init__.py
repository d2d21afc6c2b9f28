"""Sample images for the 2021 bulletins, generated with Pillow.

Each image is an institutional card like the ones the town's press office
posts on social media: 1600×900, background in the area's colour, a simple
pictogram, the short headline and a footer band with the town hall's name.

PRIVACY TEST DATA: on purpose, every JPEG carries EXIF as if a camera had
written it (GPS, make, model, body serial number, artist and capture time).
Three images also carry Orientation = 6 with their pixels stored rotated. The
site's image pipeline must strip all of it and straighten the photos; the
tests check that against these files.

The output is deterministic: randomness comes from a generator seeded per
file, so running it again writes the same bytes.

Modules, one job each: ``cards`` (which files to make), ``palette`` (colours),
``pen`` (drawing primitives), ``pictograms``, ``card`` (composition),
``exif`` (fake camera metadata) and ``generate`` (writes the files).
"""
