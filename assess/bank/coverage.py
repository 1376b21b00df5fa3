"""How well a bank covers its competency model: counts, gaps and drawability.

:func:`coverage_summary` returns plain frozen dataclasses; :func:`format_coverage`
renders them as a compact fixed-width text report (for ``python -m assess.bank`` and
``flask bank check``). Nothing here decides validity: the loader does that; lint
judges content; coverage only measures.

The minimum per competency (:data:`MIN_SCORED_ITEMS` and :data:`REQUIREMENTS`): at
least 4 scored items (``open`` items are never scored and do not count), at least one
likert, at least one sjt or knowledge item, and at least one interview question with
5 anchors and 2 or more probes.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from ..domain import LANGUAGES, Bank, Question, QuestionKind, TemplatePurpose, Text
from .forms import Shortfall, draw_form

#: Fewest scored items (any kind but ``open``) a competency should have.
MIN_SCORED_ITEMS = 4
#: Anchors an interview question needs (levels 1..5) and the fewest probes.
INTERVIEW_ANCHORS = 5
MIN_INTERVIEW_PROBES = 2


@dataclass(frozen=True, slots=True)
class Requirement:
    """A kind of item every competency needs at least one of."""

    name: str  #: e.g. "likert"; printed as "no <name>"
    accepts: Callable[[Question], bool]


#: What every competency needs at least one item of.
REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement("likert", lambda q: q.kind is QuestionKind.LIKERT),
    Requirement("sjt or knowledge", lambda q: q.kind in (QuestionKind.SJT, QuestionKind.KNOWLEDGE)),
    Requirement(f"interview with {INTERVIEW_ANCHORS} anchors and {MIN_INTERVIEW_PROBES} probes",
                lambda q: q.kind is QuestionKind.INTERVIEW and len(q.anchors) == INTERVIEW_ANCHORS
                and len(q.probes) >= MIN_INTERVIEW_PROBES),
)

#: The minimum per competency, as printed in the report.
MINIMUM = f"{MIN_SCORED_ITEMS} scored items, " + ", ".join(r.name for r in REQUIREMENTS)


@dataclass(frozen=True, slots=True)
class DimensionCoverage:
    """Item counts of one dimension, per kind (every kind present, zero if none)."""

    dimension: str
    competencies: int  #: number of competencies in the dimension
    counts: Mapping[QuestionKind, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class LanguageCoverage:
    """One language: items whose every text (text, options, anchors, probes) is non-empty,
    and the path of every empty text anywhere in the bank ("<kind> <id>: <field>")."""

    language: str
    complete_items: int
    total_items: int
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CompetencyGap:
    """A competency below the minimum, with what it lacks."""

    competency: str
    dimension: str
    scored_items: int
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TemplateCoverage:
    """What a template yields when drawn with its recorded seed."""

    template: str
    role: str
    purpose: TemplatePurpose
    competencies: int  #: distinct competencies the template covers
    wanted: int  #: items the sections ask for in total
    drawn: int  #: items the bank can give
    shortfalls: tuple[Shortfall, ...]


@dataclass(frozen=True, slots=True)
class RoleCoverage:
    """The templates of one role (portrait), by purpose, and the purposes it lacks."""

    role: str
    templates: Mapping[TemplatePurpose, tuple[str, ...]]
    missing: tuple[TemplatePurpose, ...]


@dataclass(frozen=True, slots=True)
class CoverageSummary:
    """Coverage of a whole bank. Dimensions in display order, the rest sorted by id."""

    total_items: int
    dimensions: tuple[DimensionCoverage, ...]
    languages: tuple[LanguageCoverage, ...]
    gaps: tuple[CompetencyGap, ...]
    templates: tuple[TemplateCoverage, ...]
    roles: tuple[RoleCoverage, ...]

    @property
    def complete(self) -> bool:
        """No gap, every language complete, every template fully drawable, every purpose present."""
        return (not self.gaps and all(not lang.missing for lang in self.languages)
                and all(not t.shortfalls for t in self.templates)
                and all(not r.missing for r in self.roles))


def coverage_summary(bank: Bank) -> CoverageSummary:
    """Measure ``bank`` (see the module docstring for the minimum per competency)."""
    return CoverageSummary(
        total_items=len(bank.questions),
        dimensions=tuple(_dimension_rows(bank)),
        languages=tuple(_language(bank, lang) for lang in LANGUAGES),
        gaps=tuple(competency_gaps(bank)),
        templates=tuple(_template_rows(bank)),
        roles=tuple(_role_rows(bank)),
    )


def competency_gaps(bank: Bank) -> Iterator[CompetencyGap]:
    """Each competency (in dimension display order) that misses the minimum."""
    for dimension in bank.dimensions.values():
        for competency in dimension.competencies:
            items = bank.questions_of(competency)
            scored = sum(1 for q in items if q.kind is not QuestionKind.OPEN)
            problems = [f"{scored} scored items (needs {MIN_SCORED_ITEMS})"] if scored < MIN_SCORED_ITEMS else []
            problems += [f"no {r.name}" for r in REQUIREMENTS if not any(r.accepts(q) for q in items)]
            if problems:
                yield CompetencyGap(competency, dimension.id, scored, tuple(problems))


def texts_of(obj: object, path: str = "") -> Iterator[tuple[str, Text]]:
    """Every :class:`Text` inside a domain object, with its dotted field path
    (``options.1.text``, ``anchors.0``: anchors index 0 is level 1)."""
    if isinstance(obj, Text):
        yield path, obj
    elif isinstance(obj, tuple):
        for i, value in enumerate(obj):
            yield from texts_of(value, f"{path}.{i}" if path else str(i))
    elif is_dataclass(obj) and not isinstance(obj, type):
        for f in fields(obj):
            yield from texts_of(getattr(obj, f.name), f"{path}.{f.name}" if path else f.name)


def missing_texts(bank: Bank, language: str) -> list[str]:
    """"<kind> <id>: <field>" of every empty (or whitespace) text in ``language``, bank-wide."""
    owners: list[tuple[str, str, object]] = [("level", str(lvl.value), lvl) for lvl in bank.levels]
    for kind, mapping in (("dimension", bank.dimensions), ("competency", bank.competencies),
                          ("question", bank.questions), ("portrait", bank.portraits),
                          ("template", bank.templates)):
        owners += [(kind, ident, obj) for ident, obj in mapping.items()]
    return [f"{kind} {ident}: {path}" for kind, ident, obj in owners
            for path, text in texts_of(obj) if not text.get(language).strip()]


def _language(bank: Bank, language: str) -> LanguageCoverage:
    complete = sum(1 for q in bank.questions.values()
                   if all(text.get(language).strip() for _, text in texts_of(q)))
    return LanguageCoverage(language, complete, len(bank.questions), tuple(missing_texts(bank, language)))


def _dimension_rows(bank: Bank) -> Iterator[DimensionCoverage]:
    for dimension in bank.dimensions.values():
        counts = {kind: 0 for kind in QuestionKind}
        for competency in dimension.competencies:
            for q in bank.questions_of(competency):
                counts[q.kind] += 1
        yield DimensionCoverage(dimension.id, len(dimension.competencies), counts)


def _template_rows(bank: Bank) -> Iterator[TemplateCoverage]:
    for ident in sorted(bank.templates):
        template = bank.templates[ident]
        form = draw_form(bank, template)
        wanted = sum(len(s.competencies) * sum(max(n, 0) for n in s.items_per_competency.values())
                     for s in template.sections)
        yield TemplateCoverage(ident, template.role, template.purpose, len(template.competencies),
                               wanted, len(form.items), form.shortfalls)


def _role_rows(bank: Bank) -> Iterator[RoleCoverage]:
    for role in sorted(bank.portraits):
        by_purpose = {purpose: tuple(sorted(t.id for t in bank.templates.values()
                                            if t.role == role and t.purpose is purpose))
                      for purpose in TemplatePurpose}
        yield RoleCoverage(role, by_purpose, tuple(p for p in TemplatePurpose if not by_purpose[p]))


# --- text rendering -------------------------------------------------------------------

def _table(header: Sequence[str], rows: Iterable[Sequence[object]], align: str,
           indent: str = "  ") -> list[str]:
    """Fixed-width columns; ``align`` has one letter per column: "l" left, "r" right."""
    cells = [list(header)] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return [indent + "  ".join(c.rjust(w) if a == "r" else c.ljust(w)
                               for c, w, a in zip(row, widths, align)).rstrip()
            for row in cells]


def format_coverage(summary: CoverageSummary) -> str:
    """A compact fixed-width text report of ``summary`` (ends without a newline)."""
    kinds = list(QuestionKind)
    rows: list[list[object]] = [[d.dimension, d.competencies, *(d.counts[k] for k in kinds), d.total]
                                for d in summary.dimensions]
    rows.append(["total", sum(d.competencies for d in summary.dimensions),
                 *(sum(d.counts[k] for d in summary.dimensions) for k in kinds), summary.total_items])
    lines = ["Items per dimension and kind:"]
    lines += _table(["dimension", "competencies", *(k.value for k in kinds), "total"], rows,
                    "l" + "r" * (len(kinds) + 2))
    lines.append("Languages (items with every text present): " + ", ".join(
        f"{lang.language} {lang.complete_items}/{lang.total_items}" for lang in summary.languages))
    for lang in summary.languages:
        lines += [f"  missing {lang.language}: {path}" for path in lang.missing]
    competencies = sum(d.competencies for d in summary.dimensions)
    lines.append(f"Competencies below the minimum ({MINIMUM}): {len(summary.gaps)} of {competencies}")
    lines += _table(["competency", "dimension", "problems"],
                    ([g.competency, g.dimension, "; ".join(g.problems)] for g in summary.gaps),
                    "lll") if summary.gaps else []
    lines.append("Templates (drawn with their recorded seed):")
    lines += _table(["template", "role", "purpose", "competencies", "items", "short"],
                    ([t.template, t.role, t.purpose.value, t.competencies, f"{t.drawn}/{t.wanted}",
                      _shortfalls(t.shortfalls)] for t in summary.templates), "lllrrl")
    lines.append("Templates per role:")
    lines += _table(["role", *(p.value for p in TemplatePurpose)],
                    ([r.role, *(", ".join(r.templates[p]) or "MISSING" for p in TemplatePurpose)]
                     for r in summary.roles), "l" * (1 + len(TemplatePurpose)))
    return "\n".join(lines)


def _shortfalls(shortfalls: Sequence[Shortfall], shown: int = 3) -> str:
    if not shortfalls:
        return "-"
    text = ", ".join(f"{s.competency} {s.kind.value} {s.got}/{s.wanted}" for s in shortfalls[:shown])
    return text + (f" (+{len(shortfalls) - shown} more)" if len(shortfalls) > shown else "")
