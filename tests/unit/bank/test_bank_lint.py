"""Lint rules: one failing case per rule (exact findings), a passing bank, the helpers."""
from __future__ import annotations


import itertools
import time
from fractions import Fraction
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import given, settings, strategies as st

from assess.bank import load_bank
from assess.bank.lint import (
    DEFAULT_POLICY, RULES, Finding, has_errors, key_longest_index, lint_bank, normalise,
    similar_pairs, text_length, tokens,
)
from assess.domain import Bank, Question, QuestionKind, Text

DATA = Path(__file__).resolve().parents[2] / "data"
OverlayBank = Callable[..., Path]  #: the overlay_bank fixture (see conftest.py)

CASES = DATA / "lint_cases"

KEY_LONGEST_LIMIT = ("the key is the longest option in 2 of 4 items with 3 options (50.0%); "
                     "the limit is 1/3 + 10% = 43.3%, at most 1: shorten the key or lengthen a "
                     "distractor in at least 1 of the items listed as warnings")

EXPECTED: dict[str, list[Finding]] = {
    "option_length": [
        Finding("error", "lint.knowledge.1", "options.2.text.en",
                "longest option 'c' (55 chars) is 1.90x the shortest 'a' (29 chars); limit 1.5x",
                "option-length"),
    ],
    "key_longest": [
        Finding("error", "-", "options.text.en", KEY_LONGEST_LIMIT, "key-longest"),
        Finding("error", "-", "options.text.ru", KEY_LONGEST_LIMIT, "key-longest"),
        Finding("warning", "lint.knowledge.1", "options.0.text.en",
                "the key 'a' is the longest option (counts toward the 3-option limit in en)", "key-longest"),
        Finding("warning", "lint.knowledge.1", "options.0.text.ru",
                "the key 'a' is the longest option (counts toward the 3-option limit in ru)", "key-longest"),
        Finding("warning", "lint.knowledge.2", "options.2.text.en",
                "the key 'c' is the longest option (counts toward the 3-option limit in en)", "key-longest"),
        Finding("warning", "lint.knowledge.2", "options.2.text.ru",
                "the key 'c' is the longest option (counts toward the 3-option limit in ru)", "key-longest"),
    ],
    "duplicate_option": [
        Finding("error", "lint.knowledge.1", "options.2.text.ru",
                "option 'c' has the same text as option 'b'", "duplicate-option"),
    ],
    "duplicate_text": [
        Finding("error", "lint.likert.1", "text.ru", "same ru text as item 'planning.likert.1'",
                "duplicate-text"),
    ],
    "near_duplicate": [
        Finding("warning", "lint.likert.1", "text.ru",
                "ru text is 89% similar to item 'tracking.likert.1' (token Jaccard; threshold 70%)",
                "near-duplicate"),
    ],
    "passing_boundaries": [],
}


def test_every_lint_case_has_expectations() -> None:
    assert sorted(p.name for p in CASES.iterdir() if p.is_dir()) == sorted(EXPECTED)


def test_minimal_bank_is_clean(minimal_bank: Bank) -> None:
    assert lint_bank(minimal_bank) == []


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_lint_case_gives_exact_findings(case: str, overlay_bank: OverlayBank) -> None:
    findings = lint_bank(load_bank(overlay_bank(CASES / case)))
    assert findings == EXPECTED[case]
    assert has_errors(findings) == any(f.severity == "error" for f in EXPECTED[case])


def test_passing_case_sits_exactly_on_the_limits(overlay_bank: OverlayBank) -> None:
    bank = load_bank(overlay_bank(CASES / "passing_boundaries"))
    item = bank.questions["lint.knowledge.1"]
    for lang in ("ru", "en"):
        lengths = [text_length(o.text.get(lang)) for o in item.options]
        assert Fraction(max(lengths), min(lengths)) == DEFAULT_POLICY.max_option_length_ratio
    three = [q for q in bank.questions.values() if len(q.options) == 3]
    assert len(three) == 3
    assert [q.id for q in three if key_longest_index(q, "ru") is not None] == ["lint.knowledge.1"]


def test_every_rule_has_a_failing_case() -> None:
    rules_hit = {f.rule for findings in EXPECTED.values() for f in findings}
    assert rules_hit == {rule.__name__.removesuffix("_rule").replace("_", "-") for rule in RULES}


def test_finding_prints_like_a_bank_error() -> None:
    finding = EXPECTED["option_length"][0]
    assert str(finding) == ("error: lint.knowledge.1: options.2.text.en: longest option 'c' (55 chars) "
                            "is 1.90x the shortest 'a' (29 chars); limit 1.5x [option-length]")


def test_errors_sort_before_warnings() -> None:
    warning = Finding("warning", "a", "-", "m", "r")
    error = Finding("error", "z", "-", "m", "r")
    assert sorted([warning, error]) == [error, warning]


@pytest.mark.parametrize(("text", "expected"), [
    ("  Я разбиваю\tпроект — на этапы!  ", "я разбиваю проект на этапы"),
    ("Ёлка, «ёж»...", "елка еж"),
    ("Value/Effort: A/B-test", "value effort a b test"),
    ("ＦＵＬＬ width", "full width"),
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_tokens_cut_words_to_stems() -> None:
    assert tokens("Стратегию продукта, стратегии продукта", 5) == {"страт", "проду"}


def test_text_length_counts_whitespace_runs_once() -> None:
    assert text_length("  a   b\n c ") == 5


token_sets = st.lists(st.frozensets(st.sampled_from("abcdefghij"), max_size=6), max_size=12)


@settings(database=None, max_examples=200)
@given(sets=token_sets, threshold=st.sampled_from([Fraction(1, 5), Fraction(1, 2), Fraction(7, 10), Fraction(1)]))
def test_similar_pairs_matches_brute_force(sets: list[frozenset[str]], threshold: Fraction) -> None:
    brute = [(i, j, Fraction(len(a & b), len(a | b)))
             for (i, a), (j, b) in itertools.combinations(enumerate(sets), 2)
             if a and b and Fraction(len(a & b), len(a | b)) >= threshold]
    assert similar_pairs(sets, threshold) == brute


def _synthetic_bank(n: int) -> Bank:
    """n likert items of 8-20 words drawn from a Zipf-like vocabulary (deterministic)."""
    import random
    rng = random.Random(5)
    letters = "абвгдежзийклмнопрстуфхцчшщыэюя"
    vocab = ["".join(rng.choices(letters, k=rng.randint(3, 10))) for _ in range(3000)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    questions = {}
    for i in range(n):
        words = " ".join(rng.choices(vocab, weights, k=rng.randint(8, 20)))
        qid = f"c{i % 90}.likert.{i}"
        questions[qid] = Question(qid, f"c{i % 90}", QuestionKind.LIKERT, Text(words, words.upper()))
    return Bank(levels=(), dimensions={}, competencies={}, questions=questions, portraits={}, templates={})


def test_lint_of_600_items_runs_well_under_a_second() -> None:
    bank = _synthetic_bank(600)
    start = time.perf_counter()
    lint_bank(bank)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(("a", "b", "flagged"), [
    # a one-word swap in a stock statement: 5 of 7 tokens shared (0.71)
    ("I regularly update the product roadmap.", "I regularly update the product backlog.", True),
    # the same sentence reworded around the same content words (0.76)
    ("Before I take a task into the backlog, I check how it moves the product strategy forward.",
     "Before taking a task into the backlog, I check whether it moves the product strategy forward.", True),
    # one word dropped, Russian (0.89)
    ("Каждую неделю я сверяю ход работ с планом проекта.", "Каждую неделю я сверяю ход работ с планом.", True),
    # only a stock opening in common (0.57)
    ("Tell me about a time you had to turn down a client.",
     "Tell me about a time you had to convince your team.", False),
    ("Расскажите о случае, когда вам пришлось отказать клиенту.",
     "Расскажите о случае, когда вам пришлось переубедить команду.", False),
])
def test_near_duplicate_threshold_on_documented_examples(a: str, b: str, flagged: bool) -> None:
    sets = [tokens(a, DEFAULT_POLICY.stem_length), tokens(b, DEFAULT_POLICY.stem_length)]
    assert bool(similar_pairs(sets, DEFAULT_POLICY.near_duplicate_threshold)) is flagged
