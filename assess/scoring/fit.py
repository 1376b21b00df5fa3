"""Fit with the role portrait: one-sided, tolerant, importance-weighted.

Per competency with a score and a target level: gap = level - target (level points);
shortfall = max(0, -gap). Fit = 1 when shortfall <= tolerance, falls linearly to 0 at
``zero_fit_distance``, and stays 0 beyond; exceeding the target is never penalised.

Per dimension: fit = mean fit of its competencies that have a score and a target.
A competency's importance (ranking strengths and development areas) is its dimension's share
of the portrait split equally among the dimension's competencies in the form with a target.
Overall fit = sum(w_d * fit_d) / sum(w_d) over dimensions with a fit (weights renormalised),
reported with the share of the portrait's total weight it rests on.

Comparisons at a threshold allow :data:`EPSILON` level points, so float representation
error (3.9999999999999996 for an exact 4) never turns a met target into a shortfall.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .reasons import Reason

#: Slack for comparisons at thresholds, in level points (far below any displayed digit).
EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class CompetencyFit:
    """A competency against its target: ``gap`` in level points, ``fit`` in 0..1."""

    target: int
    gap: float  #: level - target; negative is a shortfall
    fit: float  #: 0..1
    weight: float  #: importance 0..1: dimension's share of the portrait / its targeted competencies
    is_gap: bool  #: a shortfall larger than the score's band


@dataclass(frozen=True, slots=True)
class FitSummary:
    """Overall fit 0..1 (None without evidence) and the share 0..1 of the portrait it rests on."""

    fit: float | None
    weight_covered: float
    dimensions_used: int
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """A strength or a development area, with the reason the report prints."""

    competency: str
    dimension: str
    reason: Reason


def competency_fit(gap: float, tolerance: float, zero_fit_distance: float) -> float:
    """1 within ``tolerance`` below target (or above it), linear down to 0 at ``zero_fit_distance``."""
    shortfall = -gap
    if shortfall <= tolerance + EPSILON:
        return 1.0
    if shortfall >= zero_fit_distance - EPSILON:
        return 0.0
    return 1.0 - (shortfall - tolerance) / (zero_fit_distance - tolerance)


def overall_fit(parts: Sequence[tuple[float, float]], total_weight: float) -> tuple[float | None, float]:
    """(fit, covered) from (dimension weight, dimension fit) pairs of the dimensions with a fit.

    ``fit`` is None when those dimensions weigh nothing; ``covered`` = their weight share.
    """
    used = sum(w for w, _ in parts)
    covered = used / total_weight if total_weight > 0 else 0.0
    if used <= 0:
        return None, covered
    return sum(w * f for w, f in parts) / used, covered


def meets_target(gap: float) -> bool:
    """At or above the target (within EPSILON)."""
    return gap >= -EPSILON
