"""Load a question bank directory into domain objects, or report every error in it.

Layout of a bank directory (all files UTF-8 YAML)::

    scale.yaml               names of the levels 1..5
    dimensions/*.yaml        one PM category or AM group each, with its competencies
    questions/*.yaml         questions, any grouping
    portraits/*.yaml         one role portrait each
    templates/*.yaml         one assessment template each

:func:`check_bank` returns every error of the whole bank at once; :func:`load_bank`
returns a :class:`~assess.domain.Bank` only when there are none.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from ..domain import (
    LANGUAGES, LEVELS, AssessmentTemplate, Bank, Competency, CompetencyTarget, Dimension,
    DimensionTarget, Family, Level, Option, Origin, Portrait, Question, QuestionKind,
    TemplatePurpose, TemplateSection, Text,
)
from . import schema
from .errors import BankError, BankInvalid
from .hashing import content_hash
from .yamlfile import read_yaml

#: Tolerance for the sum of a portrait's weights.
WEIGHT_TOLERANCE = 1e-6

_SECTIONS: dict[str, type[BaseModel]] = {
    "dimensions": schema.DimensionFile,
    "questions": schema.QuestionsFile,
    "portraits": schema.PortraitFile,
    "templates": schema.TemplateFile,
}


@dataclass
class _Parsed:
    """Shape-valid files of one bank, by section, with their relative paths."""

    scale: tuple[str, schema.ScaleFile] | None = None
    files: dict[str, list[tuple[str, BaseModel]]] = field(
        default_factory=lambda: {name: [] for name in _SECTIONS})
    hashes: list[tuple[str, str]] = field(default_factory=list)


def check_bank(directory: str | Path) -> list[BankError]:
    """Every error in the bank at ``directory`` (empty list: the bank is valid)."""
    return _load(Path(directory))[1]


def load_bank(directory: str | Path) -> Bank:
    """The bank at ``directory``; raises :class:`BankInvalid` listing every error."""
    bank, errors = _load(Path(directory))
    if errors or bank is None:
        raise BankInvalid(errors)
    return bank


def _load(root: Path) -> tuple[Bank | None, list[BankError]]:
    if not root.is_dir():
        return None, [BankError(str(root), "-", "-", "bank directory does not exist")]
    parsed, errors = _parse_files(root)
    builder = _Builder(parsed)
    bank = builder.build()
    errors.extend(builder.errors)
    return (bank if not errors else None), sorted(errors)


def _parse_files(root: Path) -> tuple[_Parsed, list[BankError]]:
    parsed = _Parsed()
    errors: list[BankError] = []
    scale_path = root / "scale.yaml"
    if not scale_path.is_file():
        errors.append(BankError("scale.yaml", "-", "-", "file is missing"))
    else:
        model = _parse_one(scale_path, "scale.yaml", schema.ScaleFile, errors, parsed)
        if model is not None:
            parsed.scale = ("scale.yaml", model)
    for section, model_type in _SECTIONS.items():
        folder = root / section
        paths = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
        if not paths:
            errors.append(BankError(f"{section}/", "-", "-", "no .yaml files"))
        for path in paths:
            rel = f"{section}/{path.name}"
            model = _parse_one(path, rel, model_type, errors, parsed)
            if model is not None:
                parsed.files[section].append((rel, model))
    return parsed, errors


def _parse_one(path: Path, rel: str, model_type: type[BaseModel], errors: list[BankError],
               parsed: _Parsed) -> Any:
    data, file_errors = read_yaml(path, rel)
    if file_errors:
        errors.extend(file_errors)
        return None
    parsed.hashes.append((rel, content_hash(data)))
    try:
        return model_type.model_validate(data)
    except ValidationError as exc:
        errors.extend(_shape_errors(rel, data, exc))
        return None


def _shape_errors(rel: str, data: Any, exc: ValidationError) -> list[BankError]:
    """Turn pydantic's errors into BankErrors naming the innermost item with an id."""
    found = []
    for err in exc.errors():
        loc = err["loc"]
        item, start = _top_item(data), 0
        node = data
        for i, part in enumerate(loc):
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(part, int) and isinstance(node, dict) and isinstance(node.get("id"), str):
                item, start = node["id"], i + 1
        path = ".".join(str(p) for p in loc[start:]) or "-"
        found.append(BankError(rel, item, path, _message(err)))
    return found


def _top_item(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        return data["id"]
    return "-"


def _message(err: Any) -> str:
    kind, loc = err["type"], err["loc"]
    last = loc[-1] if loc else None
    if kind == "missing" and last in LANGUAGES:
        return f"missing language {last!r}"
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return f"unknown key {last!r}"
    if kind == "string_too_short":
        return "text is empty"
    if kind == "string_pattern_mismatch":
        return "id may contain only a-z, 0-9, '_', '.', '-' and must start with a letter or digit"
    if kind == "literal_error":
        return f"{err['input']!r} is not one of {err['ctx']['expected']}"
    return str(err["msg"])


def _text(t: schema.TextIn) -> Text:
    return Text(ru=t.ru, en=t.en)


def _level_error(value: int) -> str | None:
    return None if value in LEVELS else f"level {value} is outside 1-5"


class _Builder:
    """Checks rules that need the whole bank and builds domain objects from valid files."""

    def __init__(self, parsed: _Parsed):
        self.parsed = parsed
        self.errors: list[BankError] = []
        self.levels: tuple[Level, ...] = ()
        self.dimensions: dict[str, Dimension] = {}
        self.competencies: dict[str, Competency] = {}
        self.questions: dict[str, Question] = {}
        self.portraits: dict[str, Portrait] = {}
        self.templates: dict[str, AssessmentTemplate] = {}
        self._where: dict[tuple[str, str], str] = {}  # (kind, id) -> file first defining it

    def error(self, rel: str, item: str, path: str, message: str) -> None:
        self.errors.append(BankError(rel, item, path, message))

    def build(self) -> Bank:
        self._scale()
        for rel, model in self.parsed.files["dimensions"]:
            self._dimension(rel, model)
        for rel, model in self.parsed.files["questions"]:
            for question in model.questions:
                self._question(rel, question)
        for rel, model in self.parsed.files["portraits"]:
            self._portrait(rel, model)
        for rel, model in self.parsed.files["templates"]:
            self._template(rel, model)
        dimensions = dict(sorted(self.dimensions.items(), key=lambda kv: (kv[1].order, kv[0])))
        return Bank(
            levels=self.levels,
            dimensions=MappingProxyType(dimensions),
            competencies=MappingProxyType(self.competencies),
            questions=MappingProxyType(self.questions),
            portraits=MappingProxyType(self.portraits),
            templates=MappingProxyType(self.templates),
            version=content_hash(sorted(self.parsed.hashes)),
            files=tuple(sorted(rel for rel, _ in self.parsed.hashes)),
        )

    def _unique(self, kind: str, ident: str, rel: str, path: str = "id") -> bool:
        first = self._where.get((kind, ident))
        if first is not None:
            self.error(rel, ident, path, f"duplicate {kind} id (first defined in {first})")
            return False
        self._where[(kind, ident)] = rel
        return True

    def _scale(self) -> None:
        if self.parsed.scale is None:
            return
        rel, model = self.parsed.scale
        values = [lvl.value for lvl in model.levels]
        if sorted(values) != list(LEVELS):
            self.error(rel, "-", "levels", f"levels must be exactly 1-5 once each, got {values}")
        self.levels = tuple(Level(lvl.value, _text(lvl.name), _text(lvl.description))
                            for lvl in sorted(model.levels, key=lambda lvl: lvl.value))

    def _dimension(self, rel: str, d: schema.DimensionFile) -> None:
        if not self._unique("dimension", d.id, rel):
            return
        ids = []
        for c in d.competencies:
            if not self._unique("competency", c.id, rel):
                continue
            ids.append(c.id)
            self.competencies[c.id] = Competency(
                id=c.id, dimension=d.id, name=_text(c.name), description=_text(c.description),
                advice=tuple(_text(a) for a in c.advice), origin=Origin(c.origin))
        if not d.competencies:
            self.error(rel, d.id, "competencies", "a dimension needs at least one competency")
        self.dimensions[d.id] = Dimension(
            id=d.id, family=Family(d.family), order=d.order, name=_text(d.name),
            description=_text(d.description), competencies=tuple(ids))

    def _question(self, rel: str, q: schema.QuestionIn) -> None:
        problems = list(_kind_problems(q))
        if q.competency not in self.competencies:
            problems.append(("competency", f"unknown competency {q.competency!r}"))
        known_roles = {p.id for _, p in self.parsed.files["portraits"]}
        for i, role in enumerate(q.roles or ()):
            if role not in known_roles:
                problems.append((f"roles.{i}", f"unknown role {role!r} (no portrait with that id)"))
        if q.roles is not None and len(set(q.roles)) != len(q.roles):
            problems.append(("roles", "a role is listed twice"))
        for path, message in problems:
            self.error(rel, q.id, path, message)
        if not self._unique("question", q.id, rel) or problems:
            return
        kind = QuestionKind(q.kind)
        anchors = tuple(_text(q.anchors[level]) for level in LEVELS) if q.anchors else ()
        self.questions[q.id] = Question(
            id=q.id, competency=q.competency, kind=kind, text=_text(q.text),
            version=content_hash(q.model_dump(mode="json", exclude={"note", "origin"}, exclude_none=True)),
            reverse=bool(q.reverse),
            options=tuple(Option(o.id, _text(o.text), bool(o.correct), o.effectiveness)
                          for o in q.options or ()),
            anchors=anchors, probes=tuple(_text(p) for p in q.probes or ()),
            roles=tuple(q.roles or ()), origin=Origin(q.origin))

    def _portrait(self, rel: str, p: schema.PortraitFile) -> None:
        ok = self._unique("portrait", p.id, rel)
        seen: set[str] = set()
        for i, t in enumerate(p.targets):
            path = f"targets.{i}"
            if t.dimension not in self.dimensions:
                self.error(rel, p.id, f"{path}.dimension", f"unknown dimension {t.dimension!r}")
            elif t.dimension in seen:
                self.error(rel, p.id, f"{path}.dimension", f"dimension {t.dimension!r} is targeted twice")
            seen.add(t.dimension)
            if (msg := _level_error(t.level)):
                self.error(rel, p.id, f"{path}.level", msg)
            if not (0.0 <= t.weight <= 1.0) or math.isnan(t.weight):
                self.error(rel, p.id, f"{path}.weight", f"weight {t.weight} is outside 0-1")
        for missing in sorted(set(self.dimensions) - seen):
            self.error(rel, p.id, "targets", f"no target for dimension {missing!r}")
        total = math.fsum(t.weight for t in p.targets)
        if abs(total - 1.0) > WEIGHT_TOLERANCE:
            self.error(rel, p.id, "targets", f"weights sum to {total:.6f}, expected 1 (within 1e-6)")
        overridden: set[str] = set()
        for i, o in enumerate(p.overrides):
            path = f"overrides.{i}"
            if o.competency not in self.competencies:
                self.error(rel, p.id, f"{path}.competency", f"unknown competency {o.competency!r}")
            elif o.competency in overridden:
                self.error(rel, p.id, f"{path}.competency", f"competency {o.competency!r} is overridden twice")
            overridden.add(o.competency)
            if (msg := _level_error(o.level)):
                self.error(rel, p.id, f"{path}.level", msg)
        if ok:
            self.portraits[p.id] = Portrait(
                id=p.id, name=_text(p.name), description=_text(p.description),
                targets=tuple(DimensionTarget(t.dimension, t.level, t.weight, _text(t.why)) for t in p.targets),
                overrides=tuple(CompetencyTarget(o.competency, o.level, _text(o.why)) for o in p.overrides))

    def _template(self, rel: str, t: schema.TemplateFile) -> None:
        ok = self._unique("template", t.id, rel)
        if t.role not in {p.id for _, p in self.parsed.files["portraits"]}:
            self.error(rel, t.id, "role", f"unknown role {t.role!r} (no portrait with that id)")
        sections = tuple(self._section(rel, t.id, f"sections.{i}", sec) for i, sec in enumerate(t.sections))
        if not t.sections:
            self.error(rel, t.id, "sections", "a template needs at least one section")
        if t.time_limit_minutes is not None and t.time_limit_minutes <= 0:
            self.error(rel, t.id, "time_limit_minutes", "time limit must be a positive number of minutes")
        if ok:
            self.templates[t.id] = AssessmentTemplate(
                id=t.id, role=t.role, purpose=TemplatePurpose(t.purpose), name=_text(t.name),
                description=_text(t.description), time_limit_minutes=t.time_limit_minutes,
                sections=sections, seed=t.seed, shuffle_items=t.shuffle_items, shuffle_options=t.shuffle_options)

    def _section(self, rel: str, template: str, path: str, sec: schema.SectionIn) -> TemplateSection:
        chosen: list[str] = []
        for i, dim in enumerate(sec.dimensions):
            if dim not in self.dimensions:
                self.error(rel, template, f"{path}.dimensions.{i}", f"unknown dimension {dim!r}")
            else:
                chosen.extend(self.dimensions[dim].competencies)
        for i, comp in enumerate(sec.competencies):
            if comp not in self.competencies:
                self.error(rel, template, f"{path}.competencies.{i}", f"unknown competency {comp!r}")
            else:
                chosen.append(comp)
        if not chosen:
            self.error(rel, template, path, "a section needs at least one competency")
        for kind, count in sec.items_per_competency.items():
            if count < 0:
                self.error(rel, template, f"{path}.items_per_competency.{kind}", f"count {count} is negative")
        if sum(sec.items_per_competency.values()) <= 0:
            self.error(rel, template, f"{path}.items_per_competency", "a section needs at least one item")
        return TemplateSection(
            competencies=tuple(dict.fromkeys(chosen)),
            items_per_competency=MappingProxyType(
                {QuestionKind(k): n for k, n in sec.items_per_competency.items()}))


def _kind_problems(q: schema.QuestionIn) -> Iterable[tuple[str, str]]:
    """(field, message) for every rule of the question's kind that ``q`` breaks."""
    kind = q.kind
    if q.reverse is not None and kind != "likert":
        yield "reverse", f"a reverse key is only allowed on likert items, not {kind}"
    has_options = kind in ("knowledge", "sjt")
    if q.options is not None and not has_options:
        yield "options", f"{kind} items have no options"
    if has_options:
        options = q.options or []
        if len(options) < 2:
            yield "options", f"needs at least 2 options, has {len(options)}"
        ids = [o.id for o in options]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            yield "options", f"duplicate option id {dup!r}"
        for i, o in enumerate(options):
            if kind == "knowledge" and o.effectiveness is not None:
                yield f"options.{i}.effectiveness", "knowledge options have no effectiveness (use correct: true)"
            if kind == "sjt":
                if o.correct is not None:
                    yield f"options.{i}.correct", "situational-judgement options have no key (use effectiveness)"
                if o.effectiveness is None:
                    yield f"options.{i}.effectiveness", "effectiveness 1-5 is required"
                elif (msg := _level_error(o.effectiveness)):
                    yield f"options.{i}.effectiveness", msg
        if kind == "knowledge":
            keys = sum(1 for o in options if o.correct)
            if keys != 1:
                yield "options", f"a knowledge question needs exactly one key (correct: true), has {keys}"
    if kind == "interview":
        anchors = q.anchors or {}
        for level in sorted(anchors):
            if (msg := _level_error(level)):
                yield f"anchors.{level}", msg
        missing = [lvl for lvl in LEVELS if lvl not in anchors]
        if missing:
            yield "anchors", f"anchors must cover levels 1-5, missing {', '.join(map(str, missing))}"
        if len(q.probes or []) < 2:
            yield "probes", f"needs at least 2 follow-up probes, has {len(q.probes or [])}"
    else:
        if q.anchors is not None:
            yield "anchors", f"{kind} items have no anchors"
        if q.probes is not None:
            yield "probes", f"{kind} items have no probes"
