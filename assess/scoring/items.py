"""Item scores on 0..1, one scorer per question kind (the registry :data:`ITEM_SCORERS`).

A scorer turns a question into its *score table*: response -> item score in 0..1.
Tables are built once per question (see :mod:`assess.scoring.plan`) so scoring an
answer is a single lookup. Mappings (MIN..MAX = 1..5, the level scale):

* ``likert``: agreement a -> (a - 1) / 4; reverse-keyed: (5 - a) / 4 = 1 - plain.
* ``knowledge``: the keyed option -> 1, every other option -> 0.
* ``sjt``: option with expert effectiveness e -> (e - min_e) / (max_e - min_e), min and
  max taken over the item's own options (best option 1, worst 0); needs two distinct values.
* ``interview``: rating level r -> (r - 1) / 4; "not observed" (None) is missing.
* ``open``: no scorer (``None``): never scored.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Callable, Mapping

from ..domain import MAX_LEVEL, MIN_LEVEL, LEVELS, Question, QuestionKind
from .responses import Response, ScoringInputError

#: response -> item score in 0..1
ScoreTable = Mapping[object, float]
ItemScorer = Callable[[Question], ScoreTable]

_SPAN = float(MAX_LEVEL - MIN_LEVEL)


def _level_table(reverse: bool = False) -> ScoreTable:
    if reverse:
        return MappingProxyType({v: (MAX_LEVEL - v) / _SPAN for v in LEVELS})
    return MappingProxyType({v: (v - MIN_LEVEL) / _SPAN for v in LEVELS})


def likert_table(question: Question) -> ScoreTable:
    """Agreement 1..5 -> 0..1; reverse-keyed items score the mirror 1 - plain."""
    return _level_table(question.reverse)


def knowledge_table(question: Question) -> ScoreTable:
    """Option id -> 1.0 for the one key, 0.0 otherwise."""
    keys = [o for o in question.options if o.correct]
    if len(keys) != 1:
        raise ValueError(f"{question.id}: a knowledge question needs exactly one key")
    return MappingProxyType({o.id: 1.0 if o.correct else 0.0 for o in question.options})


def sjt_table(question: Question) -> ScoreTable:
    """Option id -> (e - min_e) / (max_e - min_e) within the item (expert key)."""
    values = [o.effectiveness for o in question.options]
    if any(v is None for v in values):
        raise ValueError(f"{question.id}: every sjt option needs an effectiveness")
    low, high = min(values), max(values)  # type: ignore[type-var]
    if high == low:
        raise ValueError(f"{question.id}: sjt options need at least two effectiveness values")
    span = float(high - low)  # type: ignore[operator]
    return MappingProxyType({o.id: (o.effectiveness - low) / span  # type: ignore[operator]
                             for o in question.options})


def interview_table(question: Question) -> ScoreTable:
    """Rating level 1..5 -> 0..1 (the panel works on levels; this is the same scale)."""
    return _level_table()


#: The registry: question kind -> scorer (None: the kind is never scored).
ITEM_SCORERS: Mapping[QuestionKind, ItemScorer | None] = MappingProxyType({
    QuestionKind.LIKERT: likert_table,
    QuestionKind.KNOWLEDGE: knowledge_table,
    QuestionKind.SJT: sjt_table,
    QuestionKind.INTERVIEW: interview_table,
    QuestionKind.OPEN: None,
})


def score_table(question: Question) -> ScoreTable | None:
    """The question's score table, or None when its kind is never scored."""
    scorer = ITEM_SCORERS[question.kind]
    return None if scorer is None else scorer(question)


def score_item(question: Question, response: Response) -> float | None:
    """One item score in 0..1; None when unanswered or unscored (open text).

    Raises :class:`ScoringInputError` for a response the question cannot have.
    """
    table = score_table(question)
    if table is None or response is None:
        return None
    if isinstance(response, bool) or response not in table:
        raise ScoringInputError(f"{question.id}: {response!r} is not a valid {question.kind} response")
    return table[response]
