"""The shipped bank (``question_bank/``) meets the coverage bar of issue 3.

These tests check content, not code: they fail while the bank is being written and
name every offender, so an author can work down the list.
"""
from __future__ import annotations


from pathlib import Path

import pytest

from assess.bank import BankError, BankInvalid, load_bank
from assess.bank.coverage import competency_gaps, missing_texts
from assess.bank.forms import draw_form
from assess.bank.lint import duplicate_texts, lint_bank
from assess.domain import LANGUAGES, Bank, Family, QuestionKind, TemplatePurpose

SHIPPED = Path(__file__).resolve().parents[3] / "question_bank"

#: Fixed seed for drawing every template in these tests.
SEED = 20240601
#: How many competencies an interview kit covers: enough for a picture, few enough for an hour.
INTERVIEW_KIT_COMPETENCIES = range(5, 9)


@pytest.fixture(scope="module")
def loaded() -> tuple[Bank | None, list[BankError]]:
    """The shipped bank, or None and every error (the bank is parsed once per module)."""
    try:
        return load_bank(SHIPPED), []
    except BankInvalid as exc:
        return None, exc.errors


@pytest.fixture(scope="module")
def bank(loaded: tuple[Bank | None, list[BankError]]) -> Bank:
    shipped, errors = loaded
    if shipped is None:
        pytest.fail(f"question_bank does not load ({len(errors)} errors, see test_loads_without_errors)")
    return shipped


def _listing(lines: list[str]) -> str:
    return f"{len(lines)} problem(s):\n" + "\n".join(lines)


def test_loads_without_errors(loaded: tuple[Bank | None, list[BankError]]) -> None:
    errors = [str(e) for e in loaded[1]]
    assert not errors, _listing(errors)


def test_lint_has_no_errors(bank: Bank) -> None:
    errors = [str(f) for f in lint_bank(bank) if f.severity == "error"]
    assert not errors, _listing(errors)


def test_every_competency_meets_the_minimum(bank: Bank) -> None:
    """At least 4 scored items, one likert, one sjt or knowledge, one interview with
    5 anchors and 2 probes (assess.bank.coverage.REQUIREMENTS)."""
    gaps = [f"{g.competency} ({g.dimension}): {'; '.join(g.problems)}" for g in competency_gaps(bank)]
    assert not gaps, _listing(gaps)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_exists_in_both_languages(bank: Bank, language: str) -> None:
    missing = missing_texts(bank, language)
    assert not missing, _listing(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_items_share_a_text(bank: Bank, language: str) -> None:
    duplicates = [f"{later} repeats {earlier}" for later, earlier in duplicate_texts(bank)[language]]
    assert not duplicates, _listing(duplicates)


def test_every_portrait_covers_every_dimension(bank: Bank) -> None:
    problems = [f"{p.id}: no target for {d}" for p in bank.portraits.values()
                for d in bank.dimensions if p.dimension_target(d) is None]
    assert bank.portraits
    assert not problems, _listing(problems)


def test_every_template_draws_reproducibly_for_its_role(bank: Bank) -> None:
    """Drawn with a fixed seed, every template gives a form for an existing role in which
    every competency it covers has at least one item, and the same seed gives the same
    form. A pool smaller than a section asks for is allowed (it gives what it has; the
    coverage report lists such shortfalls)."""
    problems = []
    for template in bank.templates.values():
        form = draw_form(bank, template, SEED)
        if template.role not in bank.portraits:
            problems.append(f"{template.id}: role {template.role!r} has no portrait")
        drawn = {item.competency for section in form.sections for item in section}
        problems += [f"{template.id}: no item for {c}" for c in template.competencies if c not in drawn]
        if draw_form(bank, template, SEED) != form:
            problems.append(f"{template.id}: the same seed drew a different form")
    assert bank.templates
    assert not problems, _listing(problems)


def test_every_role_has_both_templates(bank: Bank) -> None:
    problems = []
    for role in bank.portraits:
        templates = [t for t in bank.templates.values() if t.role == role]
        for purpose in TemplatePurpose:
            if not any(t.purpose is purpose for t in templates):
                problems.append(f"{role}: no {purpose.value} template")
        for t in templates:
            if t.purpose is TemplatePurpose.INTERVIEW_KIT and len(t.competencies) not in INTERVIEW_KIT_COMPETENCIES:
                problems.append(f"{t.id}: an interview kit covers {len(t.competencies)} competencies, "
                                f"expected 5-8")
    assert not problems, _listing(problems)


def test_every_competency_has_two_or_three_development_actions(bank: Bank) -> None:
    problems = [f"{c.id}: {len(c.advice)} development actions, expected 2-3"
                for c in bank.competencies.values() if not 2 <= len(c.advice) <= 3]
    assert not problems, _listing(problems)


def test_about_one_self_rating_in_five_is_reverse_keyed(bank: Bank) -> None:
    likert = [q for q in bank.questions.values() if q.kind is QuestionKind.LIKERT]
    share = sum(q.reverse for q in likert) / len(likert)
    assert 0.15 <= share <= 0.25, f"{share:.0%} of {len(likert)} self-ratings are reverse-keyed"


def test_the_model_has_46_pm_skills_in_6_categories_and_7_am_groups(bank: Bank) -> None:
    pm = [d for d in bank.dimensions.values() if d.family is Family.PM]
    am = [d for d in bank.dimensions.values() if d.family is Family.AM]
    assert (len(pm), sum(len(d.competencies) for d in pm)) == (6, 46)
    assert len(am) == 7 and sum(len(d.competencies) for d in am) == 48
