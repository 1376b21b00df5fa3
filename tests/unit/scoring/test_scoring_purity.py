"""The engine is pure and deterministic; its frozen results are built fast but stay frozen."""
from __future__ import annotations

import ast
import dataclasses
import sys
from pathlib import Path

import pytest

from assess import scoring
from assess.domain import Source
from assess.scoring import Rating, build_plan, score_profile, score_with_plan
from assess.scoring.builders import builder
from scoring_factories import competency, full_form, portrait

PACKAGE = Path(__file__).resolve().parents[3] / "assess" / "scoring"
FORBIDDEN = {"time", "datetime", "random", "secrets", "os", "uuid", "flask", "sqlalchemy",
             "pydantic", "numpy"}


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_imports_only_stdlib_and_the_domain(path):
    for name in imports_of(path):
        if name.startswith("."):
            assert name in {"..domain"} or not name.startswith(".."), f"{path.name}: {name}"
            continue
        top = name.split(".")[0]
        assert top in sys.stdlib_module_names or top == "__future__", f"{path.name}: {name}"
        assert top not in FORBIDDEN, f"{path.name}: {name}"


ROLE = portrait([("d1", 4, 0.7), ("d2", 3, 0.3)], overrides=[("b", 5)])
COMPS = [competency("a", "d1"), competency("b", "d1"), competency("c", "d2")]
FORM = full_form("a") + full_form("b") + full_form("c")
ANSWERS = {"a.l1": 4, "a.l2": 1, "a.k1": "b", "a.s1": "d", "b.l1": 5, "b.l2": 2, "b.k1": "a",
           "c.l1": 2, "c.s1": "a", "c.k1": "a"}
RATINGS = [Rating("a.i1", "anna", 4), Rating("a.i1", "boris", 2), Rating("b.i1", "anna", 5),
           Rating("c.i1", "boris", None), Rating("c.i1", "anna", 3), Rating("c.i1", "vera", 3)]


def test_same_inputs_give_an_equal_profile():
    first = score_profile(FORM, COMPS, ROLE, ANSWERS, RATINGS)
    second = score_profile(list(FORM), list(COMPS), ROLE, dict(ANSWERS), list(RATINGS))
    assert first == second and hash(first) == hash(second)
    plan = build_plan(FORM, COMPS, ROLE)
    assert score_with_plan(plan, ANSWERS, RATINGS) == first == score_with_plan(plan, ANSWERS, RATINGS)


def test_order_of_questions_answers_and_ratings_does_not_matter():
    first = score_profile(FORM, COMPS, ROLE, ANSWERS, RATINGS)
    shuffled = score_profile(list(reversed(FORM)), COMPS, ROLE,
                             dict(reversed(list(ANSWERS.items()))), list(reversed(RATINGS)))
    assert shuffled == first


def test_results_are_frozen():
    profile = score_profile(FORM, COMPS, ROLE, ANSWERS, RATINGS)
    objects = [profile, profile.fit, *profile.competencies, *profile.dimensions,
               profile.competencies[0].sources[0], profile.competencies[0].panel,
               profile.competencies[0].band, profile.competencies[0].fit, profile.reasons[0]]
    for item in objects:
        assert dataclasses.is_dataclass(item)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(item, dataclasses.fields(item)[0].name, None)


RESULT_TYPES = [scoring.Band, scoring.SourceScore, scoring.CompetencyFit, scoring.FitSummary,
                scoring.Reason, scoring.PanelSummary, scoring.CompetencyScore, scoring.DimensionScore,
                scoring.Profile, scoring.Finding]


@pytest.mark.parametrize("cls", RESULT_TYPES, ids=lambda c: c.__name__)
def test_fast_builders_make_ordinary_frozen_instances(cls):
    values = [f"v{i}" for i in range(len(dataclasses.fields(cls)))]
    fast = builder(cls)(*values)
    assert type(fast) is cls
    assert fast == cls(*values) and hash(fast) == hash(cls(*values)) and repr(fast) == repr(cls(*values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(fast, dataclasses.fields(cls)[0].name, "changed")


def test_builder_refuses_classes_it_cannot_mirror():
    @dataclasses.dataclass
    class Mutable:
        x: int
    with pytest.raises(TypeError):
        builder(Mutable)


def test_policy_and_snapshot_are_immutable():
    policy = scoring.ScoringPolicy()
    with pytest.raises(TypeError):
        policy.source_weights[Source.SELF] = 3  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.self_discount = 1.0  # type: ignore[misc]
