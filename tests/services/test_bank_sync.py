"""bank sync: idempotent, unchanged questions keep their version, changed ones get a new
version, and stored rows of old versions stay for the answers that point at them."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from assess.bank import load_bank
from assess.bank.forms import draw_form
from assess.models import AssessmentForm, AuditEvent, Competency, PortraitVersion, QuestionVersion, TemplateVersion
from assess.services.bank_sync import sync_bank

MINIMAL = Path(__file__).resolve().parents[1] / "data" / "bank_minimal"


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    target = tmp_path / "bank"
    shutil.copytree(MINIMAL, target)
    return target


def _current(db) -> dict[str, tuple[int, str]]:
    rows = db.session.execute(select(QuestionVersion.question_id, QuestionVersion.id, QuestionVersion.version)
                              .where(QuestionVersion.current.is_(True)))
    return {qid: (row_id, version) for qid, row_id, version in rows}


def test_first_sync_stores_every_question_portrait_and_template(db, bank_dir: Path) -> None:
    bank = load_bank(bank_dir)
    report = sync_bank(bank)
    db.session.commit()
    assert report.questions.new == len(bank.questions) > 0
    assert set(_current(db)) == set(bank.questions)
    assert db.session.scalar(select(func.count()).select_from(PortraitVersion)) == len(bank.portraits)
    assert db.session.scalar(select(func.count()).select_from(TemplateVersion)) == len(bank.templates)
    assert db.session.scalar(select(func.count()).select_from(Competency)) == len(bank.competencies)


def test_second_sync_changes_nothing(db, bank_dir: Path) -> None:
    sync_bank(load_bank(bank_dir))
    db.session.commit()
    before = _current(db)
    events = db.session.scalar(select(func.count()).select_from(AuditEvent))
    report = sync_bank(load_bank(bank_dir))
    db.session.commit()
    assert (report.questions.new, report.questions.changed, report.questions.retired) == (0, 0, 0)
    assert report.questions.unchanged == len(before)
    assert _current(db) == before
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == events  # no-op is not audited


def test_edited_question_gets_a_new_version_and_the_old_one_stays(db, bank_dir: Path) -> None:
    sync_bank(load_bank(bank_dir))
    db.session.commit()
    before = _current(db)
    bank = load_bank(bank_dir)
    likert = next(q for q in bank.questions.values() if q.kind.value == "likert")
    path = next(p for p in (bank_dir / "questions").glob("*.yaml") if likert.text.ru in p.read_text("utf-8"))
    path.write_text(path.read_text("utf-8").replace(likert.text.ru, likert.text.ru + " (правка)"), "utf-8")

    report = sync_bank(load_bank(bank_dir))
    db.session.commit()
    after = _current(db)
    assert report.questions.changed == 1 and report.questions.unchanged == len(before) - 1
    assert after[likert.id][1] != before[likert.id][1]
    old = db.session.get(QuestionVersion, before[likert.id][0])
    assert old is not None and old.current is False and old.content["text"]["ru"] == likert.text.ru
    assert {k: v for k, v in after.items() if k != likert.id} == {k: v for k, v in before.items() if k != likert.id}
    assert db.session.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc())) == "bank.sync"


def test_reverting_an_edit_reuses_the_earlier_version(db, bank_dir: Path) -> None:
    sync_bank(load_bank(bank_dir))
    original = _current(db)
    files = {p: p.read_text("utf-8") for p in (bank_dir / "questions").glob("*.yaml")}
    path, text = next(iter(files.items()))
    path.write_text(text.replace('ru: "', 'ru: "Изменено: ', 1), "utf-8")
    sync_bank(load_bank(bank_dir))
    path.write_text(text, "utf-8")
    report = sync_bank(load_bank(bank_dir))
    db.session.commit()
    assert report.questions.changed == 0 and _current(db) == original


def test_removed_question_is_retired_not_deleted(db, bank_dir: Path) -> None:
    bank = load_bank(bank_dir)
    sync_bank(bank)
    db.session.commit()
    victim = next(q for q in bank.questions.values() if q.kind.value == "open")
    for path in (bank_dir / "questions").glob("*.yaml"):
        lines = path.read_text("utf-8").split("\n  - id: ")
        kept = [part for part in lines if not part.startswith(victim.id + "\n")]
        path.write_text("\n  - id: ".join(kept), "utf-8")
    report = sync_bank(load_bank(bank_dir))
    db.session.commit()
    assert report.questions.retired == 1
    row = db.session.scalar(select(QuestionVersion).where(QuestionVersion.question_id == victim.id))
    assert row is not None and row.current is False


def _current_forms(db) -> dict[int, list[int]]:
    forms = db.session.scalars(select(AssessmentForm).where(AssessmentForm.current.is_(True))).all()
    return {f.id: [item.question_version_id for item in f.items] for f in forms}


def test_sync_fixes_one_form_per_template_from_current_versions(db, bank_dir: Path) -> None:
    bank = load_bank(bank_dir)
    report = sync_bank(bank)
    db.session.commit()
    forms = _current_forms(db)
    assert report.forms.new == len(bank.templates) == len(forms)
    for form_id, version_ids in forms.items():
        drawn = draw_form(bank, bank.templates[db.session.get(AssessmentForm, form_id).template_version.template_id])
        rows = [db.session.get(QuestionVersion, vid) for vid in version_ids]
        assert [(r.question_id, r.version) for r in rows] == list(drawn.items)
        assert all(r.current for r in rows)


def test_forms_stay_fixed_until_a_drawn_question_changes(db, bank_dir: Path) -> None:
    bank = load_bank(bank_dir)
    sync_bank(bank)
    before = _current_forms(db)
    assert sync_bank(load_bank(bank_dir)).forms.unchanged == len(before)
    assert _current_forms(db) == before
    template = next(iter(bank.templates.values()))
    drawn_id = draw_form(bank, template).items[0][0]
    drawn = bank.questions[drawn_id]
    path = next(p for p in (bank_dir / "questions").glob("*.yaml") if drawn.text.ru in p.read_text("utf-8"))
    path.write_text(path.read_text("utf-8").replace(drawn.text.ru, drawn.text.ru + " (уточнено)"), "utf-8")
    report = sync_bank(load_bank(bank_dir))
    db.session.commit()
    assert report.forms.new >= 1 and report.forms.retired == report.forms.new
    after = _current_forms(db)
    assert set(after) != set(before)
    old = db.session.get(AssessmentForm, next(iter(set(before) - set(after))))
    assert old.current is False and [i.question_version_id for i in old.items] == before[old.id]
