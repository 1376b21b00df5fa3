"""Interview panels: several interviewers rate the same competency.

Per question: the panel score is the mean over the raters who observed it ("not
observed" is missing, not zero). Per competency: the mean over its rated questions
(with one question per competency this is simply the mean over raters).

Agreement (James, Demaree & Wolf 1984): r_wg = 1 - s^2 / sigma^2_EU with
sigma^2_EU = (A^2 - 1) / 12 (A = 5 gives 2). ``s^2`` is the *sample* variance (n - 1) of
the ratings of one question, as in James et al. and common software: it estimates the
variance of the population of possible raters, the quantity sigma^2_EU is compared to;
the population form would overstate agreement for two or three raters. Over J questions
rated by two or more raters: r_wg(J) = J(1 - m) / (J(1 - m) + m), m = mean s^2 / sigma^2_EU.
Values are truncated to 0 when s^2 >= sigma^2_EU (disagreement beyond random).

One rater: score = that rater's rating; spread and r_wg are undefined (None), the panel
is not flagged, and the reason ``single_rater`` says agreement is unknown.
Flagged for discussion when r_wg < threshold or ratings of one question differ by
``spread_threshold`` points or more.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .builders import builder
from .reasons import Reason


@dataclass(frozen=True, slots=True)
class PanelSummary:
    """Panel statistics of one competency; levels on 1..5, ``r_wg`` in 0..1."""

    raters: int  #: raters with at least one observed rating
    ratings: int  #: observed ratings
    not_observed: int  #: ratings marked "not observed"
    mean: float | None  #: panel score (level), None when nothing was observed
    spread: int | None  #: largest max - min within one question; None below two raters
    r_wg: float | None  #: agreement index; None when no question had two raters
    questions_agreed: int  #: J, questions rated by two or more raters
    flagged: bool  #: needs discussion
    rater_levels: tuple[tuple[str, float], ...]  #: each rater's level (mean over questions), by id
    reasons: tuple[Reason, ...] = ()


def sample_variance(values: Sequence[float]) -> float:
    """Sample variance (divisor n - 1) of two or more values."""
    n = len(values)
    mean = sum(values) / n
    return sum((v - mean) ** 2 for v in values) / (n - 1)


def r_wg(variances: Sequence[float], null_variance: float) -> float:
    """r_wg (one question: 1 - s^2 / sigma^2_EU) or r_wg(J) (J questions) from per-question
    sample variances; 0 when the mean variance reaches sigma^2_EU."""
    j = len(variances)
    ratio = sum(variances) / j / null_variance
    if ratio >= 1.0:
        return 0.0
    if j == 1:
        return 1.0 - ratio
    agreement = j * (1.0 - ratio)
    return agreement / (agreement + ratio)


def summarise_panel(competency: str, questions: Sequence[Sequence[tuple[str, int]]],
                    not_observed: int, null_variance: float, rwg_threshold: float,
                    spread_threshold: int) -> PanelSummary:
    """Panel statistics from, per question, its observed (rater id, level) pairs.

    Pairs must be sorted by rater id (the engine does this, so the order ratings arrive in
    never changes a result). Questions without observed ratings may be passed empty.
    """
    if len(questions) == 1 and questions[0]:
        return summarise_question(competency, questions[0], not_observed, null_variance,
                                  rwg_threshold, spread_threshold)
    means: list[float] = []
    variances: list[float] = []
    spread: int | None = None
    per_rater: dict[str, list[int]] = {}
    ratings = 0
    for pairs in questions:
        n = len(pairs)
        if not n:
            continue
        ratings += n
        total = 0
        low = high = pairs[0][1]
        for rater, level in pairs:
            total += level
            if level < low:
                low = level
            elif level > high:
                high = level
            if rater in per_rater:
                per_rater[rater].append(level)
            else:
                per_rater[rater] = [level]
        mean = total / n
        means.append(mean)
        if n >= 2:
            squares = 0.0
            for _, level in pairs:
                deviation = level - mean
                squares += deviation * deviation
            variances.append(squares / (n - 1))
            if spread is None or high - low > spread:
                spread = high - low
    agreement = r_wg(variances, null_variance) if variances else None
    weak = agreement is not None and agreement < rwg_threshold - 1e-9
    wide = spread is not None and spread >= spread_threshold
    notes: tuple[Reason, ...] = ()
    if not_observed or weak or wide or len(per_rater) == 1:
        notes = _notes(competency, not_observed, tuple(per_rater), agreement, weak, rwg_threshold,
                       spread, wide, spread_threshold)
    rater_levels = tuple([(rater, sum(levels) / len(levels))
                          for rater, levels in sorted(per_rater.items())])
    level = sum(means) / len(means) if means else None
    return _PanelSummary(len(per_rater), ratings, not_observed, level, spread, agreement,
                         len(variances), weak or wide, rater_levels, notes)


def summarise_question(competency: str, pairs: Sequence[tuple[str, int]], not_observed: int,
                       null_variance: float, rwg_threshold: float,
                       spread_threshold: int) -> PanelSummary:
    """:func:`summarise_panel` for the common case, one question with observed ``pairs``.

    Same arithmetic as the general path (sums in rater order, r_wg = 1 - (s^2 / 1) /
    sigma^2_EU), so both give equal results; kept apart because it runs for every
    competency of every interview."""
    n = len(pairs)
    if n == 1:
        rater, level = pairs[0]
        return _PanelSummary(1, 1, not_observed, level / 1, None, None, 0, False, tuple(pairs),
                             _notes(competency, not_observed, (rater,), None, False,
                                    rwg_threshold, None, False, spread_threshold))
    if n == 2:  # two raters a, b: deviations are +-(a - b) / 2, all exact in binary
        first, second = pairs[0][1], pairs[1][1]
        mean = (first + second) / 2
        deviation = first - mean
        squares = deviation * deviation + deviation * deviation
        low, high = (first, second) if first <= second else (second, first)
    else:
        total = 0
        low = high = pairs[0][1]
        for _, level in pairs:
            total += level
            if level < low:
                low = level
            elif level > high:
                high = level
        mean = total / n
        squares = 0.0
        for _, level in pairs:
            deviation = level - mean
            squares += deviation * deviation
    ratio = squares / (n - 1) / null_variance
    agreement = 0.0 if ratio >= 1.0 else 1.0 - ratio
    spread = high - low
    weak = agreement < rwg_threshold - 1e-9
    wide = spread >= spread_threshold
    notes: tuple[Reason, ...] = ()
    if not_observed or weak or wide:
        notes = _notes(competency, not_observed, (), agreement, weak, rwg_threshold, spread,
                       wide, spread_threshold)
    return _PanelSummary(n, n, not_observed, mean, spread, agreement, 1, weak or wide,
                         tuple(pairs), notes)


def _notes(competency: str, not_observed: int, raters: Sequence[str], agreement: float | None,
           weak: bool, rwg_threshold: float, spread: int | None, wide: bool,
           spread_threshold: int) -> tuple[Reason, ...]:
    """The panel's reasons; ``raters`` holds the one rater's id when there is only one."""
    notes: list[Reason] = []
    if not_observed:
        notes.append(_Reason("not_observed", (("competency", competency), ("count", not_observed))))
    if len(raters) == 1:
        notes.append(_Reason("single_rater", (("competency", competency), ("rater", raters[0]))))
    if weak:
        notes.append(_Reason("panel_low_agreement", (("competency", competency), ("r_wg", agreement),
                                                     ("threshold", rwg_threshold))))
    if wide:
        notes.append(_Reason("panel_spread", (("competency", competency), ("spread", spread),
                                              ("threshold", spread_threshold))))
    return tuple(notes)


_PanelSummary = builder(PanelSummary)
_Reason = builder(Reason)
