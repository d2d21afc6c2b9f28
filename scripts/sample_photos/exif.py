"""Camera-like EXIF on purpose: privacy test data the site must strip.

Written as a phone or camera would: GPS position and altitude, make, model,
body serial number, the photographer's personal name as artist, capture
time, a description, and the Orientation tag (1, 3 or 6). Same approach as
``sample_images.exif`` for the bulletin cards.
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


def camera_exif(
    taken: dt.datetime,
    rng: random.Random,
    orientation: int,
    *,
    make: str,
    model: str,
    gps: tuple[float, float, float],
) -> Image.Exif:
    """EXIF for one photo; gps is the event's (lat, lon, altitude), jittered a few metres."""
    lat = gps[0] + rng.uniform(-0.00025, 0.00025)
    lon = gps[1] + rng.uniform(-0.00025, 0.00025)
    alt = gps[2] + rng.uniform(-3, 3)
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")

    exif = Image.Exif()
    base = ExifTags.Base
    exif[base.Make] = make
    exif[base.Model] = model
    exif[base.Software] = "14.4" if make == "Apple" else "Firmware Version 1.1.1"
    exif[base.ImageDescription] = "Foto de Juan"
    # The tag is ASCII in TIFF; Pillow would turn accents into «?», so it is
    # written as UTF-8 bytes, as exiftool and many cameras do.
    exif[base.Artist] = "Juan Pérez (cámara personal)".encode()
    exif[base.DateTime] = stamp
    exif[base.Orientation] = orientation

    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[base.DateTimeOriginal] = stamp
    sub[base.DateTimeDigitized] = stamp
    sub[base.OffsetTimeOriginal] = "-06:00"
    sub[base.BodySerialNumber] = "0123456789"  # 0xA431
    sub[base.ISOSpeedRatings] = rng.choice([100, 200, 400, 800, 1600, 3200])

    g = ExifTags.GPS
    gpsd = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gpsd[g.GPSVersionID] = b"\x02\x03\x00\x00"
    gpsd[g.GPSLatitudeRef] = "N" if lat >= 0 else "S"
    gpsd[g.GPSLatitude] = dms(lat)
    gpsd[g.GPSLongitudeRef] = "W" if lon < 0 else "E"
    gpsd[g.GPSLongitude] = dms(lon)
    gpsd[g.GPSAltitudeRef] = 0
    gpsd[g.GPSAltitude] = IFDRational(round(alt * 10), 10)
    utc = taken + dt.timedelta(hours=6)  # central Mexico, UTC-6 in 2021's winter
    gpsd[g.GPSTimeStamp] = (
        IFDRational(utc.hour, 1),
        IFDRational(utc.minute, 1),
        IFDRational(utc.second, 1),
    )
    gpsd[g.GPSDateStamp] = utc.strftime("%Y:%m:%d")
    return exif
