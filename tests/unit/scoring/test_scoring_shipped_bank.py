"""The engine on the real bank: every role's fixed self-assessment and interview forms,
answered by the best and the weakest candidate, score without error, and every reason
they give renders in Russian and English from the shipped catalogues."""
from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from assess.bank import load_bank
from assess.bank.forms import draw_form
from assess.domain import Bank, QuestionKind, TemplatePurpose
from assess.scoring import Rating, render, score_profile

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank(ROOT / "question_bank")


@pytest.fixture(scope="module")
def russian():
    with open(ROOT / "translations/ru/LC_MESSAGES/messages.po", "rb") as handle:
        strings = {m.id: m.string for m in read_po(handle, locale="ru") if m.id and m.string}
    return lambda message: strings[message]


def _responses(bank: Bank, role: str, best: bool):
    questions = []
    for template in bank.templates.values():
        if template.role == role:
            form = draw_form(bank, template)
            questions += [bank.questions[qid] for qid, _ in form.items]
    answers, ratings = {}, []
    for q in questions:
        if q.kind is QuestionKind.LIKERT:
            answers[q.id] = (1 if q.reverse else 5) if best else (5 if q.reverse else 1)
        elif q.kind is QuestionKind.KNOWLEDGE:
            answers[q.id] = next(o.id for o in q.options if o.correct is best)
        elif q.kind is QuestionKind.SJT:
            pick = max if best else min
            answers[q.id] = pick(q.options, key=lambda o: o.effectiveness).id
        elif q.kind is QuestionKind.INTERVIEW:
            ratings += [Rating(q.id, rater, 5 if best else 1) for rater in ("anna", "igor")]
    return questions, answers, ratings


@pytest.mark.parametrize("role", ["product_manager", "key_account_manager_b2b", "account_manager_b2c",
                                  "agency_account_manager", "instagram_commercial_account_manager"])
def test_best_and_weakest_candidates_of_every_role(bank: Bank, russian, role: str) -> None:
    portrait = bank.portraits[role]
    assert {t.purpose for t in bank.templates.values() if t.role == role} == set(TemplatePurpose)
    profiles = []
    for top in (True, False):
        questions, answers, ratings = _responses(bank, role, top)
        profiles.append(score_profile(questions, bank.competencies, portrait, answers, ratings))
    best, weakest = profiles
    assert best.fit.fit == pytest.approx(1.0)  # every competency at level 5 meets every target
    assert weakest.fit.fit is not None and weakest.fit.fit < 0.5
    # the role's two fixed forms give evidence on every dimension its portrait weights
    assert best.fit.weight_covered == pytest.approx(1.0) == weakest.fit.weight_covered
    assert not best.development_areas and weakest.development_areas
    names = {c.id: c.name.ru for c in bank.competencies.values()} | {d.id: d.name.ru for d in bank.dimensions.values()}
    for profile in (best, weakest):
        reasons = [*profile.reasons, *(r for c in profile.competencies for r in c.reasons),
                   *(r for d in profile.dimensions for r in d.reasons)]
        for reason in reasons:
            assert render(reason)
            text = render(reason, russian, labels=names, number=lambda v: str(v).replace(".", ","))
            assert "{" not in text and text
