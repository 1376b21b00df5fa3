"""The question bank as stored: the current model and immutable versions of content.

The bank is written as files (question_bank/) and run from these tables. Questions,
portraits and templates are stored as versions keyed by content hash: editing a file
adds a version, it never changes one, so past answers keep pointing at what was asked.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .types import UTCDateTime, utcnow


class Dimension(db.Model):
    """A PM skill category or AM competency group (current wording)."""

    __tablename__ = "dimension"
    __table_args__ = (CheckConstraint("family IN ('pm', 'am')", name="family_known"),)

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    family: Mapped[str] = mapped_column(String(2))
    #: display order within the whole model
    position: Mapped[int]
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    description_ru: Mapped[str]
    description_en: Mapped[str]


class Competency(db.Model):
    """One competency (current wording); ids are stable across bank versions."""

    __tablename__ = "competency"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    dimension_id: Mapped[str] = mapped_column(ForeignKey("dimension.id"), index=True)
    #: display order within its dimension
    position: Mapped[int]
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    description_ru: Mapped[str]
    description_en: Mapped[str]
    #: development advice: list of {"ru": ..., "en": ...}
    advice: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    #: 'article' (named by the source articles) or 'proposed' (ours)
    origin: Mapped[str] = mapped_column(String(10))
    #: False once the competency is no longer in the bank files
    in_bank: Mapped[bool] = mapped_column(default=True)


class ContentVersion:
    """Columns of every immutable content version (question, portrait, template).

    ``version`` is the sha256 of ``content``; rows are added, never changed, except that
    ``current`` moves to the version that the bank files hold now.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    #: sha256 hex of the content (assess.bank.hashing)
    version: Mapped[str] = mapped_column(String(64))
    #: the whole versioned object as JSON (assess.bank.serialise)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: True for the version currently in the bank files (one per stable id)
    current: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class QuestionVersion(ContentVersion, db.Model):
    """One immutable version of one question. Answers point here, never at the file."""

    __tablename__ = "question_version"
    __table_args__ = (
        UniqueConstraint("question_id", "version", name="uq_question_version_question_id_version"),
        CheckConstraint("kind IN ('likert', 'knowledge', 'sjt', 'interview', 'open')", name="kind_known"),
    )

    #: the question's stable id in the bank files, e.g. product_strategy.sjt.1
    question_id: Mapped[str] = mapped_column(String(120), index=True)
    competency_id: Mapped[str] = mapped_column(ForeignKey("competency.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    #: forms and the model page select current questions
    current: Mapped[bool] = mapped_column(default=True, index=True)


class PortraitVersion(ContentVersion, db.Model):
    """One immutable version of a role's ideal-manager portrait."""

    __tablename__ = "portrait_version"
    __table_args__ = (UniqueConstraint("role_id", "version", name="uq_portrait_version_role_id_version"),)

    #: role id = portrait id in the bank, e.g. product_manager
    role_id: Mapped[str] = mapped_column(String(120), index=True)
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))


class TemplateVersion(ContentVersion, db.Model):
    """One immutable version of an assessment template (how forms are drawn)."""

    __tablename__ = "template_version"
    __table_args__ = (
        UniqueConstraint("template_id", "version", name="uq_template_version_template_id_version"),
        CheckConstraint("purpose IN ('self_assessment', 'interview_kit')", name="purpose_known"),
    )

    template_id: Mapped[str] = mapped_column(String(120), index=True)
    role_id: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(20))
