"""The tier rule (tests/tiers.py) on a throwaway test folder run by pytest
itself: a test with no tier or with both stops collection, naming the test,
even when ``-m`` would have deselected it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.unit

INI = "[pytest]\nmarkers =\n    unit: fast\n    site: slow\n"


def run(pytester, source: str, *args: str):
    pytester.makeini(INI)
    pytester.makeconftest('pytest_plugins = ["tiers"]')
    pytester.makepyfile(test_probe=source)
    return pytester.runpytest_inprocess(*args)


def test_a_test_with_both_tiers_stops_collection(pytester):
    result = run(
        pytester,
        "import pytest\n\npytestmark = pytest.mark.unit\n\n\n"
        "@pytest.mark.site\n@pytest.mark.parametrize('n', [1, 2])\n"
        "def test_both(n):\n    pass\n\n\ndef test_fine():\n    pass\n",
    )
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*test_probe.py::test_both: tiene los dos niveles"])
    result.assert_outcomes(errors=1)  # the module, once, and no test ran


def test_a_test_without_tier_stops_collection_even_when_deselected(pytester):
    result = run(
        pytester,
        "import pytest\n\n\nclass TestGroup:\n    def test_none(self):\n        pass\n",
        "-m",
        "unit",
    )
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*test_probe.py::TestGroup::test_none: no tiene nivel"])


def test_each_tier_runs_its_own_tests(pytester):
    source = (
        "import pytest\n\n\n@pytest.mark.unit\ndef test_fast():\n    pass\n\n\n"
        "@pytest.mark.site\ndef test_slow():\n    pass\n"
    )
    unit = run(pytester, source, "-v", "-m", "unit")
    unit.assert_outcomes(passed=1, deselected=1)
    unit.stdout.fnmatch_lines(["*test_probe.py::test_fast PASSED*"])
