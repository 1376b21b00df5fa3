"""Bands: SEM from reliability, else from the number of items; combined; gaps beyond bands."""
from __future__ import annotations

import math

import pytest

from assess.domain import Source
from assess.scoring import (
    BandMethod, Rating, ScaleStatistics, ScoringPolicy, StatisticsSnapshot, score_profile,
)
from assess.scoring.uncertainty import (
    Band, common_method, is_gap, se_from_item_count, se_of_mean, se_of_weighted_mean,
    sem_from_reliability,
)
from scoring_factories import competency, full_form, interview, likert, portrait

ROLE = portrait([("d", 4, 1.0)])


@pytest.mark.parametrize("sd, alpha, sem", [
    (1.0, 0.75, 0.5), (0.8, 0.0, 0.8), (0.8, 1.0, 0.0), (0.8, -0.2, 0.8), (2.0, 0.91, 0.6)])
def test_sem_from_reliability(sd, alpha, sem):
    assert sem_from_reliability(sd, alpha) == pytest.approx(sem)
    assert ScaleStatistics(alpha, sd).sem == pytest.approx(sem)


@pytest.mark.parametrize("sd, n, se", [(1.0, 1, 1.0), (1.0, 4, 0.5), (1.6, 2, 1.6 / math.sqrt(2))])
def test_se_from_item_count(sd, n, se):
    assert se_from_item_count(sd, n) == pytest.approx(se)


def test_combinations_treat_errors_as_independent():
    assert se_of_weighted_mean([0.6, 0.8], [1, 1]) == pytest.approx(0.5)
    assert se_of_weighted_mean([0.6, 0.8], [2, 2]) == pytest.approx(0.5)
    assert se_of_mean([0.6, 0.8]) == pytest.approx(0.5)
    assert common_method([BandMethod.ITEM_COUNT] * 2) is BandMethod.ITEM_COUNT
    assert common_method([BandMethod.ITEM_COUNT, BandMethod.RELIABILITY]) is BandMethod.MIXED


def test_gap_only_beyond_the_band():
    band = Band(0.5, 0.98, BandMethod.ITEM_COUNT)
    assert is_gap(-1.0, band) and not is_gap(-0.98, band) and not is_gap(-0.5, band)
    assert not is_gap(0.5, band)


def test_bands_without_statistics_come_from_the_number_of_answered_items():
    form = full_form("x")
    answers = {"x.l1": 4, "x.l2": 2, "x.k1": "a", "x.s1": "a"}
    x = score_profile(form, [competency("x", "d")], ROLE, answers, [Rating("x.i1", "r", 4)]).competency("x")
    self_band = x.source(Source.SELF).band
    assert self_band.method is BandMethod.ITEM_COUNT
    assert self_band.se == pytest.approx(1.0 / math.sqrt(2))
    assert self_band.half_width == pytest.approx(1.96 / math.sqrt(2))
    assert x.source(Source.TEST).band.se == pytest.approx(1.6 / math.sqrt(2))
    assert x.source(Source.INTERVIEW).band.se == pytest.approx(0.8)
    expected = math.sqrt(0.2 ** 2 * 0.5 + 0.4 ** 2 * 1.28 + 0.4 ** 2 * 0.64)
    assert x.band.se == pytest.approx(expected) and x.band.method is BandMethod.ITEM_COUNT


def test_more_items_narrow_the_band():
    form = [likert(f"x.l{i}", "x") for i in range(8)]
    two = score_profile(form, [competency("x", "d")], ROLE, {"x.l0": 3, "x.l1": 3}, [])
    eight = score_profile(form, [competency("x", "d")], ROLE, {f"x.l{i}": 3 for i in range(8)}, [])
    assert eight.competency("x").band.se == pytest.approx(two.competency("x").band.se / 2)


def test_statistics_give_reliability_bands_and_mixed_combinations():
    snapshot = StatisticsSnapshot("s1", competencies={"x": {Source.SELF: ScaleStatistics(0.75, 0.8, n=120)}})
    form = full_form("x")
    answers = {"x.l1": 4, "x.l2": 2, "x.k1": "a", "x.s1": "a"}
    x = score_profile(form, [competency("x", "d")], ROLE, answers, [Rating("x.i1", "r", 4)],
                      snapshot=snapshot).competency("x")
    assert x.source(Source.SELF).band.method is BandMethod.RELIABILITY
    assert x.source(Source.SELF).band.se == pytest.approx(0.4)
    assert x.source(Source.TEST).band.method is BandMethod.ITEM_COUNT
    assert x.band.method is BandMethod.MIXED


def test_dimension_statistics_are_used_for_the_dimension_source_band():
    snapshot = StatisticsSnapshot("s2", dimensions={"d": {Source.SELF: ScaleStatistics(0.84, 0.5)}})
    form = [likert("x.l1", "x"), likert("x.l2", "x")]
    profile = score_profile(form, [competency("x", "d")], ROLE, {"x.l1": 4, "x.l2": 4}, [], snapshot=snapshot)
    band = profile.dimension("d").source(Source.SELF).band
    assert band.method is BandMethod.RELIABILITY and band.se == pytest.approx(0.2)


def test_dimension_band_is_the_band_of_a_mean():
    form = [interview("a.i1", "a"), interview("b.i1", "b")]
    comps = [competency("a", "d"), competency("b", "d")]
    profile = score_profile(form, comps, ROLE, {}, [Rating("a.i1", "r", 4), Rating("b.i1", "r", 2)])
    assert profile.dimension("d").band.se == pytest.approx(math.sqrt(0.64 + 0.64) / 2)


def test_reliable_scale_turns_a_shortfall_into_a_gap():
    form = [likert("x.l1", "x"), likert("x.l2", "x")]
    answers = {"x.l1": 3, "x.l2": 3}  # level 3 against target 4
    loose = score_profile(form, [competency("x", "d")], ROLE, answers, []).competency("x")
    snapshot = StatisticsSnapshot("s", competencies={"x": {Source.SELF: ScaleStatistics(0.91, 1.0)}})
    tight = score_profile(form, [competency("x", "d")], ROLE, answers, [], snapshot=snapshot).competency("x")
    assert not loose.fit.is_gap and loose.reasons[-1].id == "gap_within_band"
    assert tight.fit.is_gap and tight.reasons[-1].id == "gap_beyond_band"
    assert tight.reasons[-1].param("band") == pytest.approx(1.96 * 0.3)


def test_band_z_comes_from_the_policy():
    form = [likert("x.l1", "x"), likert("x.l2", "x")]
    x = score_profile(form, [competency("x", "d")], ROLE, {"x.l1": 3, "x.l2": 3}, [],
                      policy=ScoringPolicy(band_z=1.0)).competency("x")
    assert x.band.half_width == pytest.approx(x.band.se)


def test_profile_says_how_many_bands_are_estimated_from_item_counts():
    form = [likert("x.l1", "x"), likert("x.l2", "x")]
    profile = score_profile(form, [competency("x", "d")], ROLE, {"x.l1": 3, "x.l2": 3}, [])
    note = profile.reasons[-1]
    assert note.id == "bands_from_item_count" and note.param("count") == 2  # competency + dimension
