"""Presentation: the one place numbers are rounded (half up); plain JSON-ready data."""
from __future__ import annotations

import json

from assess.scoring import Rating, present_profile, score_profile
from scoring_factories import competency, full_form, portrait

ROLE = portrait([("d", 4, 1.0)])
FORM = full_form("x")


def test_presented_profile_is_plain_data_and_rounded():
    answers = {"x.l1": 4, "x.l2": 3, "x.k1": "a", "x.s1": "b"}
    ratings = [Rating("x.i1", "a", 3), Rating("x.i1", "b", 4), Rating("x.i1", "c", 4)]
    profile = score_profile(FORM, [competency("x", "d")], ROLE, answers, ratings)
    data = present_profile(profile)
    assert json.loads(json.dumps(data)) == data
    x = profile.competency("x")
    shown = data["competencies"][0]
    assert x.level != round(x.level, 2)  # the internal value is not rounded ...
    assert shown["level"] == round(x.level, 2)  # ... the presented one is
    assert isinstance(shown["percent"], int) and shown["percent"] == round(x.percent)
    assert shown["panel"]["r_wg"] == round(x.panel.r_wg, 2)
    assert shown["sources"]["interview"]["level"] == round(11 / 3, 2)
    assert isinstance(data["fit"]["percent"], int) and isinstance(data["fit"]["based_on_percent"], int)
    gap_reason = shown["reasons"][-1]
    assert gap_reason["params"]["gap"] == round(x.fit.gap, 2)


def test_presenting_twice_gives_the_same_data():
    profile = score_profile(FORM, [competency("x", "d")], ROLE, {"x.l1": 5, "x.l2": 1}, [])
    assert present_profile(profile) == present_profile(profile)
    assert profile.competency("x").level == 5.0  # untouched
