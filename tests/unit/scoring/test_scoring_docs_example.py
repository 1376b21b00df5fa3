"""The worked example of docs/scoring.md: inputs and expected numbers come from the document."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from assess.scoring import ScoringPolicy, StatisticsSnapshot, present_profile, score_profile
from scoring_factories import from_example

DOC = Path(__file__).resolve().parents[3] / "docs" / "scoring.md"
FENCE = re.compile(r"^```yaml (scoring-example-[a-z]+)\n(.*?)^```", re.S | re.M)


def blocks() -> dict[str, Any]:
    found = {name: yaml.safe_load(body) for name, body in FENCE.findall(DOC.read_text("utf-8"))}
    assert set(found) == {"scoring-example-input", "scoring-example-expected"}, set(found)
    return found


def comparable(presented: dict[str, Any]) -> dict[str, Any]:
    """present_profile output keyed by id, with reasons reduced to their ids."""
    def keyed(entries: list[dict[str, Any]]) -> dict[str, Any]:
        out = {}
        for entry in entries:
            entry = dict(entry)
            entry["reason_ids"] = [r["id"] for r in entry.pop("reasons")]
            out[entry.pop("id")] = entry
        return out
    return {
        **presented,
        "competencies": keyed(presented["competencies"]),
        "dimensions": keyed(presented["dimensions"]),
        "strengths": [f["competency"] for f in presented["strengths"]],
        "development_areas": [{"competency": f["competency"], "reason": f["reason"]["id"]}
                              for f in presented["development_areas"]],
        "reason_ids": [r["id"] for r in presented["reasons"]],
    }


def assert_subset(expected: Any, actual: Any, path: str = "") -> None:
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected a mapping, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing"
            assert_subset(value, actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), \
            f"{path}: expected {expected!r}, got {actual!r}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            assert_subset(e, a, f"{path}[{i}]")
    else:
        assert type(expected) is type(actual) or {type(expected), type(actual)} <= {int, float}, \
            f"{path}: expected {expected!r}, got {actual!r}"
        assert expected == actual, f"{path}: expected {expected!r}, got {actual!r}"


def test_worked_example_matches_the_document():
    data = blocks()
    source = data["scoring-example-input"]
    questions, comps, role, answers, ratings = from_example(source)
    profile = score_profile(questions, comps, role, answers, ratings,
                            policy=ScoringPolicy(**source.get("policy") or {}),
                            snapshot=StatisticsSnapshot(**source.get("snapshot") or {}))
    assert_subset(data["scoring-example-expected"], comparable(present_profile(profile)))


def test_expected_block_covers_every_competency_and_dimension():
    data = blocks()
    expected = data["scoring-example-expected"]
    assert set(expected["competencies"]) == {c["id"] for c in data["scoring-example-input"]["competencies"]}
    assert set(expected["dimensions"]) == {"strategy", "communication"}
