"""Fixed forms: the exact question versions a template yielded for one seed.

A form is drawn once (assess.bank.forms.draw_form) and stored; every candidate who takes
it answers the same items, which is what makes candidates comparable and item statistics
possible. Only the order of items and options may change per attempt.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .bank import TemplateVersion
from .types import UTCDateTime, utcnow


class AssessmentForm(db.Model):
    """A drawn form of one template version. Rows are never changed, only added."""

    __tablename__ = "assessment_form"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_version_id: Mapped[int] = mapped_column(ForeignKey("template_version.id"), index=True)
    #: the seed it was drawn with (the template's recorded seed for role forms)
    seed: Mapped[int]
    #: sha256 of the drawn content (assess.bank.forms.form_hash): same content, same row
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    shuffle_items: Mapped[bool]
    shuffle_options: Mapped[bool]
    #: True for the form the current bank gives for its template's recorded seed
    current: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    #: loaded on access: bank sync reads every stored form and needs none of their items
    items: Mapped[list[FormItem]] = relationship(order_by="FormItem.position")
    template_version: Mapped[TemplateVersion] = relationship()


class FormItem(db.Model):
    """One question version at one place of a form."""

    __tablename__ = "form_item"
    __table_args__ = (
        UniqueConstraint("form_id", "position", name="uq_form_item_form_id_position"),
        UniqueConstraint("form_id", "question_version_id", name="uq_form_item_form_id_question_version_id"),
        CheckConstraint("position >= 0 AND section >= 0", name="position_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("assessment_form.id"))
    #: 0-based section of the template
    section: Mapped[int]
    #: 0-based place in the whole form, in display order before any per-attempt shuffle
    position: Mapped[int]
    question_version_id: Mapped[int] = mapped_column(ForeignKey("question_version.id"))
