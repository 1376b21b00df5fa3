"""The result of scoring one assessment (:class:`Profile`) and the entry points.

``score_profile(questions, competencies, portrait, answers, ratings, policy=..., snapshot=...)``
scores one assessment; for many assessments of the same form build the plan once with
:func:`~assess.scoring.plan.build_plan` and call :func:`score_with_plan` per assessment.

Pure and deterministic: the same inputs always give an equal profile (sums run in plan
order, ratings by rater id, never in the order answers arrive). All numbers are unrounded
floats; :mod:`assess.scoring.present` rounds once, for display.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..domain import LEVELS, Competency, Portrait, Question, Source
from .aggregate import Evidence, SourceScore, percent_of_level
from .fit import EPSILON, CompetencyFit, Finding, FitSummary, competency_fit, overall_fit
from .panel import PanelSummary, summarise_panel, summarise_question
from .plan import SOURCES, CompetencyPlan, DimensionPlan, ScoringPlan, build_plan
from .policy import DEFAULT_POLICY, EMPTY_SNAPSHOT, ScoringPolicy, StatisticsSnapshot
from .reasons import Reason
from .responses import Answer, Rating, Response, ScoringInputError
from .builders import builder
from .uncertainty import Band, BandMethod, is_gap

_RATING_VALUES = frozenset((None, *LEVELS))
_MIN = float(LEVELS[0])
_SPAN = float(LEVELS[-1] - LEVELS[0])


@dataclass(frozen=True, slots=True)
class CompetencyScore:
    """One asked competency: combined level 1..5 (None unless SCORED), its band, every source
    (self, test, interview, in that order), the panel, coverage and fit with the target."""

    competency: str
    dimension: str
    status: Evidence
    level: float | None
    band: Band | None
    sources: tuple[SourceScore, ...]
    source_weight_share: float  #: 0..1, share of the policy's source weight the level rests on
    asked: int  #: scored items asked over all sources
    answered: int  #: of those, answered (interview: rated by at least one interviewer)
    target: int | None
    fit: CompetencyFit | None  #: None without a level or a target
    panel: PanelSummary | None  #: None when no interview question was asked
    reasons: tuple[Reason, ...]

    @property
    def percent(self) -> float | None:
        """The level as 0..100 for display (unrounded)."""
        return None if self.level is None else percent_of_level(self.level)

    def source(self, source: Source) -> SourceScore:
        return self.sources[SOURCES.index(source)]


@dataclass(frozen=True, slots=True)
class DimensionScore:
    """A category: mean level of its scored competencies (and per source), band, fit."""

    dimension: str
    status: Evidence
    level: float | None
    band: Band | None
    sources: tuple[SourceScore, ...]
    competencies_asked: int
    competencies_scored: int  #: how many competencies the level rests on
    target: int | None
    weight: float  #: share 0..1 of the portrait's total weight (its weights need not sum to 1)
    gap: float | None  #: level - target
    is_gap: bool  #: shortfall larger than the band
    fit: float | None  #: 0..1, mean fit of its competencies with a target
    reasons: tuple[Reason, ...]

    @property
    def percent(self) -> float | None:
        return None if self.level is None else percent_of_level(self.level)

    def source(self, source: Source) -> SourceScore:
        return self.sources[SOURCES.index(source)]


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything the report needs about one assessment, with the versions it was scored by."""

    portrait: str
    policy_id: str
    policy_version: int
    snapshot_version: str
    competencies: tuple[CompetencyScore, ...]
    dimensions: tuple[DimensionScore, ...]
    fit: FitSummary
    strengths: tuple[Finding, ...]
    development_areas: tuple[Finding, ...]
    reasons: tuple[Reason, ...]

    def competency(self, competency: str) -> CompetencyScore:
        return next(c for c in self.competencies if c.competency == competency)

    def dimension(self, dimension: str) -> DimensionScore:
        return next(d for d in self.dimensions if d.dimension == dimension)


def score_profile(questions: Iterable[Question],
                  competencies: Mapping[str, Competency] | Iterable[Competency],
                  portrait: Portrait,
                  answers: Mapping[str, Response] | Iterable[Answer],
                  ratings: Iterable[Rating] = (), *,
                  policy: ScoringPolicy = DEFAULT_POLICY,
                  snapshot: StatisticsSnapshot = EMPTY_SNAPSHOT) -> Profile:
    """Score one assessment: ``questions`` asked, the candidate's ``answers``, the panel's
    ``ratings``. Raises ScoringInputError for answers or ratings that do not fit."""
    plan = build_plan(questions, competencies, portrait, policy, snapshot)
    return score_with_plan(plan, answers, ratings)


def _answer_map(answers: Mapping[str, Response] | Iterable[Answer]) -> Mapping[str, Response]:
    if answers.__class__ is dict or isinstance(answers, Mapping):
        return answers
    found: dict[str, Response] = {}
    for answer in answers:
        if answer.question_id in found:
            raise ScoringInputError(f"{answer.question_id}: answered twice")
        found[answer.question_id] = answer.value
    return found


def _group_ratings(plan: ScoringPlan, ratings: Iterable[Rating]
                   ) -> tuple[dict[str, list[tuple[str, int]]], dict[str, int]]:
    """Observed (rater id, level) pairs per interview question, sorted by rater id, and the
    count of "not observed" per question; checks every rating on the way."""
    grouped: dict[str, list[tuple[str, int | None]]] = {}
    for rating in ratings:
        level = rating.level
        if level not in _RATING_VALUES:
            raise ScoringInputError(f"{rating.question_id}: rating {level!r} by {rating.rater_id} "
                                    "is not 1..5 or None")
        grouped.setdefault(rating.question_id, []).append((rating.rater_id, level))
    if not plan.rateable.issuperset(grouped):
        qid = sorted(set(grouped) - plan.rateable)[0]
        raise ScoringInputError(f"{qid}: not an interview question of this form")
    missing: dict[str, int] = {}
    for qid, pairs in grouped.items():
        if len(pairs) > 1:
            try:
                pairs.sort()
            except TypeError:  # one rater with a level and with None
                raise ScoringInputError(f"{qid}: rated twice by the same rater") from None
        previous = None
        unobserved = 0
        for rater, level in pairs:
            if rater == previous:
                raise ScoringInputError(f"{qid}: rated twice by {rater}")
            previous = rater
            if level is None:
                unobserved += 1
            elif level.__class__ is not int:  # True == 1, but a bool is no rating
                raise ScoringInputError(f"{qid}: rating {level!r} by {rater} is not 1..5 or None")
        if unobserved:
            missing[qid] = unobserved
            grouped[qid] = [pair for pair in pairs if pair[1] is not None]
    return grouped, missing  # type: ignore[return-value]


def score_with_plan(plan: ScoringPlan, answers: Mapping[str, Response] | Iterable[Answer],
                    ratings: Iterable[Rating] = ()) -> Profile:
    """Score one assessment with a prepared plan (see :func:`build_plan`)."""
    answer_of = _answer_map(answers)
    if not plan.answerable.issuperset(answer_of):
        extra = sorted(set(answer_of) - plan.answerable)
        raise ScoringInputError(f"answers to questions not in this form: {', '.join(extra)}")
    get = answer_of.get
    values = [get(qid) for qid in plan.item_ids]  # None: not answered
    try:
        items = [table.get(value) for table, value in zip(plan.item_tables, values)]
    except TypeError:  # an unhashable response
        items = [None]
    if None in items or bool in set(map(type, values)):
        _reject_answer(plan, values)
    # per likert/test source of every competency: unanswered items and the item-score sum
    # (unanswered items score 0.0 in ``items``: adding them changes no sum)
    unanswered = list(map(list.count, map(values.__getitem__, plan.item_slices), _NONES))
    totals = list(map(sum, map(items.__getitem__, plan.item_slices)))
    observed, missing = _group_ratings(plan, ratings)
    policy = plan.policy
    z = policy.band_z
    tolerance, zero = policy.fit_tolerance, policy.zero_fit_distance
    comp_plans = plan.competencies
    comp_scores: list[CompetencyScore] = [None] * len(comp_plans)  # type: ignore[list-item]
    dim_scores: list[DimensionScore] = []
    strengths: list[tuple[float, float, int]] = []
    shortfalls: list[tuple[float, float, int]] = []
    estimated = 0  # bands not from reliability

    null_variance, rwg_threshold, spread_threshold = (
        plan.null_variance, policy.rwg_threshold, policy.spread_threshold)

    for dp in plan.dimensions:
        # 1. each competency of the dimension: sources, combined level, panel, fit, reasons;
        #    per source, the answered items and scored SourceScores for the dimension
        by_source: list[list] = [[0, []], [0, []], [0, []]]
        level_sum = se2_sum = fit_sum = 0.0
        scored = fits = 0
        method = last_band = None
        for i in dp.competencies:
            cp = comp_plans[i]
            level, band, share, scores, answered, panel, notes = _sources(
                cp, unanswered, totals, observed, missing, null_variance, rwg_threshold,
                spread_threshold, by_source)
            fit = None
            target = cp.target
            if level is not None:
                scored += 1
                level_sum += level
                se2_sum += band.se * band.se
                last_band = band
                if band.method is not _RELIABILITY:
                    estimated += 1
                if method is None:
                    method = band.method
                elif method is not band.method:
                    method = _MIXED
                if target is None:
                    notes.append(cp.no_target)
                else:
                    gap = level - target
                    shortfall = -gap
                    gap_found = shortfall > band.half_width + _EPSILON  # uncertainty.is_gap
                    value = competency_fit(gap, tolerance, zero)
                    weight = cp.weight
                    fit = _CompetencyFit(target, gap, value, weight, gap_found)
                    fit_sum += value
                    fits += 1
                    # the fit reason comes last: strengths and development areas quote it
                    if shortfall <= _EPSILON:  # fit.meets_target
                        notes.append(cp.meets)
                        if weight > 0.0:
                            strengths.append((-_quantum(weight), -_quantum(gap), i))
                    else:
                        notes.append(_Reason(
                            "gap_beyond_band" if gap_found else "gap_within_band",
                            (("competency", cp.id), ("level", level), ("target", target),
                             ("gap", gap), ("band", band.half_width))))
                        if value < 1.0 and weight > 0.0:
                            shortfalls.append((_quantum(weight * gap), _quantum(gap), i))
            comp_scores[i] = _CompetencyScore(
                cp.id, cp.dimension, _SCORED if level is not None else _INSUFFICIENT, level, band,
                scores, share, cp.asked, answered, target, fit, panel, tuple(notes))
        # 2. the dimension: per source, then combined
        sources = (_dimension_source(dp, 0, by_source[0], z), _dimension_source(dp, 1, by_source[1], z),
                   _dimension_source(dp, 2, by_source[2], z))
        members = len(dp.competencies)
        if not scored:
            dim_scores.append(_DimensionScore(
                dp.id, _INSUFFICIENT, None, None, sources, members, 0, dp.target,
                dp.weight, None, False, None, (dp.no_evidence,)))
            continue
        if scored == 1:
            band = last_band
        else:
            se = math.sqrt(se2_sum) / scored
            band = _Band(se, z * se, method)
        if band.method is not _RELIABILITY:
            estimated += 1
        level = level_sum / scored
        gap = None if dp.target is None else level - dp.target
        dim_notes: tuple[Reason, ...] = ()
        if scored < members:
            dim_notes = (_Reason("dimension_partial", (("dimension", dp.id), ("scored", scored),
                                                       ("asked", members))),)
        dim_scores.append(_DimensionScore(
            dp.id, _SCORED, level, band, sources, members, scored, dp.target, dp.weight, gap,
            gap is not None and is_gap(gap, band), fit_sum / fits if fits else None, dim_notes))

    # 3. overall fit, strengths, development areas
    fit_parts = [(d.weight, d.fit) for d in dim_scores if d.fit is not None]
    fit_value, covered = overall_fit(fit_parts, 1.0)  # type: ignore[arg-type]
    if fit_value is None:
        fit_note = _Reason("fit_unavailable", ())
    else:
        fit_note = _Reason("fit_based_on", (("fit_pct", 100.0 * fit_value),
                                            ("share_pct", 100.0 * covered)))
    profile_notes: tuple[Reason, ...] = (fit_note,)
    if estimated:
        profile_notes = (fit_note, _Reason("bands_from_item_count", (("count", estimated),)))
    return _Profile(
        plan.portrait, policy.id, policy.version, plan.snapshot.version, tuple(comp_scores),
        tuple(dim_scores), _FitSummary(fit_value, covered, len(fit_parts), (fit_note,)),
        _findings(strengths, comp_scores, policy.max_strengths),
        _findings(shortfalls, comp_scores, policy.max_development_areas), profile_notes)


def _reject_answer(plan: ScoringPlan, values: list[Response]) -> None:
    """Raise ScoringInputError naming the first answer its question cannot have."""
    for qid, table, value in zip(plan.item_ids, plan.item_tables, values):
        if value is None:
            continue
        try:
            valid = value in table and value is not True and value is not False
        except TypeError:
            valid = False
        if not valid:
            raise ScoringInputError(f"{qid}: {value!r} is not a valid response")
    raise ScoringInputError("an answer does not fit its question")


def _sources(cp: CompetencyPlan, unanswered: list[int], totals: list[float],
             observed: dict[str, list[tuple[str, int]]], missing: dict[str, int],
             null_variance: float, rwg_threshold: float, spread_threshold: int,
             by_source: list[list]) -> tuple:
    """(level or None, band, share, source scores, answered, panel, notes) of one competency;
    adds each scored source's (level, band) and every source's answered count to ``by_source``."""
    notes: list[Reason] = []
    scores = list(cp.template)
    key = [0, 0, 0]
    num = den = 0.0
    used = answered_total = 0
    only = panel = None
    any_scored = False
    for k, sp in cp.asked_sources:
        if k == _INTERVIEW:
            if len(sp.items) == 1:
                qid = sp.items[0][0]
                pairs = observed.get(qid)
                panel = (summarise_question if pairs else summarise_panel)(
                    cp.id, pairs or (), missing.get(qid, 0) if missing else 0, null_variance,
                    rwg_threshold, spread_threshold)
                answered = 1 if pairs else 0
            else:
                per_question = []
                not_observed = 0
                for qid, _ in sp.items:
                    pairs = observed.get(qid)
                    if pairs:
                        per_question.append(pairs)
                    if missing:
                        not_observed += missing.get(qid, 0)
                panel = summarise_panel(cp.id, per_question, not_observed, null_variance,
                                        rwg_threshold, spread_threshold)
                answered = len(per_question)
            level = panel.mean
            if panel.reasons:
                notes.extend(panel.reasons)
        else:
            slot = sp.slot
            answered = len(sp.items) - unanswered[slot]
            level = _MIN + _SPAN * totals[slot] / answered if answered else None
        answered_total += answered
        accumulator = by_source[k]
        accumulator[0] += answered
        if answered >= sp.minimum:
            score = scores[k] = _SourceScore(sp.source, _SCORED, len(sp.items), answered, level,
                                             sp.bands[answered])
            accumulator[1].append(score)
            any_scored = True
            weight = sp.weight
            if weight > 0.0:
                key[k] = answered
                num += weight * level  # type: ignore[operator]
                den += weight
                used += 1
                only = level
        else:
            scores[k], note = sp.insufficient[answered]  # type: ignore[misc]
            notes.append(note)
    if den > 0.0:
        combination = cp.combinations[(key[0], key[1], key[2])]
        if combination.note is not None:
            notes.append(combination.note)
        # one weighted source: its level exactly (w * x / w can be off by an ulp)
        return (only if used == 1 else num / den, combination.band, combination.share,
                tuple(scores), answered_total, panel, notes)
    notes.append(cp.unweighted if any_scored else cp.insufficient)
    return None, None, 0.0, tuple(scores), answered_total, panel, notes


def _dimension_source(dp: DimensionPlan, k: int, accumulator: list, z: float) -> SourceScore:
    """Source ``k`` of a dimension: mean level of its competencies scored in that source;
    band from the snapshot's dimension statistics, else SE = sqrt(sum SE_i^2) / n."""
    answered, scored = accumulator
    asked = dp.asked[k]
    count = len(scored)
    if not count:
        return _SourceScore(SOURCES[k], _NOT_ASKED if asked == 0 else _INSUFFICIENT,
                            asked, answered, None, None)
    band = dp.stats_bands[k]
    if count == 1:
        return _SourceScore(SOURCES[k], _SCORED, asked, answered, scored[0].level,
                            scored[0].band if band is None else band)
    total = squares = 0.0
    method = scored[0].band.method
    for part in scored:
        total += part.level
        squares += part.band.se * part.band.se
        if part.band.method is not method:
            method = _MIXED
    if band is None:
        se = math.sqrt(squares) / count
        band = _Band(se, z * se, method)
    return _SourceScore(SOURCES[k], _SCORED, asked, answered, total / count, band)


def _findings(ranked: list[tuple[float, float, int]], comps: list[CompetencyScore],
              limit: int) -> tuple[Finding, ...]:
    """The first ``limit`` of (key, key, index) sorted, as findings quoting the fit reason.

    Strengths: at or above target, most important first, then the largest surplus.
    Development areas: beyond the tolerance, largest weighted shortfall (importance * gap)
    first. Ties keep the plan order.
    """
    ranked.sort()
    return tuple([_Finding(comps[i].competency, comps[i].dimension, comps[i].reasons[-1])
                  for _, _, i in ranked[:limit]])


def _quantum(value: float) -> float:
    """A sort key that float noise (1e-16) cannot reorder; ties fall back to plan order."""
    return round(value, 9)


_NONES = itertools.repeat(None)  # endless; map() takes one per slice
_INTERVIEW = SOURCES.index(Source.INTERVIEW)
_RELIABILITY, _MIXED = BandMethod.RELIABILITY, BandMethod.MIXED
_SCORED, _INSUFFICIENT, _NOT_ASKED = Evidence.SCORED, Evidence.INSUFFICIENT, Evidence.NOT_ASKED
_EPSILON = EPSILON
_Band = builder(Band)
_SourceScore = builder(SourceScore)
_CompetencyFit = builder(CompetencyFit)
_FitSummary = builder(FitSummary)
_Reason = builder(Reason)
_CompetencyScore = builder(CompetencyScore)
_DimensionScore = builder(DimensionScore)
_Profile = builder(Profile)
_Finding = builder(Finding)
