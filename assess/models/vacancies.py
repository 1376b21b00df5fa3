"""Vacancies and the versioned scoring policies they score with."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .types import UTCDateTime, utcnow


class ScoringPolicy(db.Model):
    """One immutable version of the parameters scoring uses (source weights, tolerances...)."""

    __tablename__ = "scoring_policy"
    __table_args__ = (
        UniqueConstraint("name", "version", name="uq_scoring_policy_name_version"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: policy family, e.g. "default"
    name: Mapped[str] = mapped_column(String(120))
    #: 1, 2, ... within the name; a change is a new row, never an update
    version: Mapped[int]
    #: the parameters, as assess.scoring reads them (JSON)
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Vacancy(db.Model):
    """An opening: a role, the portrait version, templates and scoring policy it uses."""

    __tablename__ = "vacancy"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'open', 'closed')", name="status_known"),
        CheckConstraint("(deadline_at IS NULL) = (deadline_tz IS NULL)", name="deadline_has_zone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    role_id: Mapped[str] = mapped_column(String(120))
    portrait_version_id: Mapped[int] = mapped_column(ForeignKey("portrait_version.id"))
    scoring_policy_id: Mapped[int] = mapped_column(ForeignKey("scoring_policy.id"))
    self_template_version_id: Mapped[int | None] = mapped_column(ForeignKey("template_version.id"))
    interview_template_version_id: Mapped[int | None] = mapped_column(ForeignKey("template_version.id"))
    #: the fixed forms every candidate of this vacancy takes (drawn once, when it opens)
    self_form_id: Mapped[int | None] = mapped_column(ForeignKey("assessment_form.id"))
    interview_form_id: Mapped[int | None] = mapped_column(ForeignKey("assessment_form.id"))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    #: deadline for candidates, UTC; shown in deadline_tz
    deadline_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: IANA zone the deadline was set in, e.g. Asia/Yekaterinburg
    deadline_tz: Mapped[str | None] = mapped_column(String(64))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
