"""Source scores, coverage, the minimum of answered items, source weights, dimensions, inputs."""
from __future__ import annotations

import pytest

from assess.domain import Source
from assess.scoring import (
    Answer, Evidence, Rating, ScoringInputError, ScoringPolicy, build_plan, score_profile,
    score_with_plan,
)
from scoring_factories import competency, full_form, interview, knowledge, likert, open_question, portrait, sjt

ROLE = portrait([("d1", 3, 0.6), ("d2", 3, 0.4)])
COMPS = [competency("a", "d1"), competency("b", "d1"), competency("c", "d2")]
FORM = full_form("a") + full_form("b") + full_form("c")


def all_answers(cid: str, likert_value: int = 4, reverse_value: int = 2, knowledge_choice: str = "a",
                sjt_choice: str = "a") -> dict[str, object]:
    return {f"{cid}.l1": likert_value, f"{cid}.l2": reverse_value, f"{cid}.k1": knowledge_choice,
            f"{cid}.s1": sjt_choice}


def test_source_levels_are_one_plus_four_times_the_mean_item_score():
    answers = all_answers("a", 4, 2, "b", "d")  # self .75/.75; test 0 and .5
    profile = score_profile(FORM, COMPS, ROLE, answers, [Rating("a.i1", "r1", 3), Rating("a.i1", "r2", 4)])
    a = profile.competency("a")
    assert a.source(Source.SELF).level == 4.0
    assert a.source(Source.TEST).level == 2.0
    assert a.source(Source.INTERVIEW).level == 3.5
    # defaults: weights 1/1/1, self discounted by half -> 0.5/1/1
    assert a.level == pytest.approx((0.5 * 4.0 + 2.0 + 3.5) / 2.5)
    assert a.source(Source.SELF).percent == 75.0


def test_coverage_counts_scored_items_asked_and_answered():
    profile = score_profile(FORM + [open_question("a.o1", "a")], COMPS, ROLE,
                            {"a.l1": 3, "a.k1": "a", "a.o1": "text"}, [Rating("a.i1", "r1", None)])
    a = profile.competency("a")
    assert (a.asked, a.answered) == (5, 2)  # the open question is not counted
    assert [(s.asked, s.answered) for s in a.sources] == [(2, 1), (2, 1), (1, 0)]


def test_below_the_minimum_a_competency_has_no_number():
    profile = score_profile(FORM, COMPS, ROLE, {"a.l1": 5, "a.k1": "a"}, [])
    a = profile.competency("a")
    assert a.status is Evidence.INSUFFICIENT and a.level is None and a.band is None
    assert all(s.status is Evidence.INSUFFICIENT and s.level is None for s in a.sources)
    assert a.fit is None
    ids = [r.id for r in a.reasons]
    assert ids == ["source_insufficient"] * 3 + ["insufficient_evidence"]
    assert a.reasons[0].as_dict() == {"competency": "a", "source": "self", "answered": 1,
                                      "asked": 2, "minimum": 2}


def test_minimums_come_from_the_policy():
    policy = ScoringPolicy(min_answered={Source.SELF: 1, Source.TEST: 1, Source.INTERVIEW: 1})
    profile = score_profile(FORM, COMPS, ROLE, {"a.l1": 5, "a.k1": "a"}, [], policy=policy)
    a = profile.competency("a")
    assert a.source(Source.SELF).level == 5.0 and a.source(Source.TEST).level == 5.0
    assert a.level == 5.0


def test_interview_needs_one_rated_question_and_not_observed_is_missing():
    profile = score_profile(FORM, COMPS, ROLE, {}, [Rating("a.i1", "r1", None), Rating("b.i1", "r1", 1)])
    assert profile.competency("a").status is Evidence.INSUFFICIENT
    b = profile.competency("b")
    assert b.level == 1.0 and b.source(Source.INTERVIEW).answered == 1  # a rating of 1 is evidence


def test_unasked_sources_are_not_asked_and_the_share_is_reported():
    form = [likert("x.l1", "x"), likert("x.l2", "x"), interview("x.i1", "x")]
    profile = score_profile(form, [competency("x", "d1")], ROLE, {"x.l1": 5, "x.l2": 3},
                            [Rating("x.i1", "r1", 2)])
    x = profile.competency("x")
    assert x.source(Source.TEST).status is Evidence.NOT_ASKED
    assert x.level == pytest.approx((0.5 * 4.0 + 2.0) / 1.5)
    assert x.source_weight_share == pytest.approx(1.5 / 2.5)
    partial = next(r for r in x.reasons if r.id == "sources_partial")
    assert partial.param("share_pct") == pytest.approx(60.0)


@pytest.mark.parametrize("discount, weights, expected", [
    (0.5, (1, 1, 1), (0.5 * 5 + 3 + 1) / 2.5),
    (1.0, (1, 1, 1), (5 + 3 + 1) / 3),
    (1.0, (0, 1, 3), (3 + 3 * 1) / 4),
    (0.5, (2, 1, 1), (1 * 5 + 3 + 1) / 3),
])
def test_sources_combine_with_policy_weights_and_self_discount(discount, weights, expected):
    policy = ScoringPolicy(self_discount=discount,
                           source_weights=dict(zip((Source.SELF, Source.TEST, Source.INTERVIEW), weights)))
    answers = {"a.l1": 5, "a.l2": 1, "a.k1": "a", "a.s1": "c"}  # self 5, test 3
    profile = score_profile(FORM, COMPS, ROLE, answers, [Rating("a.i1", "r", 1)], policy=policy)
    assert profile.competency("a").level == pytest.approx(expected)


def test_self_rating_is_shown_undiscounted():
    profile = score_profile(FORM, COMPS, ROLE, {"a.l1": 5, "a.l2": 1}, [])
    a = profile.competency("a")
    assert a.source(Source.SELF).level == 5.0 and a.level == 5.0


def test_only_weightless_sources_scored_gives_no_level():
    policy = ScoringPolicy(source_weights={Source.SELF: 0, Source.TEST: 1, Source.INTERVIEW: 1})
    profile = score_profile(FORM, COMPS, ROLE, {"a.l1": 5, "a.l2": 1}, [], policy=policy)
    a = profile.competency("a")
    assert a.level is None and a.source(Source.SELF).level == 5.0
    assert a.reasons[-1].id == "no_weighted_source"


def test_dimension_rests_on_the_competencies_with_evidence():
    answers = {**all_answers("a", 5, 1, "a", "a"), **all_answers("b", 3, 3, "b", "c")}
    profile = score_profile(FORM, COMPS, ROLE, answers, [])
    d1, d2 = profile.dimension("d1"), profile.dimension("d2")
    a, b = profile.competency("a"), profile.competency("b")
    assert d1.level == pytest.approx((a.level + b.level) / 2)
    assert (d1.competencies_scored, d1.competencies_asked) == (2, 2)
    assert d2.status is Evidence.INSUFFICIENT and d2.level is None
    assert [r.id for r in d2.reasons] == ["dimension_no_evidence"]
    assert d1.source(Source.SELF).level == pytest.approx((5.0 + 3.0) / 2)
    assert d1.source(Source.INTERVIEW).status is Evidence.INSUFFICIENT


def test_dimension_partial_says_how_many_competencies():
    profile = score_profile(FORM, COMPS, ROLE, all_answers("a"), [])
    d1 = profile.dimension("d1")
    assert (d1.competencies_scored, d1.competencies_asked) == (1, 2)
    assert d1.reasons[0].as_dict() == {"dimension": "d1", "scored": 1, "asked": 2}


def test_order_follows_competencies_and_only_asked_ones_appear():
    comps = [competency("z", "d2"), *COMPS]
    profile = score_profile(FORM, comps, ROLE, {}, [])
    assert [c.competency for c in profile.competencies] == ["a", "b", "c"]
    assert [d.dimension for d in profile.dimensions] == ["d1", "d2"]


def test_profile_records_policy_and_snapshot_versions():
    from assess.scoring import StatisticsSnapshot
    profile = score_profile(FORM, COMPS, ROLE, {}, [], policy=ScoringPolicy(id="pm-2025", version=7),
                            snapshot=StatisticsSnapshot(version="stats-3"))
    assert (profile.policy_id, profile.policy_version, profile.snapshot_version) == ("pm-2025", 7, "stats-3")
    assert profile.portrait == "role"


def test_answers_as_objects_or_mapping_give_the_same_profile():
    answers = all_answers("a")
    plan = build_plan(FORM, COMPS, ROLE)
    assert score_with_plan(plan, answers) == score_with_plan(plan, [Answer(k, v) for k, v in answers.items()])


@pytest.mark.parametrize("answers, ratings, message", [
    ({"nope": 3}, [], "not in this form"),
    ({"a.i1": 3}, [], "not in this form"),  # interview questions take ratings
    ({"a.l1": 9}, [], "not a valid"),
    ({"a.k1": "z"}, [], "not a valid"),
    ({"a.l1": True}, [], "not a valid"),
    ([Answer("a.l1", 3), Answer("a.l1", 4)], [], "twice"),
    ({}, [Rating("a.l1", "r", 3)], "not an interview question"),
    ({}, [Rating("a.i1", "r", 6)], "not 1..5"),
    ({}, [Rating("a.i1", "r", 3.0)], "not 1..5"),
    ({}, [Rating("a.i1", "r", 3), Rating("a.i1", "r", 4)], "twice"),
    ({}, [Rating("a.i1", "r", 3), Rating("a.i1", "r", None)], "twice"),
])
def test_inputs_that_do_not_fit_are_rejected(answers, ratings, message):
    with pytest.raises(ScoringInputError, match=message):
        score_profile(FORM, COMPS, ROLE, answers, ratings)


def test_plan_rejects_duplicate_questions_and_unknown_competencies():
    with pytest.raises(ValueError, match="twice"):
        build_plan([likert("q", "a"), likert("q", "a")], COMPS, ROLE)
    with pytest.raises(ValueError, match="unknown competency"):
        build_plan([likert("q", "nobody")], COMPS, ROLE)


@pytest.mark.parametrize("kwargs", [
    {"self_discount": 1.5}, {"fit_tolerance": 2.0, "zero_fit_distance": 1.0},
    {"source_weights": {Source.SELF: 0, Source.TEST: 0, Source.INTERVIEW: 0}},
    {"source_weights": {Source.SELF: 1}}, {"min_answered": {Source.SELF: 0, Source.TEST: 1, Source.INTERVIEW: 1}},
    {"scale_points": 1}, {"band_z": 0},
])
def test_policy_rejects_impossible_settings(kwargs):
    with pytest.raises(ValueError):
        ScoringPolicy(**kwargs)


def test_sjt_and_knowledge_both_feed_the_test_source():
    form = [knowledge("t.k1", "t"), sjt("t.s1", "t")]
    profile = score_profile(form, [competency("t", "d1")], ROLE, {"t.k1": "a", "t.s1": "b"}, [])
    assert profile.competency("t").source(Source.TEST).level == pytest.approx(1 + 4 * (1.0 + 0.25) / 2)
