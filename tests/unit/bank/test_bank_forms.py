"""Drawing fixed forms from templates and arranging them per attempt."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import given, settings, strategies as st

from assess.bank.forms import Form, Shortfall, arrange, draw_form
from assess.domain import AssessmentTemplate, Bank, QuestionKind, TemplateSection

ROOT = Path(__file__).resolve().parents[3]
seeds = st.integers(min_value=-(2**63), max_value=2**63)


def _template(bank: Bank) -> AssessmentTemplate:
    return bank.templates["account_lead.self"]


def _check_invariants(bank: Bank, template: AssessmentTemplate, form: Form) -> None:
    """Each section holds only its competencies, at most N per (competency, kind), no repeats,
    exactly min(N, what is left in the pool) and a shortfall for every gap."""
    assert len(form.sections) == len(template.sections)
    ids = [qid for qid, _ in form.items]
    assert len(ids) == len(set(ids))
    shortfalls = set()
    for index, (section, items) in enumerate(zip(template.sections, form.sections)):
        counts = Counter((item.competency, item.kind) for item in items)
        for (competency, kind), n in counts.items():
            assert competency in section.competencies
            assert n <= section.items_per_competency.get(kind, 0)
        for competency in section.competencies:
            for kind, wanted in section.items_per_competency.items():
                got = counts[(competency, kind)]
                if got < wanted:
                    shortfalls.add(Shortfall(index, competency, kind, wanted, got))
    assert set(form.shortfalls) == shortfalls
    for item in (i for s in form.sections for i in s):
        question = bank.questions[item.question_id]
        assert (item.version, item.kind, item.competency) == (question.version, question.kind, question.competency)
        assert item.option_ids == tuple(o.id for o in question.options)


def test_default_seed_is_the_templates(minimal_bank: Bank) -> None:
    template = _template(minimal_bank)
    form = draw_form(minimal_bank, template)
    assert form.seed == template.seed == 7
    assert form == draw_form(minimal_bank, template, seed=7)
    assert (form.template_id, form.role) == ("account_lead.self", "account_lead")
    assert len(form.content_hash) == 64


def test_minimal_template_draws_what_the_pools_have(minimal_bank: Bank) -> None:
    form = draw_form(minimal_bank, _template(minimal_bank))
    _check_invariants(minimal_bank, _template(minimal_bank), form)
    assert form.shortfalls == (
        Shortfall(0, "tracking", QuestionKind.LIKERT, 2, 1),
        Shortfall(0, "tracking", QuestionKind.KNOWLEDGE, 1, 0),
        Shortfall(1, "listening", QuestionKind.INTERVIEW, 1, 0),
    )
    assert not form.complete
    fixed = [qid for qid, _ in form.items if not qid.startswith("planning.likert")]
    assert fixed == ["planning.knowledge.1", "planning.sjt.1", "tracking.likert.1", "tracking.sjt.1",
                     "listening.likert.1", "feedback.likert.1", "feedback.interview.1"]


@settings(database=None, max_examples=50)
@given(seed=seeds)
def test_same_seed_same_form(minimal_bank: Bank, seed: int) -> None:
    template = _template(minimal_bank)
    form = draw_form(minimal_bank, template, seed)
    assert form == draw_form(minimal_bank, template, seed)
    _check_invariants(minimal_bank, template, form)


def test_different_seeds_usually_differ(minimal_bank: Bank) -> None:
    template = _template(minimal_bank)
    forms = {draw_form(minimal_bank, template, seed).items for seed in range(20)}
    assert len(forms) == 3  # planning has 3 likert items and the section asks for 2: C(3, 2)


def test_unchanged_by_dict_ordering(minimal_bank: Bank) -> None:
    template = _template(minimal_bank)
    reordered_bank = replace(minimal_bank, questions=MappingProxyType(dict(reversed(list(minimal_bank.questions.items())))))
    reordered_template = replace(template, sections=tuple(
        replace(s, items_per_competency=MappingProxyType(dict(reversed(list(s.items_per_competency.items())))))
        for s in template.sections))
    for seed in range(10):
        expected = draw_form(minimal_bank, template, seed)
        assert draw_form(reordered_bank, template, seed) == expected
        assert draw_form(reordered_bank, reordered_template, seed) == expected


def test_independent_of_hash_randomisation() -> None:
    script = (
        "import json; from assess.bank import load_bank; from assess.bank.forms import draw_form, arrange;"
        "b = load_bank('tests/data/bank_minimal'); t = b.templates['account_lead.self'];"
        "f = [draw_form(b, t, s) for s in range(5)];"
        "print(json.dumps([[x.items, x.content_hash, arrange(x, 3)] for x in f]))")
    outputs = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                              text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())


def test_a_competency_in_two_sections_is_not_drawn_twice(minimal_bank: Bank) -> None:
    section = TemplateSection(("planning",), MappingProxyType({QuestionKind.LIKERT: 2}))
    template = replace(_template(minimal_bank), sections=(section, section))
    form = draw_form(minimal_bank, template, 1)
    _check_invariants(minimal_bank, template, form)
    assert [len(s) for s in form.sections] == [2, 1]
    assert form.shortfalls == (Shortfall(1, "planning", QuestionKind.LIKERT, 2, 1),)


def test_content_hash_follows_versions(minimal_bank: Bank) -> None:
    template = _template(minimal_bank)
    form = draw_form(minimal_bank, template)
    edited = dict(minimal_bank.questions)
    edited["planning.sjt.1"] = replace(edited["planning.sjt.1"], version="0" * 64)
    other = draw_form(replace(minimal_bank, questions=MappingProxyType(edited)), template)
    assert [qid for qid, _ in other.items] == [qid for qid, _ in form.items]
    assert other.content_hash != form.content_hash


@settings(database=None, max_examples=50)
@given(seed=seeds, attempt=seeds)
def test_arrange_changes_only_order(minimal_bank: Bank, seed: int, attempt: int) -> None:
    form = draw_form(minimal_bank, _template(minimal_bank), seed)
    arranged = arrange(form, attempt)
    assert arranged == arrange(form, attempt)
    position = 0
    for section in form.sections:
        chunk = arranged[position:position + len(section)]
        position += len(section)
        assert sorted(a.question_id for a in chunk) == sorted(i.question_id for i in section)
        options = {i.question_id: i.option_ids for i in section}
        for a in chunk:
            assert sorted(a.option_order) == sorted(options[a.question_id])
    assert position == len(arranged)


def test_arrange_shuffles_between_attempts(minimal_bank: Bank) -> None:
    form = draw_form(minimal_bank, _template(minimal_bank))
    orders = {tuple(arrange(form, attempt)) for attempt in range(20)}
    assert len(orders) > 10
    items = {tuple(a.question_id for a in order) for order in orders}
    options = {tuple(a.option_order for a in order) for order in orders}
    assert len(items) > 1 and len(options) > 1


def test_arrange_keeps_order_when_shuffling_is_off(minimal_bank: Bank) -> None:
    template = replace(_template(minimal_bank), shuffle_items=False, shuffle_options=False)
    form = draw_form(minimal_bank, template)
    expected = [(i.question_id, i.option_ids) for s in form.sections for i in s]
    assert all(arrange(form, attempt) == expected for attempt in range(5))


def test_arrange_shuffles_options_only(minimal_bank: Bank) -> None:
    template = replace(_template(minimal_bank), shuffle_items=False)
    form = draw_form(minimal_bank, template)
    ids = [qid for qid, _ in form.items]
    assert all([a.question_id for a in arrange(form, attempt)] == ids for attempt in range(5))
    assert len({tuple(arrange(form, attempt)) for attempt in range(5)}) > 1


@pytest.mark.parametrize("attempt", [0, 1])
def test_arrangement_depends_on_the_form(minimal_bank: Bank, attempt: int) -> None:
    """Two forms of the same shape are not shuffled alike for the same attempt number."""
    template = _template(minimal_bank)
    a, b = (draw_form(minimal_bank, replace(template, id=name)) for name in ("x", "y"))
    assert a.content_hash != b.content_hash
    assert [o.option_order for o in arrange(a, attempt)] != [o.option_order for o in arrange(b, attempt)]


def test_items_written_for_other_roles_are_not_drawn(minimal_bank: Bank) -> None:
    template = _template(minimal_bank)
    competency = template.sections[0].competencies[0]
    mine = {q.id for q in minimal_bank.questions.values() if q.competency == competency}
    elsewhere = {qid: replace(q, roles=("another_role",)) if qid in mine else q
                 for qid, q in minimal_bank.questions.items()}
    restricted = replace(minimal_bank, questions=MappingProxyType(elsewhere))
    form = draw_form(restricted, template)
    assert not mine & {qid for qid, _ in form.items}
    assert {s.competency for s in form.shortfalls} >= {competency}
    for_me = {qid: replace(q, roles=(template.role, "another_role")) if qid in mine else q
              for qid, q in minimal_bank.questions.items()}
    assert draw_form(replace(minimal_bank, questions=MappingProxyType(for_me)), template).items == \
        draw_form(minimal_bank, template).items  # listing the template's role changes nothing
