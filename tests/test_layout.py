"""The house: the product is one installed package plus its plugins, imported
by name; the workshop (tools/) stays outside it."""

from __future__ import annotations

import ast
import importlib
import runpy
import subprocess
import sys

import pytest

from conftest import ROOT
from portal.__main__ import COMMANDS

pytestmark = pytest.mark.unit

PRODUCT = [
    *sorted((ROOT / "portal").rglob("*.py")),
    *sorted((ROOT / "plugins").rglob("*.py")),
    ROOT / "pelicanconf.py",
    ROOT / "publishconf.py",
]
WORKSHOP = {"tools", "bench", "bench_site", "tests", "conftest"}


def imported_names(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_the_product_edits_no_import_path():
    offenders = [
        str(path.relative_to(ROOT))
        for path in PRODUCT
        if "sys.path" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_product_imports_nothing_from_the_workshop():
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in PRODUCT
        for name in imported_names(path)
        if name.split(".")[0] in WORKSHOP
    ]
    assert offenders == []


def test_the_plugins_are_the_installed_ones():
    """Pelican loads each plugin by name from the installed package, and that
    is the code in this checkout's plugins/."""
    settings = runpy.run_path(str(ROOT / "pelicanconf.py"))
    assert "PLUGIN_PATHS" not in settings
    for name in settings["PLUGINS"]:
        module = importlib.import_module(name)
        assert (ROOT / "plugins" / name) == type(ROOT)(module.__file__).parent


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_a_module_with_main(command):
    module = importlib.import_module(COMMANDS[command][0])
    assert callable(module.main)


def test_the_command_line_lists_its_commands_and_refuses_others():
    listed = subprocess.run(
        [sys.executable, "-m", "portal", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert listed.returncode == 0
    assert all(f"  {name} " in listed.stdout for name in COMMANDS)
    wrong = subprocess.run(
        [sys.executable, "-m", "portal", "construir"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert wrong.returncode == 2
    assert "La orden «construir» no existe." in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_the_architecture_map_names_every_package_and_command():
    """docs/arquitectura.md is the map: a plugin or command it does not name is
    a room missing from it."""
    text = (ROOT / "docs" / "arquitectura.md").read_text(encoding="utf-8")
    packages = sorted(p.parent.name for p in (ROOT / "plugins").glob("*/__init__.py"))
    missing = [f"plugins/{name}" for name in packages if f"`{name}" not in text]
    missing += [f"orden {name}" for name in COMMANDS if f"`{name}`" not in text]
    assert missing == []
