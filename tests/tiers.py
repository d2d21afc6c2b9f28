"""The two test tiers as a pytest plugin (loaded by conftest.py): each test is
«unit» (fast, one module's logic, builds no site) or «site» (builds a site
with Pelican, runs a command end to end or drives a browser), never neither
nor both, so ``-m unit`` plus ``-m site`` is the whole suite."""

from __future__ import annotations

import pytest

TIERS = ("unit", "site")  # registered in pytest.ini


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    """Every test in exactly one tier, or its module fails to collect (also in
    a pytest-xdist worker, and before ``-m`` deselects anything): a test with
    no tier would otherwise run in neither ``make test-unit`` nor ``make
    test-site``."""
    report = yield
    if report.passed:
        problems = {}  # test, all its parameters at once → what is wrong
        for node in report.result:
            if isinstance(node, pytest.Function):
                tiers = {mark.name for mark in node.iter_markers() if mark.name in TIERS}
                if len(tiers) != 1:
                    test = node.nodeid.split("[", 1)[0]
                    problems[test] = "tiene los dos niveles" if tiers else "no tiene nivel"
        if problems:
            report.outcome, report.result = "failed", []
            report.longrepr = (
                "Cada prueba va en un solo nivel: pytest.mark.unit (rápida, no "
                "construye ningún sitio) o pytest.mark.site (construye un sitio con "
                "Pelican, corre una orden completa o usa el navegador). Póngalo en "
                "pytestmark al inicio del módulo o en la prueba:\n"
                + "\n".join(f"  {test}: {problem}" for test, problem in problems.items())
            )
    return report
