"""Properties (Hypothesis): monotone, bounded, order-free, fit 100 at target, weight-scale free,
reverse keys mirror plain ones."""
from __future__ import annotations

import dataclasses
import math
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assess.domain import QuestionKind, Source
from assess.scoring import Rating, ScoringPolicy, build_plan, score_item, score_profile, score_with_plan
from scoring_factories import competency, full_form, likert, portrait, sjt

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

COMPS = [competency("a", "d1"), competency("b", "d1"), competency("c", "d2")]
FORM = full_form("a") + full_form("b") + full_form("c") + [sjt("c.s2", "c", {"a": 2, "b": 4, "c": 1})]
ROLE = portrait([("d1", 4, 0.6), ("d2", 3, 0.4)], overrides=[("b", 5)])
PLAN = build_plan(FORM, COMPS, ROLE)
ANSWERABLE = [q for q in FORM if q.kind is not QuestionKind.INTERVIEW]
INTERVIEWS = [q.id for q in FORM if q.kind is QuestionKind.INTERVIEW]
BY_ID = {q.id: q for q in FORM}


def response(question):
    if question.kind is QuestionKind.LIKERT:
        return st.integers(1, 5)
    return st.sampled_from([o.id for o in question.options])


answers_st = st.fixed_dictionaries({}, optional={q.id: response(q) for q in ANSWERABLE})
ratings_st = st.fixed_dictionaries(
    {}, optional={qid: st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=1, max_size=3)
                  for qid in INTERVIEWS})


def to_ratings(levels_by_question):
    return [Rating(qid, f"r{i}", level) for qid, levels in levels_by_question.items()
            for i, level in enumerate(levels)]


def better(question, value):
    """An answer at least as good as ``value``, strictly better where one exists."""
    if question.kind is QuestionKind.LIKERT:
        return max(1, value - 1) if question.reverse else min(5, value + 1)
    if question.kind is QuestionKind.KNOWLEDGE:
        return next(o.id for o in question.options if o.correct)
    return max(question.options, key=lambda o: o.effectiveness).id


def levels_of(profile):
    comps = {c.competency: (c.level, tuple(s.level for s in c.sources)) for c in profile.competencies}
    dims = {d.dimension: d.level for d in profile.dimensions}
    return comps, dims


def not_lower(new, old):
    return old is None and new is None or new >= old - 1e-12


@SETTINGS
@given(answers_st, ratings_st, st.data())
def test_better_answers_never_lower_a_score(answers, ratings, data):
    before = score_with_plan(PLAN, answers, to_ratings(ratings))
    improved = dict(answers)
    if answers:
        qid = data.draw(st.sampled_from(sorted(answers)))
        improved[qid] = better(BY_ID[qid], answers[qid])
    raised = {qid: list(levels) for qid, levels in ratings.items()}
    observed = [(qid, i) for qid, levels in raised.items() for i, v in enumerate(levels) if v is not None]
    if observed:
        qid, i = data.draw(st.sampled_from(observed))
        raised[qid][i] = min(5, raised[qid][i] + 1)
    after = score_with_plan(PLAN, improved, to_ratings(raised))
    (c0, d0), (c1, d1) = levels_of(before), levels_of(after)
    for cid in c0:
        assert not_lower(c1[cid][0], c0[cid][0])
        assert all(not_lower(n, o) for n, o in zip(c1[cid][1], c0[cid][1]))
    assert all(not_lower(d1[k], d0[k]) for k in d0)
    assert not_lower(after.fit.fit, before.fit.fit)


def numbers(obj, path="profile"):
    """(path, value) of every number in a result, recursively."""
    if dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from numbers(getattr(obj, f.name), f"{path}.{f.name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from numbers(item, f"{path}[{i}]")
    elif isinstance(obj, (int, float)) and not isinstance(obj, bool):
        yield path, obj


@SETTINGS
@given(answers_st, ratings_st)
def test_scores_stay_in_bounds(answers, ratings):
    profile = score_with_plan(PLAN, answers, to_ratings(ratings))
    for score in [*profile.competencies, *profile.dimensions]:
        for item in (score, *score.sources):
            if item.level is not None:
                assert 1.0 <= item.level <= 5.0 and 0.0 <= item.percent <= 100.0
                assert item.band.se >= 0.0 and item.band.half_width >= 0.0
            if hasattr(item, "answered"):
                assert 0 <= item.answered <= item.asked
    for comp in profile.competencies:
        assert 0.0 <= comp.source_weight_share <= 1.0 + 1e-12
        if comp.fit is not None:
            assert 0.0 <= comp.fit.fit <= 1.0 and 0.0 <= comp.fit.weight <= 1.0
        if comp.panel is not None and comp.panel.r_wg is not None:
            assert 0.0 <= comp.panel.r_wg <= 1.0 and 0 <= comp.panel.spread <= 4
    if profile.fit.fit is not None:
        assert 0.0 <= profile.fit.fit <= 1.0
    assert 0.0 <= profile.fit.weight_covered <= 1.0 + 1e-12
    assert all(math.isfinite(v) for _, v in numbers(profile))


@SETTINGS
@given(answers_st, ratings_st, st.randoms(use_true_random=False))
def test_order_of_answers_does_not_matter(answers, ratings, rnd):
    listed = to_ratings(ratings)
    items = list(answers.items())
    rnd.shuffle(items)
    shuffled_ratings = list(listed)
    rnd.shuffle(shuffled_ratings)
    assert score_with_plan(PLAN, dict(items), shuffled_ratings) == score_with_plan(PLAN, answers, listed)


@SETTINGS
@given(answers_st, ratings_st, st.data())
def test_fit_is_100_when_every_competency_meets_its_target(answers, ratings, data):
    profile = score_with_plan(PLAN, answers, to_ratings(ratings))
    scored = [c for c in profile.competencies if c.level is not None]
    # targets at or below each competency's level (some exactly at an integer level)
    overrides = [(c.competency, data.draw(st.integers(1, max(1, math.floor(c.level + 1e-9)))))
                 for c in scored]
    weights = data.draw(st.tuples(st.floats(0.05, 1.0), st.floats(0.05, 1.0)))
    role = portrait([("d1", 5, weights[0]), ("d2", 5, weights[1])], overrides=overrides)
    met = score_profile(FORM, COMPS, role, answers, to_ratings(ratings))
    if scored:
        assert met.fit.fit == 1.0
        assert met.development_areas == ()
        assert all(c.fit.fit == 1.0 for c in met.competencies if c.fit is not None)
    else:
        assert met.fit.fit is None


def assert_close(a, b, path="profile"):
    if dataclasses.is_dataclass(a):
        assert type(a) is type(b), path
        for f in dataclasses.fields(a):
            assert_close(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
    elif isinstance(a, tuple):
        assert isinstance(b, tuple) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            assert_close(x, y, f"{path}[{i}]")
    elif isinstance(a, float):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), f"{path}: {a} != {b}"
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


@SETTINGS
@given(answers_st, ratings_st, st.floats(0.01, 1000.0),
       st.tuples(st.one_of(st.just(0.0), st.floats(1e-3, 5.0)), st.floats(0.1, 5.0), st.floats(0.1, 5.0)),
       st.tuples(st.floats(0.05, 1.0), st.floats(0.05, 1.0)))
def test_multiplying_all_weights_by_a_constant_changes_nothing(answers, ratings, factor, source_w, dim_w):
    def profile(scale):
        policy = ScoringPolicy(source_weights={Source.SELF: source_w[0] * scale,
                                               Source.TEST: source_w[1] * scale,
                                               Source.INTERVIEW: source_w[2] * scale})
        role = portrait([("d1", 4, dim_w[0] * scale), ("d2", 3, dim_w[1] * scale)], overrides=[("b", 5)])
        return score_profile(FORM, COMPS, role, answers, to_ratings(ratings), policy=policy)
    assert_close(profile(factor), profile(1.0))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=1, max_size=6), st.integers(0, 2 ** 32 - 1))
def test_reverse_keyed_item_scores_the_mirror_of_its_plain_twin(agreements, seed):
    plain, reverse = likert("p", "x"), likert("r", "x", reverse=True)
    for a in agreements:
        assert score_item(reverse, a) == 1.0 - score_item(plain, a)
        assert score_item(reverse, 6 - a) == score_item(plain, a)
    # a scale of reverse-keyed twins answered with mirrored agreement scores the same level
    n = len(agreements)
    plain_form = [likert(f"x.p{i}", "x") for i in range(n)]
    reverse_form = [likert(f"x.r{i}", "x", reverse=True) for i in range(n)]
    role = portrait([("d", 3, 1.0)])
    order = list(range(n))
    random.Random(seed).shuffle(order)
    first = score_profile(plain_form, [competency("x", "d")], role,
                          {f"x.p{i}": agreements[i] for i in order}, [])
    second = score_profile(reverse_form, [competency("x", "d")], role,
                           {f"x.r{i}": 6 - agreements[i] for i in order}, [])
    assert first.competency("x").source(Source.SELF) == second.competency("x").source(Source.SELF)
