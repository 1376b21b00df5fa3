"""The shape of every bank file, as pydantic models (pure: no Flask, no database).

These models check shape only: keys, types, required fields. Rules that need the
whole bank (references, duplicates, weights, per-kind rules) live in
:mod:`assess.bank.loader`, so that every error can be reported at once with its own
message. ``extra="forbid"`` turns a misspelt key into an error instead of a silently
ignored field; ``strict=True`` stops "5" from passing as 5.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=120)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Kind = Literal["likert", "knowledge", "sjt", "interview", "open"]
OriginIn = Literal["article", "proposed"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class TextIn(Strict):
    ru: NonEmpty
    en: NonEmpty


class LevelIn(Strict):
    value: int
    name: TextIn
    description: TextIn


class ScaleFile(Strict):
    """``scale.yaml``: names of the levels 1..5."""

    levels: list[LevelIn]


class CompetencyIn(Strict):
    id: Id
    name: TextIn
    description: TextIn
    advice: list[TextIn] = Field(default_factory=list)
    origin: OriginIn = "proposed"
    note: str | None = None  #: for authors: where the competency comes from; never shown


class DimensionFile(Strict):
    """``dimensions/<id>.yaml``: one PM category or AM group with its competencies."""

    id: Id
    family: Literal["pm", "am"]
    order: int
    name: TextIn
    description: TextIn
    competencies: list[CompetencyIn]


class OptionIn(Strict):
    id: Id
    text: TextIn
    correct: bool | None = None
    effectiveness: int | None = None


class QuestionIn(Strict):
    id: Id
    competency: Id
    kind: Kind
    text: TextIn
    reverse: bool | None = None
    options: list[OptionIn] | None = None
    anchors: dict[int, TextIn] | None = None
    probes: list[TextIn] | None = None
    #: written for these roles only (portrait ids); omitted: suits every role
    roles: list[Id] | None = None
    origin: OriginIn = "proposed"
    note: str | None = None  #: for authors and reviewers; never shown, not part of the version


class QuestionsFile(Strict):
    """``questions/<name>.yaml``: any number of questions."""

    questions: list[QuestionIn]


class TargetIn(Strict):
    dimension: Id
    level: int
    weight: float
    why: TextIn


class OverrideIn(Strict):
    competency: Id
    level: int
    why: TextIn


class PortraitFile(Strict):
    """``portraits/<role>.yaml``: the ideal manager of one role."""

    id: Id
    name: TextIn
    description: TextIn
    targets: list[TargetIn]
    overrides: list[OverrideIn] = Field(default_factory=list)


class SectionIn(Strict):
    """A section covers the union of ``dimensions`` (all their competencies) and
    ``competencies`` (listed one by one), in that order, without repeats."""

    dimensions: list[Id] = Field(default_factory=list)
    competencies: list[Id] = Field(default_factory=list)
    items_per_competency: dict[Kind, int]


class TemplateFile(Strict):
    """``templates/<id>.yaml``: how forms of one assessment are drawn."""

    id: Id
    role: Id
    purpose: Literal["self_assessment", "interview_kit"]
    name: TextIn
    description: TextIn
    time_limit_minutes: int | None = None
    sections: list[SectionIn]
    seed: int
    shuffle_items: bool = True
    shuffle_options: bool = True
