"""Load the question bank from files into the database as versions (idempotent)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..bank.forms import draw_form
from ..bank.hashing import content_hash
from ..bank.serialise import portrait_to_dict, question_to_dict, template_to_dict
from ..domain import Bank
from ..extensions import db
from ..models import (
    AssessmentForm, Competency, Dimension, FormItem, PortraitVersion, QuestionVersion, TemplateVersion,
)
from .audit import audit


@dataclass
class SyncCounts:
    """How many objects of one kind were added as new, new versions, kept, or retired."""

    new: int = 0  #: ids never seen before
    changed: int = 0  #: known ids whose content changed: a new version
    unchanged: int = 0  #: the current version is the one in the files
    retired: int = 0  #: no longer in the files: no version is current any more


@dataclass
class SyncReport:
    bank_version: str
    questions: SyncCounts = field(default_factory=SyncCounts)
    portraits: SyncCounts = field(default_factory=SyncCounts)
    templates: SyncCounts = field(default_factory=SyncCounts)
    #: forms drawn with each template's recorded seed (the fixed form of the role)
    forms: SyncCounts = field(default_factory=SyncCounts)
    competencies: int = 0

    @property
    def changed_anything(self) -> bool:
        return any(c.new or c.changed or c.retired
                   for c in (self.questions, self.portraits, self.templates, self.forms))


def sync_bank(bank: Bank, *, actor_id: int | None = None) -> SyncReport:
    """Make the database match ``bank`` (flushed, not committed).

    An unchanged question keeps its version row; a changed one gets a new row and the
    old row stays (answers point at it) with ``current = False``.
    """
    report = SyncReport(bank_version=bank.version)
    _sync_model(bank)
    report.competencies = len(bank.competencies)
    report.questions = _sync_versions(
        QuestionVersion, QuestionVersion.question_id,
        {q.id: (q.version, question_to_dict(q), {"competency_id": q.competency, "kind": q.kind.value})
         for q in bank.questions.values()})
    report.portraits = _sync_versions(
        PortraitVersion, PortraitVersion.role_id,
        {p.id: _versioned(portrait_to_dict(p), name_ru=p.name.ru, name_en=p.name.en)
         for p in bank.portraits.values()})
    report.templates = _sync_versions(
        TemplateVersion, TemplateVersion.template_id,
        {t.id: _versioned(template_to_dict(t), role_id=t.role, purpose=t.purpose.value)
         for t in bank.templates.values()})
    report.forms = _sync_forms(bank)
    if report.changed_anything:
        audit("bank.sync", actor_id=actor_id, object_type="bank", object_id=bank.version[:16],
              questions=vars(report.questions), portraits=vars(report.portraits),
              templates=vars(report.templates), forms=vars(report.forms))
    db.session.flush()
    return report


def _versioned(content: dict[str, Any], **columns: Any) -> tuple[str, dict[str, Any], dict[str, Any]]:
    return content_hash(content), content, columns


def _sync_model(bank: Bank) -> None:
    dims = {d.id: d for d in db.session.scalars(select(Dimension))}
    for position, dim in enumerate(bank.dimensions.values()):
        row = dims.get(dim.id) or Dimension(id=dim.id)
        row.family, row.position = dim.family.value, position
        row.name_ru, row.name_en = dim.name.ru, dim.name.en
        row.description_ru, row.description_en = dim.description.ru, dim.description.en
        db.session.add(row)
    db.session.flush()
    comps = {c.id: c for c in db.session.scalars(select(Competency))}
    for dim in bank.dimensions.values():
        for position, comp_id in enumerate(dim.competencies):
            comp = bank.competencies[comp_id]
            row = comps.pop(comp_id, None) or Competency(id=comp_id)
            row.dimension_id, row.position, row.origin, row.in_bank = dim.id, position, comp.origin.value, True
            row.name_ru, row.name_en = comp.name.ru, comp.name.en
            row.description_ru, row.description_en = comp.description.ru, comp.description.en
            row.advice = [{"ru": a.ru, "en": a.en} for a in comp.advice]
            db.session.add(row)
    for gone in comps.values():  # kept for old answers, hidden from new forms
        gone.in_bank = False
    db.session.flush()


def _sync_versions(model: Any, key_column: Any,
                   wanted: dict[str, tuple[str, dict[str, Any], dict[str, Any]]]) -> SyncCounts:
    counts = SyncCounts()
    rows: dict[str, list[Any]] = {}
    for row in db.session.scalars(select(model)):
        rows.setdefault(getattr(row, key_column.key), []).append(row)
    for key, (version, content, columns) in wanted.items():
        existing = rows.pop(key, [])
        match = next((r for r in existing if r.version == version), None)
        for row in existing:
            row.current = row is match
        if match is not None:
            counts.unchanged += 1
            continue
        counts.changed += bool(existing)
        counts.new += not existing
        db.session.add(model(**{key_column.key: key}, version=version, content=content, current=True,
                             **columns))
    for gone in rows.values():
        if any(r.current for r in gone):
            counts.retired += 1
        for row in gone:
            row.current = False
    db.session.flush()
    return counts


def _sync_forms(bank: Bank) -> SyncCounts:
    """Draw every template's form with its recorded seed and store it unless stored.

    A form is stored once per content: while neither the template nor the questions it
    drew change, sync finds the same row; otherwise a new row becomes current and the old
    one stays for the attempts that used it.
    """
    counts = SyncCounts()
    version_ids = {(qid, version): row_id for qid, version, row_id in db.session.execute(
        select(QuestionVersion.question_id, QuestionVersion.version, QuestionVersion.id)
        .where(QuestionVersion.current.is_(True)))}
    template_rows = {row.template_id: row for row in db.session.scalars(
        select(TemplateVersion).where(TemplateVersion.current.is_(True)))}
    existing = {f.content_hash: f for f in db.session.scalars(select(AssessmentForm))}
    keep: set[int] = set()
    for template in bank.templates.values():
        form = draw_form(bank, template)
        row = existing.get(form.content_hash)
        if row is None:
            row = AssessmentForm(template_version_id=template_rows[template.id].id, seed=form.seed,
                                 content_hash=form.content_hash, shuffle_items=form.shuffle_items,
                                 shuffle_options=form.shuffle_options)
            position = 0
            for section, items in enumerate(form.sections):
                for item in items:
                    row.items.append(FormItem(section=section, position=position,
                                              question_version_id=version_ids[(item.question_id, item.version)]))
                    position += 1
            db.session.add(row)
            db.session.flush()
            counts.new += 1
        else:
            counts.unchanged += 1
        keep.add(row.id)
    for row in existing.values():
        if row.current and row.id not in keep:
            counts.retired += 1
        row.current = row.id in keep
    db.session.flush()
    return counts
