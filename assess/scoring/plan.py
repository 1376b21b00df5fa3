"""A scoring plan: everything about (questions, portrait, policy, statistics) that does not
depend on the answers, computed once and reused for every assessment of the same form.

Holds per competency and source the questions' score tables (sorted by question id, so
neither question nor answer order changes a sum), the effective source weights, the
minimum answered, the bands for every possible number of answered items and, for every
possible combination of scored sources, the combined band and weight share.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from ..domain import Competency, Portrait, Question, QuestionKind, Source
from .aggregate import Evidence, SourceScore
from .items import ScoreTable, score_table
from .policy import DEFAULT_POLICY, EMPTY_SNAPSHOT, ScaleStatistics, ScoringPolicy, StatisticsSnapshot
from .reasons import Reason, reason
from .uncertainty import (
    Band, BandMethod, common_method, se_from_item_count, se_of_weighted_mean,
)

#: The sources in the order every tuple of per-source values uses.
SOURCES: tuple[Source, ...] = (Source.SELF, Source.TEST, Source.INTERVIEW)


@dataclass(frozen=True, slots=True)
class SourcePlan:
    """One asked source of one competency: its items and what scoring them needs."""

    source: Source
    items: tuple[tuple[str, dict[object, float]], ...]  #: (question id, score table), by id
    start: int  #: likert/test: its items are ScoringPlan.item_ids[start:stop]
    stop: int
    slot: int  #: likert/test: index of that slice in ScoringPlan.item_slices
    minimum: int  #: answered items needed for a score
    weight: float  #: effective weight (self-rating discounted)
    bands: tuple[Band | None, ...]  #: band by number of answered items (index 0: None)
    insufficient: tuple[tuple[SourceScore, Reason] | None, ...]  #: by answered, below minimum


@dataclass(frozen=True, slots=True)
class Combination:
    """The combined band and source-weight share for one set of scored sources."""

    band: Band
    share: float  #: 0..1 of the total effective source weight
    note: Reason | None  #: ``sources_partial`` when share < 1


@dataclass(frozen=True, slots=True)
class CompetencyPlan:
    """One asked competency: its asked sources and the NOT_ASKED scores of the others."""

    id: str
    dimension: str
    target: int | None
    slots: tuple[SourcePlan | SourceScore, ...]  #: per source (SOURCES order)
    asked_sources: tuple[tuple[int, SourcePlan], ...]  #: (index in SOURCES, plan) of asked ones
    template: tuple[SourceScore | None, ...]  #: NOT_ASKED scores, None where asked
    asked: int  #: scored items asked over all sources
    #: (answered per source, 0 where not scored or weightless) -> combined band and share
    combinations: Mapping[tuple[int, int, int], Combination]
    insufficient: Reason  #: ``insufficient_evidence``
    unweighted: Reason  #: ``no_weighted_source``
    no_target: Reason  #: ``no_target``
    meets: Reason | None  #: ``meets_target`` (None without a target)
    #: importance 0..1: the dimension's share of the portrait split equally among the
    #: dimension's competencies in the form that have a target (ranks findings)
    weight: float = 0.0


@dataclass(frozen=True, slots=True)
class DimensionPlan:
    """One dimension with at least one asked competency."""

    id: str
    competencies: tuple[int, ...]  #: indexes into ScoringPlan.competencies
    target: int | None
    weight: float  #: share 0..1 of the portrait's total weight (0 when not listed)
    stats_bands: tuple[Band | None, ...]  #: SEM bands from snapshot statistics, SOURCES order
    asked: tuple[int, int, int]  #: scored items asked per source, SOURCES order
    no_evidence: Reason  #: ``dimension_no_evidence``


@dataclass(frozen=True)
class ScoringPlan:
    """Build with :func:`build_plan`; score with :func:`assess.scoring.score_with_plan`."""

    portrait: str
    policy: ScoringPolicy
    snapshot: StatisticsSnapshot
    competencies: tuple[CompetencyPlan, ...]
    dimensions: tuple[DimensionPlan, ...]
    total_weight: float  #: sum of all the portrait's weights
    null_variance: float  #: sigma^2_EU of the policy's scale
    answerable: frozenset[str]  #: ids that may appear in answers (likert, test, open)
    rateable: frozenset[str]  #: interview question ids
    item_ids: tuple[str, ...]  #: likert and test items in plan order (SourcePlan.start/stop)
    item_tables: tuple[dict[object, float], ...]  #: their score tables, same order
    item_slices: tuple[slice, ...]  #: the items of each likert/test SourcePlan, plan order


def _bands(source: Source, asked: int, stats: ScaleStatistics | None,
           policy: ScoringPolicy) -> tuple[Band | None, ...]:
    z = policy.band_z
    if stats is not None:
        band = Band(stats.sem, z * stats.sem, BandMethod.RELIABILITY)
        return (None,) + (band,) * asked
    sd = policy.assumed_item_sd[source]
    return (None,) + tuple(Band(se, z * se, BandMethod.ITEM_COUNT)
                           for se in (se_from_item_count(sd, n) for n in range(1, asked + 1)))


def _source_plan(competency: str, source: Source, items: list[tuple[str, ScoreTable]],
                 stats: ScaleStatistics | None, policy: ScoringPolicy) -> SourcePlan:
    asked, minimum = len(items), policy.min_answered[source]
    insufficient = tuple(
        (SourceScore(source, Evidence.INSUFFICIENT, asked, n),
         reason("source_insufficient", competency=competency, source=source.value,
                answered=n, asked=asked, minimum=minimum)) if n < minimum else None
        for n in range(asked + 1))
    tables = tuple((qid, {**table, None: 0.0})  # None (not answered) adds 0.0: exact
                   for qid, table in sorted(items, key=lambda item: item[0]))
    return SourcePlan(source, tables, 0, 0, -1, minimum,
                      policy.effective_weight(source), _bands(source, asked, stats, policy),
                      insufficient)


def _combinations(competency: str, slots: tuple[SourcePlan | SourceScore, ...],
                  policy: ScoringPolicy) -> dict[tuple[int, int, int], Combination]:
    total = sum(policy.effective_weight(s) for s in SOURCES)
    choices = []
    for slot in slots:
        if isinstance(slot, SourcePlan) and slot.weight > 0.0:
            choices.append((0, *range(slot.minimum, len(slot.items) + 1)))
        else:
            choices.append((0,))
    found: dict[tuple[int, int, int], Combination] = {}
    for key in itertools.product(*choices):
        used = [(slot, n) for slot, n in zip(slots, key) if n]
        if not used:
            continue
        bands = [slot.bands[n] for slot, n in used]  # type: ignore[union-attr]
        weights = [slot.weight for slot, _ in used]  # type: ignore[union-attr]
        if len(used) == 1:
            band = bands[0]
        else:
            se = se_of_weighted_mean([b.se for b in bands], weights)  # type: ignore[union-attr]
            band = Band(se, policy.band_z * se, common_method(b.method for b in bands))  # type: ignore[union-attr]
        share = sum(weights) / total
        note = (reason("sources_partial", competency=competency, share_pct=100.0 * share)
                if share < 1.0 - 1e-12 else None)
        found[key] = Combination(band, share, note)  # type: ignore[arg-type]
    return found


def build_plan(questions: Iterable[Question],
               competencies: Mapping[str, Competency] | Iterable[Competency],
               portrait: Portrait, policy: ScoringPolicy = DEFAULT_POLICY,
               snapshot: StatisticsSnapshot = EMPTY_SNAPSHOT) -> ScoringPlan:
    """The plan for scoring answers to ``questions`` (the items asked) against ``portrait``.

    ``competencies`` may hold more than the asked ones (e.g. a whole bank); their order is
    the display order. A competency enters the profile when a scored item of it was asked.
    Raises ValueError for duplicate question ids, unknown competencies or unscorable items.
    """
    comps = list(competencies.values() if isinstance(competencies, Mapping) else competencies)
    known = {c.id: c for c in comps}
    by_comp: dict[str, dict[Source, list[tuple[str, ScoreTable]]]] = {}
    answerable: set[str] = set()
    rateable: set[str] = set()
    for q in questions:
        if q.id in answerable or q.id in rateable:
            raise ValueError(f"question {q.id} is listed twice")
        if q.competency not in known:
            raise ValueError(f"question {q.id}: unknown competency {q.competency}")
        (rateable if q.kind is QuestionKind.INTERVIEW else answerable).add(q.id)
        table = score_table(q)
        if table is None or q.source is None:
            continue
        by_comp.setdefault(q.competency, {}).setdefault(q.source, []).append((q.id, table))

    comp_plans: list[CompetencyPlan] = []
    dim_members: dict[str, list[int]] = {}
    item_ids: list[str] = []
    item_tables: list[dict[object, float]] = []
    item_slices: list[slice] = []
    for comp in comps:
        asked = by_comp.get(comp.id)
        if not asked:
            continue
        slots = []
        for s in SOURCES:
            if s not in asked:
                slots.append(SourceScore(s, Evidence.NOT_ASKED, 0, 0))
                continue
            sp = _source_plan(comp.id, s, asked[s], snapshot.competency(comp.id, s), policy)
            if s is not Source.INTERVIEW:
                sp = replace(sp, start=len(item_ids), stop=len(item_ids) + len(sp.items),
                             slot=len(item_slices))
                item_slices.append(slice(sp.start, sp.stop))
                item_ids.extend(qid for qid, _ in sp.items)
                item_tables.extend(table for _, table in sp.items)
            slots.append(sp)
        slots = tuple(slots)  # type: ignore[assignment]
        dim_members.setdefault(comp.dimension, []).append(len(comp_plans))
        target = portrait.target_level(comp)
        comp_plans.append(CompetencyPlan(
            id=comp.id, dimension=comp.dimension, target=target, slots=slots,
            asked_sources=tuple((k, slot) for k, slot in enumerate(slots)
                                if isinstance(slot, SourcePlan)),
            template=tuple(slot if isinstance(slot, SourceScore) else None for slot in slots),
            asked=sum(len(items) for items in asked.values()),
            combinations=_combinations(comp.id, slots, policy),
            insufficient=reason("insufficient_evidence", competency=comp.id),
            unweighted=reason("no_weighted_source", competency=comp.id),
            no_target=reason("no_target", competency=comp.id),
            meets=None if target is None else reason("meets_target", competency=comp.id,
                                                     target=target)))

    dim_plans = []
    z = policy.band_z
    total_weight = sum(t.weight for t in portrait.targets)
    for dim, members in dim_members.items():
        target = portrait.dimension_target(dim)
        stats = [snapshot.dimension(dim, s) for s in SOURCES]
        dim_plans.append(DimensionPlan(
            id=dim, competencies=tuple(members), target=target.level if target else None,
            weight=target.weight / total_weight if target and total_weight > 0 else 0.0,
            stats_bands=tuple(None if st is None else Band(st.sem, z * st.sem, BandMethod.RELIABILITY)
                              for st in stats),
            asked=tuple(sum(slot.asked if isinstance(slot, SourceScore) else len(slot.items)  # type: ignore[misc]
                            for slot in (comp_plans[i].slots[k] for i in members))
                        for k in range(len(SOURCES))),
            no_evidence=reason("dimension_no_evidence", dimension=dim)))
    for dp in dim_plans:
        targeted = [i for i in dp.competencies if comp_plans[i].target is not None]
        for i in targeted:
            comp_plans[i] = replace(comp_plans[i], weight=dp.weight / len(targeted))
    return ScoringPlan(
        portrait=portrait.id, policy=policy, snapshot=snapshot, competencies=tuple(comp_plans),
        dimensions=tuple(dim_plans), total_weight=total_weight, null_variance=policy.null_variance,
        answerable=frozenset(answerable), rateable=frozenset(rateable), item_ids=tuple(item_ids),
        item_tables=tuple(item_tables), item_slices=tuple(item_slices))
