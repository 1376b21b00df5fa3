"""Domain objects <-> plain JSON-able dicts, for storing versions in the database.

``x_from_dict(x_to_dict(obj)) == obj`` for questions, portraits and templates.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ..domain import (
    AssessmentTemplate, CompetencyTarget, DimensionTarget, Option, Origin, Portrait, Question,
    QuestionKind, TemplatePurpose, TemplateSection, Text,
)


def text_to_dict(text: Text) -> dict[str, str]:
    return {"ru": text.ru, "en": text.en}


def text_from_dict(data: dict[str, str]) -> Text:
    return Text(ru=data["ru"], en=data["en"])


def question_to_dict(q: Question) -> dict[str, Any]:
    return {
        "id": q.id, "competency": q.competency, "kind": q.kind.value, "text": text_to_dict(q.text),
        "version": q.version, "reverse": q.reverse, "origin": q.origin.value,
        "options": [{"id": o.id, "text": text_to_dict(o.text), "correct": o.correct,
                     "effectiveness": o.effectiveness} for o in q.options],
        "anchors": [text_to_dict(a) for a in q.anchors],
        "probes": [text_to_dict(p) for p in q.probes],
        "roles": list(q.roles),
    }


def question_from_dict(d: dict[str, Any]) -> Question:
    return Question(
        id=d["id"], competency=d["competency"], kind=QuestionKind(d["kind"]), text=text_from_dict(d["text"]),
        version=d["version"], reverse=d["reverse"], origin=Origin(d["origin"]),
        options=tuple(Option(o["id"], text_from_dict(o["text"]), o["correct"], o["effectiveness"])
                      for o in d["options"]),
        anchors=tuple(text_from_dict(a) for a in d["anchors"]),
        probes=tuple(text_from_dict(p) for p in d["probes"]),
        roles=tuple(d.get("roles", ())))  # versions stored before roles existed suit every role


def portrait_to_dict(p: Portrait) -> dict[str, Any]:
    return {
        "id": p.id, "name": text_to_dict(p.name), "description": text_to_dict(p.description),
        "targets": [{"dimension": t.dimension, "level": t.level, "weight": t.weight,
                     "why": text_to_dict(t.why)} for t in p.targets],
        "overrides": [{"competency": o.competency, "level": o.level, "why": text_to_dict(o.why)}
                      for o in p.overrides],
    }


def portrait_from_dict(d: dict[str, Any]) -> Portrait:
    return Portrait(
        id=d["id"], name=text_from_dict(d["name"]), description=text_from_dict(d["description"]),
        targets=tuple(DimensionTarget(t["dimension"], t["level"], t["weight"], text_from_dict(t["why"]))
                      for t in d["targets"]),
        overrides=tuple(CompetencyTarget(o["competency"], o["level"], text_from_dict(o["why"]))
                        for o in d["overrides"]))


def template_to_dict(t: AssessmentTemplate) -> dict[str, Any]:
    return {
        "id": t.id, "role": t.role, "purpose": t.purpose.value, "name": text_to_dict(t.name),
        "description": text_to_dict(t.description), "time_limit_minutes": t.time_limit_minutes,
        "sections": [{"competencies": list(s.competencies),
                      "items_per_competency": {k.value: n for k, n in s.items_per_competency.items()}}
                     for s in t.sections],
        "seed": t.seed, "shuffle_items": t.shuffle_items, "shuffle_options": t.shuffle_options,
    }


def template_from_dict(d: dict[str, Any]) -> AssessmentTemplate:
    return AssessmentTemplate(
        id=d["id"], role=d["role"], purpose=TemplatePurpose(d["purpose"]), name=text_from_dict(d["name"]),
        description=text_from_dict(d["description"]), time_limit_minutes=d["time_limit_minutes"],
        sections=tuple(TemplateSection(tuple(s["competencies"]), MappingProxyType(
            {QuestionKind(k): n for k, n in s["items_per_competency"].items()})) for s in d["sections"]),
        seed=d["seed"], shuffle_items=d["shuffle_items"], shuffle_options=d["shuffle_options"])
