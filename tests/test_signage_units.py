"""The office screens' logic without a site: which photo size fits, which
notices wait, what the worker keeps, and the notices setting's Spanish errors."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from conftest import ROOT
from images.picture import Picture
from images.recipe import Rendition
from portal_settings import SettingsErrors, command_line_overrides
from signage.generator import cached_files, version_of
from signage.notices import Notice
from signage.slides import fitting_photo, notices_to_show

pytestmark = pytest.mark.unit

MX = ZoneInfo("America/Mexico_City")
PELICANCONF = str(ROOT / "pelicanconf.py")


def picture() -> Picture:
    sizes = [
        Rendition(f"{w}.{ext}", "size", fmt, w, w * 3 // 4, 1000)
        for w in (480, 800, 1200)
        for fmt, ext in (("JPEG", "jpg"), ("WEBP", "webp"))
    ]
    crop = Rendition("tarjeta.jpg", "crop", "JPEG", 1200, 630, 1000)
    return Picture("Texto alternativo", "Crédito", "imagenes/boletines/2021/x", "",
                   (*sizes, crop))  # fmt: skip


@pytest.mark.parametrize(
    "limit, width", [(1200, 1200), (1199, 800), (800, 800), (320, 480)]
)
def test_the_widest_jpeg_not_wider_than_the_limit(limit, width):
    photo = fitting_photo(picture(), limit)
    assert photo.width == width and photo.url.endswith(f"/{width}.jpg")
    assert photo.alt == "Texto alternativo" and photo.credit == "Crédito"


def test_no_picture_no_photo():
    assert fitting_photo(None, 1200) is None


def test_ended_notices_are_dropped_and_future_ones_wait():
    now = dt.datetime(2021, 7, 10, 12, 0, tzinfo=MX)
    day = dt.timedelta(days=1)
    ended = Notice("Terminó", "", now - 2 * day, now - day)
    current = Notice("Vigente", "", now - day, now + day)
    later = Notice("Después", "", now + day, now + 2 * day)
    assert notices_to_show([ended, current, later], now) == [current, later]
    assert current.shown_at(now) and not later.shown_at(now)
    assert not Notice("Justo", "", now - day, now).shown_at(now)  # end is exclusive


def test_the_worker_keeps_the_page_its_state_and_every_local_file():
    html = (
        '<link href="../static/css/signage.abc.css"><script src="../static/js/s.js">'
        '</script><img src="../imagenes/a/1200.jpg"><img src="../imagenes/a/1200.jpg">'
        '<a href="https://otro.example/x.jpg">'
    )
    assert cached_files(html) == [
        "./", "estado.json", "../imagenes/a/1200.jpg", "../static/css/signage.abc.css",
        "../static/js/s.js",
    ]  # fmt: skip
    assert version_of(html) == version_of(html) != version_of(html + " ")
    published = html.replace('"../', '"https://portal.example/')
    assert cached_files(published, "https://portal.example") == cached_files(html)


def test_a_notice_that_ends_before_it_starts_is_named_in_spanish():
    value = (
        '[{"title": "Corte de agua", "text": "Colonia Centro", '
        '"start": "2021-07-15 16:00", "end": "2021-07-15 08:00"}]'
    )
    with pytest.raises(SettingsErrors) as excinfo:
        command_line_overrides(PELICANCONF, [f"SIGNAGE_NOTICES={value}"])
    (problem,) = [str(p) for p in excinfo.value.problems]
    assert problem == (
        "--set: SIGNAGE_NOTICES: elemento 1: termina (2021-07-15 08:00) antes de "
        "empezar (2021-07-15 16:00); se espera end posterior a start"
    )


def test_a_notice_without_its_text_is_named_in_spanish():
    value = '[{"title": "Corte de agua", "start": "2021-07-15", "end": "2021-07-16"}]'
    with pytest.raises(SettingsErrors) as excinfo:
        command_line_overrides(PELICANCONF, [f"SIGNAGE_NOTICES={value}"])
    (problem,) = [str(p) for p in excinfo.value.problems]
    assert problem.startswith("--set: SIGNAGE_NOTICES: elemento 1: falta la clave text")
