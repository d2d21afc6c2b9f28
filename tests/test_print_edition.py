"""The printed monthly edition, read back from its PDFs as a print shop and a
reader would: pages, masthead, every bulletin's title, contents that point to
the right page, fonts embedded, the photos, what is held never printed, the
archive page with real sizes, the same bytes from the same content, and a PDF
made again only when its month changes."""

from __future__ import annotations

import datetime as dt
import re
import runpy
import shutil
import subprocess
import unicodedata
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from pypdf import PdfReader

from conftest import ROOT, Site, run_build, sample_bulletins
from presentation.numbers import file_size

pytestmark = pytest.mark.site

SETTINGS = runpy.run_path(str(ROOT / "pelicanconf.py"))
MX = ZoneInfo("America/Mexico_City")
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


def words(text: str) -> str:
    """Text as a reader sees it: ligatures undone, lines joined."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(reader: PdfReader) -> list[str]:
    return [words(page.extract_text()) for page in reader.pages]


def printable(bulletin) -> bool:
    """Published, and not propaganda dated inside the sample's veda."""
    meta = bulletin.meta
    day = dt.date.fromisoformat(str(meta["date"])[:10])
    in_veda = any(
        dt.date.fromisoformat(v["start"]) <= day <= dt.date.fromisoformat(v["end"])
        for v in SETTINGS["VEDAS"]
    )
    held = meta.get("propaganda") and meta["area"] not in SETTINGS["VEDA_ALLOWED_AREAS"]
    return bulletin.published and not (held and in_veda)


def sample_months() -> dict[tuple[int, int], list]:
    months: dict[tuple[int, int], list] = {}
    for bulletin in sample_bulletins():
        date = str(bulletin.meta["date"])
        key = (int(date[:4]), int(date[5:7]))
        months.setdefault(key, [])
        if printable(bulletin):
            months[key].append(bulletin)
    return months


def pdf_of(site: Site, year: int, month: int) -> PdfReader:
    return PdfReader(site.file(f"edicion-impresa/{year}/{month:02d}/edicion-impresa-{year}-{month:02d}.pdf"))


def test_each_month_has_an_edition_with_masthead_titles_and_metadata(site):
    months = sample_months()
    first = min(months)
    for (year, month), bulletins in months.items():
        reader = pdf_of(site, year, month)
        texts = page_texts(reader)
        number = (year - first[0]) * 12 + month - first[1] + 1
        month_name = f"{MONTHS[month - 1]} de {year}"
        cover = texts[0]
        assert SETTINGS["PRINT_EDITION_TITLE"] in cover
        assert SETTINGS["OFFICE_NAME"].upper() in cover.upper()  # set in capitals
        assert f"NÚM. {number}" in cover.upper() and month_name.upper() in cover.upper()
        whole = " ".join(texts)
        for bulletin in bulletins:
            assert words(bulletin.meta["title"]) in whole, (month, bulletin.meta["title"])
        # folios: every page says its number and the total
        total = len(reader.pages)
        assert total % 2 == 0, "the back page falls on a left-hand page"
        for index, text in enumerate(texts, 1):
            if text != str(index):  # a page left blank carries only its folio
                assert f"Página {index} de {total}" in text
        # the back page: the office's contact
        back = texts[-1]
        for value in (SETTINGS["ORGANIZATION_PHONE"], SETTINGS["ORGANIZATION_EMAIL"],
                      SETTINGS["ORGANIZATION_ADDRESS"]["street"], SETTINGS["PRESS_CONTACT"]["name"]):  # fmt: skip
            assert value in back
        # metadata: title and author from the settings, the content's own date
        meta = reader.metadata
        assert meta.title.startswith(SETTINGS["PRINT_EDITION_TITLE"])
        assert f"núm. {number}" in meta.title
        assert meta.author.startswith(SETTINGS["OFFICE_NAME"])
        last = max(
            dt.datetime.fromisoformat(str(b.meta["date"])).replace(tzinfo=MX) for b in bulletins
        )
        assert meta.creation_date == last and meta.modification_date == last


def test_the_contents_list_names_the_page_each_bulletin_starts_on(site):
    reader = pdf_of(site, 2021, 2)
    texts = page_texts(reader)
    cover = reader.pages[0].extract_text()
    entries = re.findall(r"\.{3,}\s*(\d+)", cover)
    bulletins = sample_months()[(2021, 2)]
    assert len(entries) == len(bulletins)
    by_date = sorted(bulletins, key=lambda b: str(b.meta["date"]))
    for bulletin, page in zip(by_date, entries, strict=True):
        assert words(bulletin.meta["title"]) in texts[int(page) - 1]


def test_fonts_are_embedded_and_photos_printed_without_camera_data(site):
    for (year, month), bulletins in sample_months().items():
        reader = pdf_of(site, year, month)
        fonts = {}
        images = {}
        for page in reader.pages:
            resources = page["/Resources"]
            for ref in resources.get("/Font", {}).values():
                font = ref.get_object()
                assert font["/Subtype"] != "/Type3", "a font drawn as pictures"
                if font["/Subtype"] == "/Type0":
                    font = font["/DescendantFonts"][0].get_object()
                descriptor = font["/FontDescriptor"].get_object()
                fonts[font["/BaseFont"]] = any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
            for ref in resources.get("/XObject", {}).values():
                xobject = ref.get_object()
                if xobject["/Subtype"] == "/Image":
                    images[ref.idnum] = xobject
        assert fonts and all(fonts.values()), fonts
        assert {re.sub(r"^/[A-Z]{6}\+", "", str(f)) for f in fonts} >= {"Edicion-Serif", "Edicion-Sans-Bold"}
        with_photo = [b for b in bulletins if b.meta.get("image")]
        assert len(images) >= len(with_photo), (month, len(images))
        for xobject in images.values():
            assert xobject["/Filter"] == "/DCTDecode"  # the JPEG of the pipeline, as it is
            data = xobject._data
            assert b"Exif" not in data[:4096] and b"GPS" not in data


def test_held_bulletins_never_print(tmp_path):
    """Preview builds show held bulletins with a notice; the paper never has them."""
    folder = tmp_path / "content" / "boletines" / "2021"
    folder.mkdir(parents=True)
    items = [
        ("2021-03-10", "salud", False, "Marzo de servicio"),
        ("2021-03-20", "obras-publicas", True, "Marzo de propaganda"),
        ("2021-04-20", "obras-publicas", True, "Abril de propaganda en veda"),
        ("2021-04-21", "salud", True, "Abril de salud en veda"),
        ("2021-04-22", "cultura", False, "Abril de servicio"),
    ]
    for day, area, propaganda, title in items:
        (folder / f"{day}-nota-{day[5:]}.md").write_text(
            f'---\ntitle: "{title}"\ndate: {day} 10:00\narea: {area}\n'
            f'summary: "Resumen de {title.lower()}."\n'
            + ("propaganda: true\n" if propaganda else "")
            + f"---\n\nTexto de {title.lower()}.\n",
            encoding="utf-8",
        )

    def build(now, name):
        result = run_build(tmp_path / name, content=tmp_path / "content",
                           cache=tmp_path / f"{name}-cache", sets={"EMBARGO_NOW": now},
                           extra=("--verify",))  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        return Site(tmp_path / name)

    during = build("2021-04-10T10:00", "veda")
    march = " ".join(page_texts(pdf_of(during, 2021, 3)))
    assert "Marzo de servicio" in march and "propaganda" not in march
    assert not during.file("edicion-impresa/2021/04").exists()  # April has not ended
    listed = during.html("edicion-impresa/").select(".print-editions > li")
    assert len(listed) == 1

    after = build("2021-07-01T10:00", "despues")
    march = " ".join(page_texts(pdf_of(after, 2021, 3)))
    assert "Marzo de propaganda" in march  # the veda is over: it was published
    april = " ".join(page_texts(pdf_of(after, 2021, 4)))
    assert "Abril de servicio" in april and "Abril de salud en veda" in april
    assert "Abril de propaganda en veda" not in april  # April's paper went out in the veda


def test_archive_page_lists_each_edition_with_its_real_pages_and_size(site):
    page = site.html("edicion-impresa/")
    listed = page.select(".print-editions > li")
    assert len(listed) == len(sample_months())
    for item in listed:
        link = item.select_one("a[type='application/pdf']")
        pdf = site.file(link["href"].lstrip("./"))
        meta = item.select_one(".meta").get_text(" ", strip=True)
        pages = len(PdfReader(pdf).pages)
        assert f"{pages} páginas" in meta
        assert f"(PDF, {file_size(pdf.stat().st_size)})" in link.get_text()
        titles = [li.get_text(strip=True) for li in item.select("details li")]
        assert titles and all(t in " ".join(page_texts(PdfReader(pdf))) for t in titles)
    footer = site.html("").select_one(".site-footer")
    assert footer.find("a", string="Edición impresa")["href"].endswith("edicion-impresa/")


def _two_months(tmp_path):
    content = tmp_path / "content"
    folder = content / "boletines" / "2021"
    (folder / "imagenes").mkdir(parents=True)
    for name in ("2021-01-16-premiacion-concurso-cortometraje", "2021-02-15-vacunacion-adultos-mayores"):
        source = ROOT / "content" / "boletines" / "2021" / f"{name}.md"
        text = source.read_text(encoding="utf-8").replace("gallery:", "# gallery:")
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
        shutil.copy(ROOT / "content" / "boletines" / "2021" / "imagenes" / f"{name}.jpg", folder / "imagenes")
    return content


def _pdfs(folder):
    return sorted(folder.rglob("*.pdf"))


def test_same_content_same_bytes_and_a_month_is_made_again_only_when_it_changes(tmp_path):
    content = _two_months(tmp_path)

    def build(name, print_cache):
        result = run_build(tmp_path / name, content=content, cache=tmp_path / f"{name}-cache",
                           sets={"PRINT_EDITION_CACHE_PATH": str(tmp_path / print_cache)},
                           extra=("--verify",))  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        return tmp_path / name / "edicion-impresa"

    first, second = build("uno", "impresa-1"), build("dos", "impresa-2")
    january = "2021/01/edicion-impresa-2021-01.pdf"
    february = "2021/02/edicion-impresa-2021-02.pdf"
    for name in (january, february):  # two cold builds: the same bytes
        assert (first / name).read_bytes() == (second / name).read_bytes()
    assert len(_pdfs(tmp_path / "impresa-1")) == 2

    before = (first / february).stat()
    source = content / "boletines" / "2021" / "2021-01-16-premiacion-concurso-cortometraje.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nPárrafo agregado al cierre.\n", encoding="utf-8")
    build("uno", "impresa-1")
    assert len(_pdfs(tmp_path / "impresa-1")) == 3  # January's new PDF, and only it
    after = (first / february).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert "Párrafo agregado al cierre." in " ".join(page_texts(PdfReader(first / january)))


def test_two_pages_as_pictures(site, tmp_path):
    """pdftoppm draws the cover and an inside page: the masthead in the
    office's colour at the top, and a photo (many colours) on the cover."""
    pdf = site.file("edicion-impresa/2021/02/edicion-impresa-2021-02.pdf")
    pdftoppm = shutil.which("pdftoppm")  # poppler-utils: tests/install-deps.sh
    assert pdftoppm, "falta pdftoppm (paquete de Debian poppler-utils)"
    subprocess.run([pdftoppm, "-r", "50", "-png", "-f", "1", "-l", "2", str(pdf),
                    str(tmp_path / "pagina")], check=True)  # fmt: skip
    cover = Image.open(tmp_path / "pagina-1.png").convert("RGB")
    inside = Image.open(tmp_path / "pagina-2.png").convert("RGB")
    width, height = cover.size
    assert (width, height) == (425, 550)  # letter paper at 50 dpi
    top = cover.crop((0, 0, width, height // 8))
    guinda = sum(1 for r, g, b in top.get_flattened_data() if 80 < r < 130 and g < 60 and 30 < b < 80)
    assert guinda > 200, "the masthead's name in guinda"
    middle = cover.crop((0, height // 3, width, 2 * height // 3))
    assert len(set(middle.get_flattened_data())) > 500, "a photo on the cover"
    assert len(set(inside.get_flattened_data())) > 50  # an inside page with text, not blank
