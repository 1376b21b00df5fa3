"""Item scores on 0..1, one scorer per question kind."""
from __future__ import annotations

import pytest

from assess.domain import Option, Question, QuestionKind
from assess.scoring import ITEM_SCORERS, ScoringInputError, score_item, score_table
from scoring_factories import T, interview, knowledge, likert, open_question, sjt


def test_registry_covers_every_kind_and_leaves_open_unscored():
    assert set(ITEM_SCORERS) == set(QuestionKind)
    assert ITEM_SCORERS[QuestionKind.OPEN] is None
    assert all(ITEM_SCORERS[k] is not None for k in QuestionKind if k is not QuestionKind.OPEN)


@pytest.mark.parametrize("agreement, plain, reverse", [
    (1, 0.0, 1.0), (2, 0.25, 0.75), (3, 0.5, 0.5), (4, 0.75, 0.25), (5, 1.0, 0.0)])
def test_likert_plain_and_reverse_keyed(agreement, plain, reverse):
    assert score_item(likert("q", "c"), agreement) == plain
    assert score_item(likert("q", "c", reverse=True), agreement) == reverse


@pytest.mark.parametrize("choice, score", [("a", 1.0), ("b", 0.0), ("c", 0.0)])
def test_knowledge_is_zero_or_one(choice, score):
    assert score_item(knowledge("q", "c", "abc", key="a"), choice) == score


@pytest.mark.parametrize("effectiveness, expected", [
    ({"a": 5, "b": 2, "c": 1, "d": 3}, {"a": 1.0, "b": 0.25, "c": 0.0, "d": 0.5}),
    ({"a": 4, "b": 2, "c": 3}, {"a": 1.0, "b": 0.0, "c": 0.5}),  # min..max within the item
    ({"a": 1, "b": 5}, {"a": 0.0, "b": 1.0}),
])
def test_sjt_maps_effectiveness_within_the_item(effectiveness, expected):
    question = sjt("q", "c", effectiveness)
    assert {o: score_item(question, o) for o in effectiveness} == expected


def test_sjt_without_two_distinct_effectiveness_values_is_refused():
    with pytest.raises(ValueError, match="two effectiveness"):
        score_table(sjt("q", "c", {"a": 3, "b": 3}))
    missing = Question("q", "c", QuestionKind.SJT, T, options=(Option("a", T, effectiveness=5),
                                                               Option("b", T)))
    with pytest.raises(ValueError, match="effectiveness"):
        score_table(missing)


def test_knowledge_needs_exactly_one_key():
    with pytest.raises(ValueError, match="one key"):
        score_table(Question("q", "c", QuestionKind.KNOWLEDGE, T,
                             options=(Option("a", T), Option("b", T))))


@pytest.mark.parametrize("level, score", [(1, 0.0), (2, 0.25), (3, 0.5), (4, 0.75), (5, 1.0)])
def test_interview_rating_levels(level, score):
    assert score_item(interview("q", "c"), level) == score


def test_missing_answers_and_open_text_score_nothing():
    assert score_item(likert("q", "c"), None) is None
    assert score_item(interview("q", "c"), None) is None  # "not observed": missing, not zero
    assert score_item(open_question("q", "c"), "any text") is None


@pytest.mark.parametrize("question, response", [
    (likert("q", "c"), 0), (likert("q", "c"), 6), (likert("q", "c"), "3"), (likert("q", "c"), True),
    (knowledge("q", "c"), "z"), (sjt("q", "c"), 1), (interview("q", "c"), 7)])
def test_impossible_responses_are_rejected(question, response):
    with pytest.raises(ScoringInputError):
        score_item(question, response)
