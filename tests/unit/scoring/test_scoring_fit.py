"""Fit with the portrait: tolerance, linear fall-off, no penalty above target, weights, lists."""
from __future__ import annotations

import pytest

from assess.domain import Source
from assess.scoring import Rating, ScoringPolicy, score_profile
from assess.scoring.fit import competency_fit, overall_fit
from scoring_factories import competency, interview, portrait

# interview-only forms: one rating sets a competency's level exactly
POLICY = ScoringPolicy()


def form_of(*cids):
    return [interview(f"{c}.i1", c) for c in cids]


def rated(levels: dict[str, int]):
    return [Rating(f"{c}.i1", "r", level) for c, level in levels.items()]


@pytest.mark.parametrize("gap, fit", [
    (2.0, 1.0), (0.0, 1.0), (-0.25, 1.0), (-0.5, 1.0), (-1.0, 1 - 0.5 / 1.5), (-1.25, 0.5),
    (-2.0, 0.0), (-3.0, 0.0), (-0.5 - 1e-12, 1.0)])
def test_competency_fit_table(gap, fit):
    assert competency_fit(gap, 0.5, 2.0) == pytest.approx(fit)


def test_overall_fit_renormalises_and_reports_coverage():
    assert overall_fit([(0.5, 1.0), (0.3, 0.5)], 1.0) == (pytest.approx((0.5 + 0.15) / 0.8), pytest.approx(0.8))
    assert overall_fit([], 1.0) == (None, 0.0)
    assert overall_fit([(0.0, 1.0)], 1.0) == (None, 0.0)


def test_gap_fit_and_target_override():
    role = portrait([("d", 3, 1.0)], overrides=[("y", 5)])
    comps = [competency("x", "d"), competency("y", "d")]
    profile = score_profile(form_of("x", "y"), comps, role, {}, rated({"x": 4, "y": 4}))
    x, y = profile.competency("x"), profile.competency("y")
    assert (x.target, x.fit.gap, x.fit.fit) == (3, 1.0, 1.0)  # above target: never penalised
    assert (y.target, y.fit.gap, y.fit.fit) == (5, -1.0, pytest.approx(2 / 3))
    assert x.fit.weight == y.fit.weight == 0.5
    assert profile.fit.fit == pytest.approx((1 + 2 / 3) / 2)
    assert profile.dimension("d").fit == pytest.approx((1 + 2 / 3) / 2)


def test_overall_fit_weights_dimensions_and_says_what_it_rests_on():
    role = portrait([("d1", 4, 0.5), ("d2", 4, 0.3), ("d3", 4, 0.2)])
    comps = [competency("a", "d1"), competency("b", "d2"), competency("c", "d3")]
    profile = score_profile(form_of("a", "b", "c"), comps, role, {}, rated({"a": 4, "b": 2}))
    assert profile.fit.fit == pytest.approx(0.5 / 0.8)  # d1 fits, d2 0 (two below), d3 no evidence
    assert profile.fit.weight_covered == pytest.approx(0.8)
    assert profile.fit.dimensions_used == 2
    note = profile.fit.reasons[0]
    assert note.id == "fit_based_on" and note.param("share_pct") == pytest.approx(80.0)


def test_no_weighted_evidence_means_no_fit():
    role = portrait([("d1", 4, 1.0), ("d2", 4, 0.0)])
    profile = score_profile(form_of("b"), [competency("b", "d2")], role, {}, rated({"b": 2}))
    assert profile.fit.fit is None and profile.fit.reasons[0].id == "fit_unavailable"


def test_competency_without_target_is_outside_the_fit():
    role = portrait([("d1", 4, 1.0)])
    profile = score_profile(form_of("a", "z"), [competency("a", "d1"), competency("z", "elsewhere")],
                            role, {}, rated({"a": 4, "z": 1}))
    z = profile.competency("z")
    assert z.target is None and z.fit is None and z.reasons[-1].id == "no_target"
    assert profile.fit.fit == 1.0 and profile.fit.weight_covered == 1.0
    assert profile.dimension("elsewhere").weight == 0.0


def test_strengths_and_development_areas_are_ranked_with_reasons():
    role = portrait([("d1", 3, 0.6), ("d2", 3, 0.4)])
    comps = [competency("a", "d1"), competency("b", "d1"), competency("c", "d2"), competency("e", "d2")]
    levels = {"a": 4, "b": 1, "c": 5, "e": 2}
    profile = score_profile(form_of(*levels), comps, role, {}, rated(levels))
    # weights: a, b 0.3 each; c, e 0.2 each
    assert [f.competency for f in profile.strengths] == ["a", "c"]
    assert profile.strengths[0].reason.id == "meets_target"
    assert [f.competency for f in profile.development_areas] == ["b", "e"]  # 0.3*2 > 0.2*1
    b_reason = profile.development_areas[0].reason
    assert b_reason.id == "gap_beyond_band"  # 2 levels short, interview band 1.96*0.8 = 1.57
    assert b_reason.as_dict()["gap"] == -2.0
    assert profile.development_areas[1].reason.id == "gap_within_band"


def test_list_lengths_come_from_the_policy():
    role = portrait([("d1", 3, 1.0)])
    comps = [competency(c, "d1") for c in "abcd"]
    levels = dict.fromkeys("abcd", 5)
    policy = ScoringPolicy(max_strengths=2, max_development_areas=0)
    profile = score_profile(form_of(*levels), comps, role, {}, rated(levels), policy=policy)
    assert len(profile.strengths) == 2 and profile.development_areas == ()


def test_within_tolerance_is_neither_strength_nor_development_area():
    role = portrait([("d1", 4, 1.0)])
    form = [interview("a.i1", "a")]
    ratings = [Rating("a.i1", "r1", 4), Rating("a.i1", "r2", 3), Rating("a.i1", "r3", 4), Rating("a.i1", "r4", 4)]
    profile = score_profile(form, [competency("a", "d1")], role, {}, ratings)
    a = profile.competency("a")
    assert a.level == 3.75 and a.fit.fit == 1.0
    assert profile.strengths == () and profile.development_areas == ()


def test_source_fit_uses_combined_level():
    role = portrait([("d1", 4, 1.0)])
    form = form_of("a")
    profile = score_profile(form, [competency("a", "d1")], role, {}, rated({"a": 3}))
    assert profile.competency("a").source(Source.INTERVIEW).level == profile.competency("a").level == 3.0
