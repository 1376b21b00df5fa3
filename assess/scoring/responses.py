"""What a candidate and the interviewers gave: the inputs of scoring.

Responses by kind: ``likert`` an int 1..5 (agreement), ``knowledge`` and ``sjt`` the
chosen option id (str), ``open`` free text (accepted, never scored), ``interview`` no
answer but :class:`Rating` objects. ``None`` or an absent answer means "not answered".
"""
from __future__ import annotations

from dataclasses import dataclass

#: One response value: int (likert), option id or text (str), or None (not answered).
Response = int | str | None


class ScoringInputError(ValueError):
    """An answer or rating that does not fit the questions being scored."""


@dataclass(frozen=True, slots=True)
class Answer:
    """The candidate's response to one question (see module doc for the value by kind)."""

    question_id: str
    value: Response


@dataclass(frozen=True, slots=True)
class Rating:
    """One interviewer's rating of one interview question.

    ``level`` is 1..5 (the question's behavioural anchors) or ``None`` for "not observed",
    which is missing evidence, never zero.
    """

    question_id: str
    rater_id: str
    level: int | None
