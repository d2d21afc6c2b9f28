"""A temporary copy of the portal as a git repository with the real
``python -m portal editor`` running in it, for tests/test_editor_browser.py."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT

GUIDE = ROOT / "docs" / "guia-de-contenido.md"
COPIED = ("pelicanconf.py", "publishconf.py", "content", "theme", ".gitignore")
COPIED += ("package.json", "package-lock.json")
EDITOR = (sys.executable, "-m", "portal", "editor", "--no-build")


def guide_example(section: str) -> str:
    """The first ```markdown block of a section of the content guide, verbatim."""
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"\n### {section}\n")
    block = re.search(r"```markdown\n(.*?)```", text[start:], re.S)
    assert block, f"la sección {section} de la guía no tiene ejemplo"
    return block.group(1)


def example_path(section: str) -> str:
    """The file the example is taken from: `content/…` in the line before it."""
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"\n### {section}\n")
    return re.search(r"#### Ejemplo completo\n\n`(content/[^`]+)`", text[start:]).group(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), *args],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def ensure_node_modules() -> None:
    """The pinned Decap packages, installed as make editor installs them."""
    if not (ROOT / "node_modules" / "decap-server").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)  # noqa: S607


@dataclass
class Editor:
    repo: Path
    url: str
    process: subprocess.Popen
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def make_repo(repo: Path, built_output: Path, remove: tuple[str, ...]) -> None:
    """Content and configuration of this checkout, committed on «main»."""
    repo.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name)
        else:
            shutil.copy2(source, repo / name)
    for relative in remove:
        (repo / relative).unlink()
    shutil.copytree(built_output, repo / "output")
    (repo / "node_modules").symlink_to(ROOT / "node_modules")
    git(repo, "init", "-q", "-b", "main")
    (repo / ".git" / "info" / "exclude").write_text("node_modules\n", encoding="utf-8")
    git(repo, "config", "user.name", "Personal de Comunicación")
    git(repo, "config", "user.email", "comunicacion@example.org")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Contenido de partida")


def start_editor(repo: Path) -> Editor:
    port, proxy = free_port(), free_port()
    log = repo.parent / "editor.log"
    process = subprocess.Popen(
        [*EDITOR, "--port", str(port), "--proxy-port", str(proxy)],
        cwd=repo,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://localhost:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/admin/", timeout=2)  # noqa: S310
            request = urllib.request.Request(
                f"http://127.0.0.1:{proxy}/api/v1",
                data=b'{"action":"info"}',
                headers={"Content-Type": "application/json"},
            )
            urllib.request.urlopen(request, timeout=2)  # noqa: S310
            return Editor(repo, url, process, log)
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.5)
    process.kill()
    raise AssertionError("el editor no arrancó:\n" + log.read_text(encoding="utf-8"))


def portal_command(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, "-m", "portal", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
