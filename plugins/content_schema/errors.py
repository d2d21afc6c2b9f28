"""Content problems, collected across every file and reported together.

Staff fix all their mistakes in one pass only if the build tells them about
all of them at once, so nothing here raises per file: problems are added to a
``ContentReport`` and the build stops once reading is over.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from run_state import state_of


@dataclass(frozen=True, order=True)
class ContentProblem:
    """One mistake in one file: ``path: field: message``."""

    path: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


@dataclass
class ContentReport:
    """Every content problem found in one build, in a stable order."""

    problems: set[ContentProblem] = field(default_factory=set)
    # Published anyway and shown on the page (a total that does not add up):
    # the figures are what the office declared; readers must see both.
    warnings: set[ContentProblem] = field(default_factory=set)

    def add(self, path: str, field_name: str, message: str) -> None:
        self.problems.add(ContentProblem(path, field_name, message))

    def warn(self, path: str, field_name: str, message: str) -> None:
        self.warnings.add(ContentProblem(path, field_name, message))

    def format_warnings(self) -> str:
        lines = [f"aviso: {w}" for w in sorted(self.warnings)]
        return "\n".join(lines)

    def __bool__(self) -> bool:
        return bool(self.problems)

    def __len__(self) -> int:
        return len(self.problems)

    def lines(self) -> list[str]:
        return [str(p) for p in sorted(self.problems)]

    def format(self) -> str:
        count = len(self.problems)
        if count == 1:
            header = "Se encontró 1 error de contenido; no se publicó nada:"
        else:
            header = f"Se encontraron {count} errores de contenido; no se publicó nada:"
        footer = "Corrija los archivos indicados y vuelva a intentarlo (make check o make html)."
        return "\n".join([header, *self.lines(), footer])


class ContentErrors(Exception):
    """Raised once reading is over if the report holds any problem."""

    exitcode = 2

    def __init__(self, report: ContentReport):
        self.report = report
        super().__init__(report.format())


def report_for(settings: dict) -> ContentReport:
    """The report of the build running with ``settings`` (part of its state)."""
    state = state_of(settings)
    if state.report is None:
        state.report = ContentReport()
    return state.report
