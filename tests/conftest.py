"""Shared fixtures: real builds of the sample site, served on loopback."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from cache_seeds import copy_entries, remove_entries
from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent

PORTAL_URL = "https://comunicacion.sanisidrodelmonte.gob.mx"
ARTIFACTS = ROOT / "tests" / "artifacts"
# Converted video and audio are keyed by their content (plugins/media): the
# sample's recordings are converted once per session (xdist workers inherit
# the folder), not once per build. Tests of the conversion pass their own
# MEDIA_CACHE_PATH.
MEDIA_CACHE = os.environ.setdefault(
    "PORTAL_TEST_MEDIA_CACHE", tempfile.mkdtemp(prefix="portal-medios-")
)

# The printed edition's PDFs, by the digest of what they are made from: shared
# by every build of the session like the media cache (tests of that cache pass
# their own PRINT_EDITION_CACHE_PATH).
PRINT_CACHE = os.environ.setdefault(
    "PORTAL_TEST_PRINT_CACHE", tempfile.mkdtemp(prefix="portal-impresa-")
)

# The photos every build of the session made, keyed by content: a build with a
# cache of its own starts from a copy of them (tests/cache_seeds.py). Tests of
# that cache pass their own ``cache``, which starts empty.
PHOTO_SEEDS = os.environ.setdefault(
    "PORTAL_TEST_PHOTO_SEEDS", tempfile.mkdtemp(prefix="portal-fotos-")
)

# tiers.py: every test in exactly one tier; pytester: to test that rule.
pytest_plugins = ("tiers", "pytester")


def run_build(
    output: Path,
    content: Path | None = None,
    settings: str = "pelicanconf.py",
    cache: Path | None = None,
    sets: dict[str, str] | None = None,
    quiet: bool = True,
    force: bool = False,
    env: dict[str, str] | None = None,
    extra: tuple[str, ...] = (),
    command_name: str = "build",
    cold: bool = False,
) -> subprocess.CompletedProcess:
    """Run the real build command, as ``make html`` does (``command_name``
    "publish": as ``make publish``; ``extra``: more options, e.g. --verify).
    Without ``cache`` the photo and Markdown caches go beside ``output``, never
    in the repository's cache/, so no test reuses what another left there. A
    cache folder that does not exist yet starts with a copy of the photos the
    session already made (by content, PHOTO_SEEDS: a test of the Markdown or
    render cache still starts cold), and gives back the ones it adds;
    ``cold``: no photo either, for a test of the photo cache itself."""
    cache = cache or output.parent / f"{output.name}-cache"
    fresh = not cache.exists()
    seeded = copy_entries(Path(PHOTO_SEEDS), cache) if fresh and not cold else []
    command = [
        sys.executable,
        "-m",
        "portal",
        command_name,
        *extra,
        *(["-q"] if quiet else []),
        *(["--force"] if force else []),
        "-s",
        str(ROOT / settings),
        "-o",
        str(output),
    ]
    if content is not None:
        command += ["--content", str(content)]
    overrides = {"CACHE_PATH": str(cache), **(sets or {}), "IMAGES_CACHE_PATH": str(cache)}
    overrides.setdefault("MEDIA_CACHE_PATH", MEDIA_CACHE)
    overrides.setdefault("PRINT_EDITION_CACHE_PATH", PRINT_CACHE)
    for name, value in overrides.items():
        command += ["--set", f"{name}={value}"]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, **env} if env else None,
    )
    if fresh and result.returncode == 0:
        copy_entries(cache, Path(PHOTO_SEEDS))
    elif seeded:
        remove_entries(seeded, cache)
    return result


@dataclass
class Site:
    """A built site on disk, with helpers to read it as a visitor's tools do."""

    path: Path

    def file(self, relative: str) -> Path:
        return self.path / relative

    def text(self, relative: str) -> str:
        return self.file(relative).read_text(encoding="utf-8")

    def html(self, relative: str) -> BeautifulSoup:
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
        return BeautifulSoup(self.text(relative), "lxml")

    def pages(self) -> list[str]:
        return sorted(
            str(p.relative_to(self.path)).replace(os.sep, "/")
            for p in self.path.rglob("*.html")
        )


def _build_or_fail(output: Path, **kwargs) -> Site:
    result = run_build(output, **kwargs)
    assert result.returncode == 0, result.stdout + result.stderr
    return Site(output)


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def _shared_build(tmp_path_factory, name: str, **kwargs):
    """One build per session, read by many tests; with pytest-xdist the first
    worker builds under a lock and the others read it. No test may change
    it: the build is compared with itself when the session ends."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the folder every worker of this session shares
    base, built = root / name, root / f"{name}.built"
    with FileLock(f"{base}.lock"):
        if not built.is_file():
            shutil.rmtree(base, ignore_errors=True)  # a failed attempt of another worker
            # its own caches: its files are hard links into them, and no other
            # test's build may share an inode with what many tests read; they
            # start as copies of what the session made (cache_seeds.py)
            caches = {
                PHOTO_SEEDS: base / "cache",
                MEDIA_CACHE: base / "cache" / "medios",
                PRINT_CACHE: base / "cache" / "impresa",
            }
            sets = {
                "MEDIA_CACHE_PATH": str(caches[MEDIA_CACHE]),
                "PRINT_EDITION_CACHE_PATH": str(caches[PRINT_CACHE]),
            }
            # one shared build at a time: the second converts no recording and
            # renders no PDF the first already made (cold, the sample costs 4× the CPU)
            with FileLock(f"{root / 'shared-builds'}.lock"):
                for seeds, own in caches.items():
                    copy_entries(Path(seeds), own)
                _build_or_fail(base / "output", cache=base / "cache", sets=sets, **kwargs)
                for seeds, own in caches.items():
                    copy_entries(own, Path(seeds))
            built.touch()
    site = Site(base / "output")
    before = _stamps(site.path)
    yield site
    after = _stamps(site.path)
    changed = sorted(
        p for p in before.keys() | after.keys() if before.get(p) != after.get(p)
    )
    assert not changed, (
        f"una prueba modificó la construcción compartida {name}: {changed[:20]}"
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """The sample content built with pelicanconf.py (preview build)."""
    yield from _shared_build(tmp_path_factory, "site")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Site:
    """The sample content built with publishconf.py (the public site)."""
    yield from _shared_build(tmp_path_factory, "published", settings="publishconf.py")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    """A browser that drops a connection it no longer needs is not an error."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def served_site(site) -> str:
    """Base URL of the preview build served on 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(site.path))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (no downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


# The widths pages are looked at: a phone and a desktop.
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


@pytest.fixture(scope="module")
def contexts(browser):
    """One browser context per width of WIDTHS, for a module's page tours."""
    made = {
        name: browser.new_context(viewport={"width": w, "height": h})
        for name, (w, h) in WIDTHS.items()
    }
    yield made
    for context in made.values():
        context.close()


@dataclass(frozen=True)
class SourceBulletin:
    """A sample bulletin as its Markdown file says, for expectations."""

    path: Path
    meta: dict

    @property
    def slug(self) -> str:
        return self.path.stem[11:]

    @property
    def year(self) -> int:
        return int(str(self.meta["date"])[:4])

    @property
    def url(self) -> str:
        return f"boletines/{self.year}/{self.slug}/"

    @property
    def published(self) -> bool:
        return self.meta.get("status") != "draft"


def sample_bulletins() -> list[SourceBulletin]:
    from content_schema.frontmatter import split_front_matter

    items = []
    for path in sorted((ROOT / "content" / "boletines").rglob("*.md")):
        front = split_front_matter(path.read_text(encoding="utf-8"))
        items.append(SourceBulletin(path, front.metadata))
    return items


@dataclass(frozen=True)
class SourceGallery:
    """A sample gallery as its folder says: index.md and fotos.yml."""

    folder: Path
    meta: dict
    photos: list[dict]

    @property
    def slug(self) -> str:
        return self.folder.name[11:]

    @property
    def url(self) -> str:
        return f"galerias/{self.folder.name[:4]}/{self.slug}/"


def sample_galleries() -> list[SourceGallery]:
    from content_schema.frontmatter import load_yaml, split_front_matter

    items = []
    for folder in sorted((ROOT / "content" / "galerias").glob("*/")):
        front = split_front_matter((folder / "index.md").read_text(encoding="utf-8"))
        photos = load_yaml((folder / "fotos.yml").read_text(encoding="utf-8"))
        items.append(SourceGallery(folder, front.metadata, photos))
    return items
