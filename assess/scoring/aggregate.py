"""From item scores to levels: per source, combined over sources, per dimension.

Scales: item scores 0..1; levels 1..5 (the portraits' scale); display 0..100.

* Source level of a competency = 1 + 4 * mean item score of its answered items
  (interview: the panel mean level, which is the same thing for ratings). Scored only with
  at least the policy minimum of answered items, else "insufficient evidence".
* Combined level = sum(w_s * level_s) / sum(w_s) over the sources that are scored, with
  the policy's effective weights (self-rating discounted); it rests on sum of those w_s
  over the sum of all three.
* Dimension level = plain mean of the levels of its competencies that are scored.

The arithmetic itself runs in :mod:`assess.scoring.profile` (one pass per assessment).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..domain import MAX_LEVEL, MIN_LEVEL, Source
from .uncertainty import Band

_SPAN = float(MAX_LEVEL - MIN_LEVEL)


class Evidence(StrEnum):
    """Whether a score exists."""

    SCORED = "scored"
    INSUFFICIENT = "insufficient_evidence"  #: asked, but below the minimum answered
    NOT_ASKED = "not_asked"  #: no item of this source was asked


def level_of_item_mean(mean: float) -> float:
    """Mean item score 0..1 -> level 1..5."""
    return MIN_LEVEL + _SPAN * mean


def percent_of_level(level: float) -> float:
    """Level 1..5 -> display value 0..100."""
    return 100.0 * (level - MIN_LEVEL) / _SPAN


@dataclass(frozen=True, slots=True)
class SourceScore:
    """One source's score of a competency or dimension; ``level`` 1..5 only when SCORED.

    ``asked`` / ``answered`` count scored items (interview: questions with at least one
    observed rating). Levels stay unrounded floats; see :mod:`assess.scoring.present`.
    """

    source: Source
    status: Evidence
    asked: int
    answered: int
    level: float | None = None
    band: Band | None = None

    @property
    def percent(self) -> float | None:
        """The level as 0..100 for display (unrounded)."""
        return None if self.level is None else percent_of_level(self.level)
