"""References to other content, declared as fields and resolved in one pass.

A schema declares a reference with ``Reference(targets)`` (one name) or
``ReferenceList(targets)`` (several). The model keeps what was written in
``<field>_ref`` and, once linked, the content it names in ``<field>``.

One rule for every kind, in ``resolve``:

- a name that no content of the target kinds has is an error, unless a file
  of that name exists but failed its own checks: its own lines in the report
  say what to fix, and the reference is checked once that file reads;
- a published (or embargoed) item may not name a draft: error. A draft may
  name a draft (its preview shows the link);
- a target held back (embargo, veda) exists: no error and no link until it is
  published; its publication rebuilds the page (``note_change_at``);
- otherwise the target is linked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from .fields import (
    FieldError,
    FieldSpec,
    Record,
    RecordList,
    Text,
    TextList,
    ValidationContext,
)

PUBLISHED, DRAFT, HELD = "published", "draft", "held"


@dataclass(frozen=True)
class Reference(Text):
    """The name of one other content of one of ``targets`` (kind keys)."""

    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReferenceList(TextList):
    """Names of other contents, each of one of ``targets``."""

    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportYear(Reference):
    """The year of an informe (``2021``), as a reference to it; YAML reads a
    bare year as a number, so a number is taken as the name it spells."""

    expected = "el año de un informe de gobierno (AAAA)"

    def clean(self, value, ctx: ValidationContext) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip().isdigit():
            raise FieldError(
                f"'{value}' no es un año; se espera el año del informe de gobierno que "
                "se promueve, por ejemplo: promotes_report: 2021"
            )
        return value.strip()


@dataclass(frozen=True)
class TargetWords:
    """How messages speak of a target kind: «el boletín», «un boletín publicado»."""

    the_name: str
    a_name: str
    published_word: str
    hint: str  # what a reference to it must name


@dataclass
class Entry:
    """One content as a target or a source of references."""

    obj: object
    kind: str
    state: str  # PUBLISHED, DRAFT or HELD
    shown: str  # its path as staff see it


@dataclass
class ContentIndex:
    """Every content that references may name, by kind and name."""

    by_kind: dict[str, dict[str, Entry]] = field(default_factory=dict)
    # Kind -> names of files that exist but were left out for their own errors.
    with_errors: dict[str, set[str]] = field(default_factory=dict)

    def add(self, name: str, entry: Entry, kind: str | None = None) -> None:
        self.by_kind.setdefault(kind or entry.kind, {})[name] = entry

    def has_errors(self, kinds: tuple[str, ...], name: str) -> bool:
        """Whether ``name`` is a file of one of ``kinds`` left out for its errors."""
        for kind in kinds:
            if kind == "activity":  # "plan/activity": the plan is the file
                kind, name = "plan", name.partition("/")[0]
            if name.removesuffix(".md") in self.with_errors.get(kind, ()):
                return True
        return False

    def find(self, kinds: tuple[str, ...], name: str) -> Entry | None:
        for kind in kinds:
            names = self.by_kind.get(kind, {})
            found = names.get(name) or names.get(name.removesuffix(".md"))
            if found is not None:
                return found
        return None

    def names(self, kind: str) -> list[str]:
        return sorted(self.by_kind.get(kind, {}))


@dataclass(frozen=True)
class Link:
    """One reference written in a source: where it is and what it names."""

    holder: object  # the model (or nested record) that holds the field
    field_name: str  # the attribute: ``<field_name>_ref`` holds the name(s)
    path: str  # as messages name it: "events[2].gallery"
    spec: Reference | ReferenceList


def reference_names(schema: Mapping[str, FieldSpec]) -> list[str]:
    """The top-level fields of a schema that name other content."""
    return [n for n, s in schema.items() if isinstance(s.kind, Reference | ReferenceList)]


def links_in(obj, schema: Mapping[str, FieldSpec], prefix: str = "") -> Iterator[Link]:
    """Every reference field of ``obj``, nested records included."""
    for name, spec in schema.items():
        kind, path = spec.kind, f"{prefix}{name}"
        if isinstance(kind, Reference | ReferenceList):
            if getattr(obj, f"{name}_ref", None):
                yield Link(obj, name, path, kind)
        elif isinstance(kind, Record) and getattr(obj, name, None) is not None:
            yield from links_in(getattr(obj, name), kind.fields, f"{path}.")
        elif isinstance(kind, RecordList):
            for position, item in enumerate(getattr(obj, name, None) or (), start=1):
                yield from links_in(item, kind.record.fields, f"{path}[{position}].")


def missing_message(name: str, targets: tuple[str, ...], words, index) -> str:
    if targets == ("activity",):
        return missing_activity(name, index)
    if targets == ("indicator",):
        known = (
            ", ".join(index.names("indicator")) or "(ningún informe mensual tiene cifras)"
        )
        return (
            f"no existe el indicador '{name}'; se espera la clave de un indicador de "
            f"los informes mensuales: {known}"
        )
    if len(targets) == 1:
        return f"no existe {words[targets[0]].the_name} '{name}'; se espera {words[targets[0]].hint}"
    hints = " o ".join(words[t].hint for t in targets)
    return f"no existe '{name}'; se espera {hints}"


def missing_activity(name: str, index: ContentIndex) -> str:
    plan_slug, _, activity_id = name.partition("/")
    plans = index.by_kind.get("plan", {})
    if plan_slug not in plans:
        return (
            f"no existe el plan '{plan_slug}'; se espera el nombre de un archivo de "
            f"content/planes/ sin la extensión .md: {', '.join(index.names('plan'))}"
        )
    ids = ", ".join(a.id for a in plans[plan_slug].obj.activities)
    return (
        f"no existe la actividad '{activity_id}' en el plan '{plan_slug}'; "
        f"se espera una de sus actividades: {ids}"
    )


def draft_message(name: str, target: Entry, words) -> str:
    kind = target.kind
    if kind == "activity":  # the plan it belongs to is the draft
        name, kind = name.partition("/")[0], "plan"
    said = words[kind]
    return (
        f"{said.the_name} '{name}' es un borrador (status: draft); se espera "
        f"{said.a_name} {said.published_word} (quite «status: draft» de ese archivo "
        "o quite este campo)"
    )


def resolve(source: Entry, name: str, targets, index: ContentIndex, words):
    """(target or None, problem message or None), by the one rule above."""
    found = index.find(targets, name)
    if found is None and index.has_errors(targets, name):
        return None, None  # reported in its own file; one mistake, one line
    if found is None:
        return None, missing_message(name, targets, words, index)
    if found.state == DRAFT and source.state != DRAFT:
        return None, draft_message(name, found, words)
    if found.state == HELD:
        return None, None
    return found.obj, None


def link_sources(sources, schemas, index: ContentIndex, words, report) -> None:
    """Resolve every reference of every source; each mistake into the report.

    ``schemas`` maps a kind key to its schema; ``words`` a target kind to how
    messages name it.
    """
    for source in sources:
        for link in links_in(source.obj, schemas[source.kind]):
            written = getattr(link.holder, f"{link.field_name}_ref")
            many = isinstance(link.spec, ReferenceList)
            found = []
            for name in written if many else [written]:
                target, problem = resolve(source, name, link.spec.targets, index, words)
                if problem:
                    report.add(source.shown, link.path, problem)
                elif target is not None:
                    found.append(target)
            setattr(
                link.holder, link.field_name, found if many else next(iter(found), None)
            )
