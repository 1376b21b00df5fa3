"""Domain vocabulary shared by every layer: frozen dataclasses and enums.

Pure Python (stdlib only). The bank loader builds these objects, the scoring engine
reads them, the models persist them. Nothing here knows about Flask or SQL.

Invariants that hold for every object built by :mod:`assess.bank.loader`:
levels are integers 1..5, portrait weights sum to 1 (within 1e-6), every text exists
in every language of :data:`LANGUAGES`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Mapping

#: Languages every user-facing text exists in; the first one is the default.
LANGUAGES: tuple[str, ...] = ("ru", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]

#: The level scale of competencies and portraits (1 = awareness ... 5 = expert).
MIN_LEVEL = 1
MAX_LEVEL = 5
LEVELS: tuple[int, ...] = tuple(range(MIN_LEVEL, MAX_LEVEL + 1))


@dataclass(frozen=True, slots=True)
class Text:
    """One user-facing text in every supported language."""

    ru: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang``; falls back to the default language for unknown codes."""
        return self.en if lang == "en" else self.ru


class Family(StrEnum):
    """Which competency model a dimension belongs to."""

    PM = "pm"  #: product manager: six skill categories
    AM = "am"  #: account manager: seven competency groups


class QuestionKind(StrEnum):
    """Kinds of question; each has its own item scorer (see assess.scoring)."""

    LIKERT = "likert"  #: self-rating statement, agreement 1..5, may be reverse-keyed
    KNOWLEDGE = "knowledge"  #: options with exactly one key
    SJT = "sjt"  #: situational judgement: options with effectiveness 1..5
    INTERVIEW = "interview"  #: structured-interview prompt with anchors for levels 1..5
    OPEN = "open"  #: free text, never scored


class Source(StrEnum):
    """Where evidence about a competency comes from; scored separately, then combined."""

    SELF = "self"
    TEST = "test"
    INTERVIEW = "interview"


#: The evidence source of each kind; ``None`` for kinds that are not scored.
SOURCE_OF_KIND: Mapping[QuestionKind, Source | None] = MappingProxyType(
    {
        QuestionKind.LIKERT: Source.SELF,
        QuestionKind.KNOWLEDGE: Source.TEST,
        QuestionKind.SJT: Source.TEST,
        QuestionKind.INTERVIEW: Source.INTERVIEW,
        QuestionKind.OPEN: None,
    }
)


class Origin(StrEnum):
    """Where a competency or item comes from: the source articles or our own proposal."""

    ARTICLE = "article"
    PROPOSED = "proposed"


class TemplatePurpose(StrEnum):
    """What an assessment template is used for."""

    SELF_ASSESSMENT = "self_assessment"
    INTERVIEW_KIT = "interview_kit"


@dataclass(frozen=True, slots=True)
class Level:
    """One step of the 1..5 level scale."""

    value: int
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Competency:
    """One skill or competency; it belongs to exactly one dimension."""

    id: str
    dimension: str
    name: Text
    description: Text  #: one line of observable behaviour
    advice: tuple[Text, ...] = ()  #: development actions printed for a gap
    origin: Origin = Origin.PROPOSED


@dataclass(frozen=True, slots=True)
class Dimension:
    """A PM skill category or an AM competency group: the unit portraits weight."""

    id: str
    family: Family
    order: int  #: display order within the whole model
    name: Text
    description: Text
    competencies: tuple[str, ...]  #: competency ids, in display order


@dataclass(frozen=True, slots=True)
class Option:
    """An answer option of a knowledge or situational-judgement question."""

    id: str
    text: Text
    correct: bool = False  #: knowledge questions: the one key
    effectiveness: int | None = None  #: SJT: expert-keyed effectiveness 1..5


@dataclass(frozen=True, slots=True)
class Question:
    """One version of one question. ``version`` is its content hash: any edit changes it."""

    id: str
    competency: str
    kind: QuestionKind
    text: Text
    version: str = ""  #: sha256 hex of the canonical content (see assess.bank.hashing)
    reverse: bool = False  #: LIKERT only: agreement means a lower level
    options: tuple[Option, ...] = ()
    anchors: tuple[Text, ...] = ()  #: INTERVIEW: behaviour at levels 1..5, index 0 = level 1
    probes: tuple[Text, ...] = ()  #: INTERVIEW: follow-up questions
    roles: tuple[str, ...] = ()  #: written for these roles only; empty: suits every role
    origin: Origin = Origin.PROPOSED

    def suits(self, role: str) -> bool:
        """True when forms for ``role`` may draw this question."""
        return not self.roles or role in self.roles

    @property
    def source(self) -> Source | None:
        """The evidence source this question contributes to (None: unscored)."""
        return SOURCE_OF_KIND[self.kind]


@dataclass(frozen=True, slots=True)
class DimensionTarget:
    """A portrait's target level and importance weight for one dimension."""

    dimension: str
    level: int
    weight: float  #: 0..1; a portrait's weights sum to 1
    why: Text


@dataclass(frozen=True, slots=True)
class CompetencyTarget:
    """A portrait's override of the target level for one competency."""

    competency: str
    level: int
    why: Text


@dataclass(frozen=True, slots=True)
class Portrait:
    """The "ideal manager" of a role: targets per dimension, overrides per competency."""

    id: str  #: the role id, e.g. ``product_manager``
    name: Text
    description: Text
    targets: tuple[DimensionTarget, ...]
    overrides: tuple[CompetencyTarget, ...] = ()

    def dimension_target(self, dimension: str) -> DimensionTarget | None:
        return next((t for t in self.targets if t.dimension == dimension), None)

    def target_level(self, competency: Competency) -> int | None:
        """The competency's own override if any, else its dimension's target level."""
        for override in self.overrides:
            if override.competency == competency.id:
                return override.level
        target = self.dimension_target(competency.dimension)
        return target.level if target else None


@dataclass(frozen=True, slots=True)
class TemplateSection:
    """Part of a template: these competencies, at most this many items of each kind each.

    A competency with fewer items of a kind in the bank contributes what it has.
    """

    competencies: tuple[str, ...]  #: competency ids, in display order
    items_per_competency: Mapping[QuestionKind, int]


@dataclass(frozen=True, slots=True)
class AssessmentTemplate:
    """How a form is drawn for a role: which competencies, how many items of each kind."""

    id: str
    role: str  #: portrait id
    purpose: TemplatePurpose
    name: Text
    description: Text
    time_limit_minutes: int | None
    sections: tuple[TemplateSection, ...]
    seed: int  #: recorded seed the fixed form is drawn with
    shuffle_items: bool = True  #: per attempt, order of items within a section may change
    shuffle_options: bool = True  #: per attempt, order of options may change

    @property
    def competencies(self) -> tuple[str, ...]:
        """Every competency the template covers, in section order, without repeats."""
        return tuple(dict.fromkeys(c for s in self.sections for c in s.competencies))


@dataclass(frozen=True)
class Bank:
    """A whole validated question bank. Built only by assess.bank.loader.load_bank."""

    levels: tuple[Level, ...]
    dimensions: Mapping[str, Dimension]
    competencies: Mapping[str, Competency]
    questions: Mapping[str, Question]
    portraits: Mapping[str, Portrait]
    templates: Mapping[str, AssessmentTemplate]
    version: str = ""  #: content hash of the whole bank
    files: tuple[str, ...] = field(default=())  #: bank-relative paths it was read from

    def questions_of(self, competency: str) -> tuple[Question, ...]:
        """Questions of one competency, in bank order."""
        return tuple(q for q in self.questions.values() if q.competency == competency)
