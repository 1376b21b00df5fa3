"""Interview panels: mean, spread, r_wg with the sample variance, flags, one rater."""
from __future__ import annotations

import pytest

from assess.domain import Source
from assess.scoring import Rating, ScoringPolicy, score_profile
from assess.scoring.panel import r_wg, sample_variance, summarise_panel
from scoring_factories import competency, interview, portrait

ROLE = portrait([("d", 3, 1.0)])
FORM = [interview("x.i1", "x")]
COMPS = [competency("x", "d")]


def panel_of(*levels, form=FORM, policy=ScoringPolicy()):
    ratings = [Rating(q.id, f"r{i}", level) for q in form for i, level in enumerate(levels)]
    return score_profile(form, COMPS, ROLE, {}, ratings, policy=policy).competency("x").panel


@pytest.mark.parametrize("levels, mean, spread, rwg, flagged", [
    ((4, 4), 4.0, 0, 1.0, False),
    ((3, 4), 3.5, 1, 0.75, False),        # sample s^2 = 0.5 -> 1 - 0.5/2
    ((3, 5), 4.0, 2, 0.0, True),          # s^2 = 2 = sigma^2_EU
    ((1, 5), 3.0, 4, 0.0, True),          # s^2 = 8 > 2: truncated to 0
    ((3, 4, 5), 4.0, 2, 0.5, True),       # s^2 = 1
    ((4, 4, 5), 13 / 3, 1, 1 - (1 / 3) / 2, False),
    ((2, 3, 3), 8 / 3, 1, 1 - (1 / 3) / 2, False),
    ((2, 3, 4, 4), 3.25, 2, 1 - (11 / 12) / 2, True),
])
def test_panel_table(levels, mean, spread, rwg, flagged):
    panel = panel_of(*levels)
    assert panel.mean == pytest.approx(mean)
    assert panel.spread == spread
    assert panel.r_wg == pytest.approx(rwg)
    assert panel.flagged is flagged
    assert panel.raters == len(levels)


def test_low_agreement_without_a_two_point_spread_is_flagged():
    policy = ScoringPolicy(rwg_threshold=0.8)
    panel = panel_of(3, 4, policy=policy)  # r_wg 0.75 < 0.8, spread 1
    assert panel.flagged and [r.id for r in panel.reasons] == ["panel_low_agreement"]


def test_spread_alone_flags_even_with_acceptable_r_wg():
    policy = ScoringPolicy(rwg_threshold=0.0)
    panel = panel_of(3, 5, policy=policy)
    assert panel.flagged and [r.id for r in panel.reasons] == ["panel_spread"]
    assert panel.reasons[0].as_dict() == {"competency": "x", "spread": 2, "threshold": 2}


def test_sample_not_population_variance():
    assert sample_variance([3, 4]) == 0.5
    assert r_wg([sample_variance([3, 4])], 2.0) == 0.75


def test_null_variance_follows_the_scale_points():
    assert ScoringPolicy().null_variance == 2.0
    assert ScoringPolicy(scale_points=7).null_variance == 4.0


def test_one_rater_scores_without_agreement():
    panel = panel_of(4)
    assert (panel.mean, panel.spread, panel.r_wg, panel.flagged) == (4.0, None, None, False)
    assert [r.id for r in panel.reasons] == ["single_rater"]
    assert panel.reasons[0].param("rater") == "r0"


def test_not_observed_is_missing_not_zero():
    panel = panel_of(4, None, 4)
    assert panel.mean == 4.0 and panel.not_observed == 1 and panel.r_wg == 1.0
    assert [r.id for r in panel.reasons] == ["not_observed"]


def test_two_questions_use_r_wg_j_and_question_means():
    form = [interview("x.i1", "x"), interview("x.i2", "x")]
    ratings = [Rating("x.i1", "a", 3), Rating("x.i1", "b", 4), Rating("x.i2", "a", 5), Rating("x.i2", "b", 5)]
    x = score_profile(form, COMPS, ROLE, {}, ratings).competency("x")
    m = (0.5 + 0.0) / 2 / 2.0
    assert x.panel.r_wg == pytest.approx(2 * (1 - m) / (2 * (1 - m) + m))
    assert x.panel.mean == x.source(Source.INTERVIEW).level == pytest.approx((3.5 + 5.0) / 2)
    assert x.panel.questions_agreed == 2
    assert dict(x.panel.rater_levels) == {"a": 4.0, "b": 4.5}


def test_rater_levels_are_kept_by_rater_id_for_the_report():
    ratings = [Rating("x.i1", "boris", 3), Rating("x.i1", "anna", 5)]
    panel = score_profile(FORM, COMPS, ROLE, {}, ratings).competency("x").panel
    assert panel.rater_levels == (("anna", 5.0), ("boris", 3.0))


def test_rating_order_does_not_change_the_panel():
    ratings = [Rating("x.i1", r, level) for r, level in (("c", 2), ("a", 5), ("b", 3))]
    first = score_profile(FORM, COMPS, ROLE, {}, ratings)
    second = score_profile(FORM, COMPS, ROLE, {}, list(reversed(ratings)))
    assert first == second


@pytest.mark.parametrize("pairs", [
    [("a", 2), ("b", 3), ("c", 5)], [("a", 2), ("b", 5)], [("a", 4), ("b", 3)], [("a", 3)],
    [("a", 1), ("b", 2), ("c", 4), ("d", 5)]])
def test_general_and_single_question_paths_agree(pairs):
    one = summarise_panel("x", [pairs], 1, 2.0, 0.7, 2)
    general = summarise_panel("x", [pairs, []], 1, 2.0, 0.7, 2)
    assert one == general
    assert [type(v) for v in (one.mean, one.r_wg)] == [type(v) for v in (general.mean, general.r_wg)]


def test_a_question_nobody_observed_is_not_answered():
    form = [interview("x.i1", "x"), interview("x.i2", "x")]
    ratings = [Rating("x.i1", "a", 4), Rating("x.i1", "b", 4), Rating("x.i2", "a", None),
               Rating("x.i2", "b", None)]
    x = score_profile(form, COMPS, ROLE, {}, ratings).competency("x")
    assert x.source(Source.INTERVIEW).answered == 1 and x.panel.mean == 4.0
    assert x.panel.not_observed == 2 and x.panel.r_wg == 1.0
