"""Camera-like EXIF on purpose: privacy test data the site must strip.

GPS, make, model, body serial number, artist and capture time, so the tests
can prove the image pipeline removes every one of them.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import ExifTags, Image
from PIL.TiffImagePlugin import IFDRational


def dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    """Degrees, minutes and seconds as EXIF GPS rationals (sign goes in the Ref tag)."""
    value = abs(value)
    deg = int(value)
    minutes_full = (value - deg) * 60
    minutes = int(minutes_full)
    seconds = round((minutes_full - minutes) * 60 * 100)
    return IFDRational(deg, 1), IFDRational(minutes, 1), IFDRational(seconds, 100)


def camera_exif(taken: dt.datetime, rng: random.Random, orientation: int) -> Image.Exif:
    lat = 20.5 + rng.uniform(-0.04, 0.04)
    lon = -103.3 + rng.uniform(-0.04, 0.04)
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")

    exif = Image.Exif()
    base = ExifTags.Base
    exif[base.Make] = "Canon"
    exif[base.Model] = "EOS 90D"
    # The tag is ASCII in TIFF; Pillow would turn accents into «?», so it is
    # written as UTF-8 bytes, as exiftool and many cameras do.
    exif[base.Artist] = "Juan Pérez (cámara personal)".encode()
    exif[base.DateTime] = stamp
    exif[base.Orientation] = orientation

    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[base.DateTimeOriginal] = stamp
    sub[base.DateTimeDigitized] = stamp
    sub[base.BodySerialNumber] = "0123456789"  # 0xA431

    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    g = ExifTags.GPS
    gps[g.GPSVersionID] = b"\x02\x03\x00\x00"
    gps[g.GPSLatitudeRef] = "N" if lat >= 0 else "S"
    gps[g.GPSLatitude] = dms(lat)
    gps[g.GPSLongitudeRef] = "W" if lon < 0 else "E"
    gps[g.GPSLongitude] = dms(lon)
    gps[g.GPSAltitudeRef] = 0
    gps[g.GPSAltitude] = IFDRational(1540 + rng.randint(0, 60), 1)
    gps[g.GPSDateStamp] = taken.strftime("%Y:%m:%d")
    return exif
