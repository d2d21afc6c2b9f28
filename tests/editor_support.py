"""What the editor's tests share: the settings, the guide's examples and a
way to run theme/admin/formato-portal.js under Node."""

from __future__ import annotations

import json
import re
import runpy
import shutil
import subprocess

import pytest

from conftest import ROOT
from content_schema.kinds import KINDS
from portal_settings import prepare

FORMAT_JS = ROOT / "theme" / "admin" / "formato-portal.js"
GUIDE = ROOT / "docs" / "guia-de-contenido.md"


def settings() -> dict:
    values = runpy.run_path(str(ROOT / "pelicanconf.py"))
    prepare(values)
    return values


def guide_examples() -> dict[str, list[str]]:
    """Kind key -> the fenced blocks of its «Ejemplo completo», as written."""
    text = GUIDE.read_text(encoding="utf-8")
    found = {}
    for kind in KINDS:
        start = text.index(f"### {kind.guide_section}\n")
        end = text.find("\n### ", start + 1)
        section = text[start : end if end > 0 else len(text)]
        example = section.split("#### Ejemplo completo\n", 1)[1]
        example = example.split("\n#### ", 1)[0]
        found[kind.key] = re.findall(r"^```[a-z]*\n(.*?)^```$", example, re.S | re.M)
    return found


def run_format(calls: list[dict]) -> list:
    """Each call {"fn": "fromFile"|"toFile"|…, "args": [...]} -> its result."""
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            "no se encontró node: el formato del editor se prueba con Node.js "
            "(tests/install-deps.sh lo instala con el paquete nodejs de Debian)"
        )
    script = (
        "const f = require(process.argv[1]);"
        "let input = '';"
        "process.stdin.on('data', c => input += c);"
        "process.stdin.on('end', () => {"
        "  const out = JSON.parse(input).map(c => {"
        "    try { return {ok: f[c.fn](...c.args)}; }"
        "    catch (e) { return {error: String(e.message)}; }"
        "  });"
        "  process.stdout.write(JSON.stringify(out));"
        "});"
    )
    result = subprocess.run(
        [node, "-e", script, str(FORMAT_JS)],
        input=json.dumps(calls),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    answers = json.loads(result.stdout)
    for call, answer in zip(calls, answers, strict=True):
        if "error" in answer:
            raise AssertionError(f"{call['fn']}: {answer['error']}")
    return [answer["ok"] for answer in answers]
