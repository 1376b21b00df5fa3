"""Builders of domain objects for the scoring tests (independent of the shipped bank)."""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from assess.domain import (
    Competency, CompetencyTarget, DimensionTarget, Option, Portrait, Question, QuestionKind, Text,
)
from assess.scoring import Rating

T = Text("-", "-")
SJT_EFFECTIVENESS = {"a": 5, "b": 2, "c": 1, "d": 3}


def likert(qid: str, competency: str, reverse: bool = False) -> Question:
    return Question(qid, competency, QuestionKind.LIKERT, T, reverse=reverse)


def knowledge(qid: str, competency: str, options: str = "abc", key: str = "a") -> Question:
    return Question(qid, competency, QuestionKind.KNOWLEDGE, T,
                    options=tuple(Option(o, T, correct=(o == key)) for o in options))


def sjt(qid: str, competency: str, effectiveness: Mapping[str, int] = SJT_EFFECTIVENESS) -> Question:
    return Question(qid, competency, QuestionKind.SJT, T,
                    options=tuple(Option(o, T, effectiveness=e) for o, e in effectiveness.items()))


def interview(qid: str, competency: str) -> Question:
    return Question(qid, competency, QuestionKind.INTERVIEW, T, anchors=(T,) * 5)


def open_question(qid: str, competency: str) -> Question:
    return Question(qid, competency, QuestionKind.OPEN, T)


def competency(cid: str, dimension: str) -> Competency:
    return Competency(cid, dimension, T, T)


def portrait(targets: Iterable[tuple[str, int, float]],
             overrides: Iterable[tuple[str, int]] = (), pid: str = "role") -> Portrait:
    return Portrait(pid, T, T,
                    tuple(DimensionTarget(d, level, weight, T) for d, level, weight in targets),
                    tuple(CompetencyTarget(c, level, T) for c, level in overrides))


def full_form(cid: str) -> list[Question]:
    """2 likert (second reverse-keyed), knowledge (key a), sjt, interview for one competency."""
    return [likert(f"{cid}.l1", cid), likert(f"{cid}.l2", cid, reverse=True),
            knowledge(f"{cid}.k1", cid), sjt(f"{cid}.s1", cid), interview(f"{cid}.i1", cid)]


def from_example(data: Mapping[str, Any]):
    """Domain objects and inputs from the worked example's YAML input (docs/scoring.md)."""
    questions = []
    for q in data["questions"]:
        kind = QuestionKind(q["kind"])
        if kind is QuestionKind.KNOWLEDGE:
            questions.append(knowledge(q["id"], q["competency"], "".join(q["options"]), q["key"]))
        elif kind is QuestionKind.SJT:
            questions.append(sjt(q["id"], q["competency"], q["effectiveness"]))
        elif kind is QuestionKind.LIKERT:
            questions.append(likert(q["id"], q["competency"], q.get("reverse", False)))
        elif kind is QuestionKind.INTERVIEW:
            questions.append(interview(q["id"], q["competency"]))
        else:
            questions.append(open_question(q["id"], q["competency"]))
    p = data["portrait"]
    role = portrait([(t["dimension"], t["level"], t["weight"]) for t in p["targets"]],
                    [(o["competency"], o["level"]) for o in p.get("overrides", ())], p["id"])
    comps = [competency(c["id"], c["dimension"]) for c in data["competencies"]]
    ratings = [Rating(r["question"], r["rater"], r["level"]) for r in data["ratings"]]
    return questions, comps, role, dict(data["answers"]), ratings
