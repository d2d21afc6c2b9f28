"""The staff editor in headless Chromium, end to end (issue 18): the real
``python -m portal editor`` (decap-server in git mode) in a temporary git copy
of the portal; a bulletin with its image created through the form and a plan's
activity edited, each taken through Decap's workflow (Borrador → Listo →
publicado). The files written are byte for byte the content guide's examples,
pass ``portal check``, build, and are commits; the page loads nothing from
outside localhost."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from editor_browser_support import (
    ensure_node_modules,
    example_path,
    git,
    guide_example,
    make_repo,
    portal_command,
    start_editor,
)
from playwright.sync_api import expect

from conftest import ARTIFACTS
from content_schema.frontmatter import split_front_matter

# One editor for the module's tests (one worker): each still passes alone.
pytestmark = [pytest.mark.site, pytest.mark.xdist_group("editor")]

BULLETIN = "3.1 Boletín"
PLAN = "3.3 Plan (programa anual o de varios años)"
PLAN_FILE = "content/planes/plan-anual-comunicacion-e-imagen-2021.md"
OLD_NAME, NEW_NAME = '"Clips de video"', '"Clips de video y cápsulas"'
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def editor(site, tmp_path_factory):
    ensure_node_modules()
    bulletin = example_path(BULLETIN)
    meta = split_front_matter(guide_example(BULLETIN)).metadata
    image = str(Path(bulletin).parent / meta["image"]["src"])
    repo = tmp_path_factory.mktemp("editor") / "portal"
    make_repo(repo, site.path, remove=(bulletin, image))
    running = start_editor(repo)
    yield running
    running.stop()


@pytest.fixture
def admin(browser, editor):
    """A page at /admin/ logged in to the local backend, recording every request."""
    context = browser.new_context(
        viewport=DESKTOP, timezone_id="America/Mexico_City", locale="es-MX"
    )
    page = context.new_page()
    page.requests, page.errors = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("dialog", lambda dialog: dialog.accept())  # Decap's «¿Publicar?» confirm
    page.goto(f"{editor.url}/admin/")
    page.get_by_role("button", name="Iniciar sesión").click()
    expect(page.get_by_role("link", name="Boletín", exact=True)).to_be_visible(
        timeout=30_000
    )
    yield page
    context.close()


def field(page, name: str, nth: int = 0):
    """Decap names each control «<field>-field-<n>»: our schema's field name."""
    return page.locator(f'[id^="{name}-field-"]').nth(nth)


def moment(value: str) -> str:
    return value.replace(" ", "T")


def type_body(page, body: str) -> None:
    editor = page.locator('[data-slate-editor="true"]').last
    editor.click()
    for number, line in enumerate(body.rstrip("\n").split("\n")):
        if number:
            page.keyboard.press("Enter")
        if line:
            page.keyboard.insert_text(line)


def save(page) -> None:
    page.get_by_role("button", name="Guardar").click()
    expect(page.get_by_text("Cambios guardados").first).to_be_visible(timeout=30_000)


def publish(page, repo: Path, branch: str) -> None:
    """A saved entry from Borrador to Listo, then «Publicar ahora»: Decap's workflow."""
    page.get_by_role("button", name=re.compile("^Estado")).click()
    page.get_by_role("menuitem", name="Listo").click()
    expect(page.get_by_role("button", name="Estado: Listo")).to_be_visible()
    page.wait_for_timeout(1000)  # the new status is stored on the branch
    page.get_by_role("button", name=re.compile("^Publicar")).click()
    now = page.get_by_role("menuitem", name="Publicar ahora")
    expect(now).to_be_visible()
    now.click()
    deadline = time.monotonic() + 120
    while branch in cms_branches(repo) and time.monotonic() < deadline:
        page.wait_for_timeout(500)
    assert branch not in cms_branches(repo), "no se publicó: " + " | ".join(page.errors)


def only_localhost(page) -> None:
    outside = [
        u for u in page.requests if not re.match(r"(https?://localhost[:/]|blob:|data:)", u)
    ]
    assert not outside, f"el editor pidió recursos de fuera: {outside[:5]}"


def cms_branches(repo: Path) -> list[str]:
    return [b.strip(" *") for b in git(repo, "branch", "--list", "cms/*").splitlines()]


def test_bulletin_with_image_through_the_form_is_the_guides_example(admin, editor, site):
    repo = editor.repo
    text = guide_example(BULLETIN)
    front = split_front_matter(text)
    meta, body = front.metadata, front.body
    path = Path(example_path(BULLETIN))
    photo = repo.parent / "foto" / Path(meta["image"]["src"]).name
    photo.parent.mkdir(exist_ok=True)
    photo.write_bytes(
        (Path(__file__).parent.parent / path.parent / meta["image"]["src"]).read_bytes()
    )

    page = admin
    page.goto(f"{editor.url}/admin/#/collections/boletines/new")
    field(page, "title").fill(meta["title"])
    field(page, "date").fill(moment(meta["date"]))
    field(page, "area").fill(site_area_label(meta["area"]))
    page.keyboard.press("Enter")
    field(page, "summary").fill(meta["summary"])
    for index, tag in enumerate(meta["tags"]):  # one input per tag: a tag may hold a comma
        page.get_by_role("button", name=re.compile("^Add temas", re.I)).click()
        page.locator('input[id^="tags-field-"]').nth(index).fill(tag)
    page.get_by_role("button", name="Elige una imagen").click()
    page.locator('input[type="file"]').set_input_files(str(photo))
    page.get_by_role("button", name="Confirmar selección").click()
    field(page, "alt").fill(meta["image"]["alt"])
    field(page, "credit").fill(meta["image"]["credit"])
    page.get_by_role("button", name=re.compile("^Add fe de erratas", re.I)).click()
    correction = meta["corrections"][0]
    when = str(correction["date"])  # a date alone: the picker's midnight, written back bare
    field(page, "date", 1).fill(moment(when) if " " in when else f"{when}T00:00")
    field(page, "text").fill(correction["text"])
    field(page, "modified").fill(moment(meta["modified"]))
    type_body(page, body.lstrip("\n"))

    preview = page.frame_locator("iframe").first
    expect(preview.locator("h1")).to_have_text(meta["title"])
    expect(preview.locator(".meta time")).to_have_text("10 de marzo de 2021")
    expect(preview.locator("figcaption")).to_have_text(f"Foto: {meta['image']['credit']}")
    expect(preview.locator(".prose li").first).to_contain_text("Jueves 11 de marzo:")
    ARTIFACTS.mkdir(exist_ok=True)
    field(page, "title").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "editor-boletin-formulario.png"))
    page.locator("iframe").first.screenshot(
        path=str(ARTIFACTS / "editor-boletin-vista-previa.png")
    )

    save(page)
    (branch,) = [b for b in cms_branches(repo) if b.startswith("cms/boletines/")]
    files = git(repo, "diff", "--name-only", "main", branch).split()
    written = next(f for f in files if f.endswith(".md"))
    assert re.fullmatch(r"content/boletines/2021/2021-03-10-[a-z0-9-]+\.md", written)
    draft = git(repo, "show", f"{branch}:{written}")
    assert "\nstatus: draft\n" in draft, "mientras está en el flujo, el archivo es borrador"
    assert f"content/boletines/2021/{meta['image']['src']}" in files

    publish(page, repo, branch)
    published = (repo / written).read_bytes()
    assert published == text.encode("utf-8")
    assert (repo / path.parent / meta["image"]["src"]).read_bytes() == photo.read_bytes()
    log = git(repo, "log", "--format=%s", "main")
    assert len(log.splitlines()) >= 3, log
    assert not git(repo, "status", "--porcelain").strip()
    only_localhost(page)

    # The name after the date comes from the title (Decap's slug); other sample
    # files name this bulletin by the guide's file name, so it goes there.
    if written != str(path):
        git(repo, "mv", written, str(path))
        git(repo, "commit", "-q", "-m", "Boletín con el nombre de archivo de la guía")
    check = portal_command(repo, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    built = build_copy(repo, site)
    slug = path.stem[len("2021-03-10-") :]
    assert (built / "boletines" / "2021" / slug / "index.html").is_file()


def test_a_plans_activity_edited_through_the_form_changes_only_that_line(admin, editor):
    repo = editor.repo
    before = (repo / PLAN_FILE).read_text(encoding="utf-8")
    assert before.count(OLD_NAME) == 1
    example = guide_example(PLAN)
    page = admin
    page.goto(f"{editor.url}/admin/#/collections/planes/entries/{Path(PLAN_FILE).stem}")
    expect(field(page, "title")).to_have_value(
        re.compile("Plan Anual 2021"), timeout=30_000
    )
    names = page.locator('[id^="name-field-"]')
    target = next(
        i for i in range(names.count()) if names.nth(i).input_value() == OLD_NAME.strip('"')
    )
    item = names.nth(target).locator("xpath=ancestor::div[contains(@class, 'ListItem')][1]")
    item.locator("[class*='TopBar'] button").first.click()  # list items open collapsed
    names.nth(target).fill(NEW_NAME.strip('"'))
    save(page)
    branch = f"cms/planes/{Path(PLAN_FILE).stem}"
    assert branch in cms_branches(repo)
    assert "\nstatus: draft\n" in git(repo, "show", f"{branch}:{PLAN_FILE}")
    publish(page, repo, branch)
    after = (repo / PLAN_FILE).read_text(encoding="utf-8")
    assert after == before.replace(OLD_NAME, NEW_NAME)
    # the guide shows the same file's head: the same bytes up to «history:»
    shown = example.split("\n---\n", 1)[0]
    assert after.startswith(
        shown.replace(OLD_NAME, NEW_NAME) if OLD_NAME in shown else shown
    )
    assert not git(repo, "status", "--porcelain").strip()
    assert PLAN_FILE in git(repo, "show", "--name-only", "--format=", "main")
    only_localhost(page)
    restore_the_guides_bulletin(repo)  # when the bulletin test ran elsewhere (or not yet)
    check = portal_command(repo, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def restore_the_guides_bulletin(repo: Path) -> None:
    """The copy starts without the guide's bulletin, for the form to write it;
    other sample files name it, so a check without it fails. Each test must
    pass alone (make test-order), so this one puts it back if it is missing."""
    from conftest import ROOT

    bulletin = example_path(BULLETIN)
    meta = split_front_matter(guide_example(BULLETIN)).metadata
    image = str(Path(bulletin).parent / meta["image"]["src"])
    missing = [p for p in (bulletin, image) if not (repo / p).exists()]
    for relative in missing:
        (repo / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, repo / relative)
    if missing:
        git(repo, "add", *missing)
        git(repo, "commit", "-q", "-m", "Restituye el boletín de la guía")


def site_area_label(key: str) -> str:
    import portal_settings
    from conftest import ROOT

    return portal_settings.load(str(ROOT / "pelicanconf.py"))["AREAS"][key]


def build_copy(repo: Path, site) -> Path:
    """Build the edited copy with the shared build's caches (nothing re-encoded)."""
    cache = site.path.parent / "cache"
    out = repo.parent / "construido"
    sets = {
        "CACHE_PATH": repo.parent / "cache-md",
        "IMAGES_CACHE_PATH": cache,
        "MEDIA_CACHE_PATH": cache / "medios",
        "PRINT_EDITION_CACHE_PATH": cache / "impresa",
    }
    args = ["build", "-q", "-s", "pelicanconf.py", "-o", str(out)]
    for name, value in sets.items():
        args += ["--set", f"{name}={value}"]
    done = portal_command(repo, *args)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def test_the_public_build_carries_no_admin_page(site):
    assert not (site.path / "admin").exists()
    assert not list(site.path.rglob("decap-cms.js"))
    assert "/admin/" not in site.text("sitemap.xml")
