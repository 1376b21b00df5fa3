"""People: staff users (who log in) and candidates (who are assessed)."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from flask_login import UserMixin
from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .types import UTCDateTime, utcnow


class UserRole(StrEnum):
    """What a staff user may do. Every later permission check is by role and ownership."""

    ADMIN = "admin"  #: manages users, the bank and settings
    HR = "hr"  #: runs vacancies, invites candidates, organises interviews
    INTERVIEWER = "interviewer"  #: rates candidates in the interviews assigned to them
    MANAGER = "manager"  #: hiring manager: compares candidates of their vacancies


_ROLES = ", ".join(f"'{r.value}'" for r in UserRole)


class User(UserMixin, db.Model):
    """A staff account. Emails are stored lower-cased; passwords only as argon2 hashes."""

    __tablename__ = "user"
    __table_args__ = (
        CheckConstraint(f"role IN ({_ROLES})", name="role_known"),
        CheckConstraint("locale IS NULL OR locale IN ('ru', 'en')", name="locale_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: login, lower-cased, unique
    email: Mapped[str] = mapped_column(String(254), unique=True)
    #: display name
    name: Mapped[str] = mapped_column(String(200))
    #: argon2id hash (assess.services.passwords)
    password_hash: Mapped[str] = mapped_column(String(255))
    #: one of UserRole
    role: Mapped[str] = mapped_column(String(20))
    #: chosen interface language; None = not chosen (then Accept-Language decides)
    locale: Mapped[str | None] = mapped_column(String(5))
    #: IANA time zone dates are shown in, e.g. Asia/Vladivostok
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Moscow")
    #: False = cannot log in (accounts are deactivated, never deleted: the audit log names them)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive users
        return self.active

    @property
    def user_role(self) -> UserRole:
        return UserRole(self.role)


class Candidate(db.Model):
    """A person being assessed. Candidates do not log in; they reach their attempt by invite."""

    __tablename__ = "candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    #: contact address for invites; optional for a public self-check
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    #: language the candidate chose
    locale: Mapped[str | None] = mapped_column(String(5))
    #: IANA time zone of the candidate, for deadlines in invites
    timezone: Mapped[str | None] = mapped_column(String(64))
    #: staff user who added the candidate; None for self-check visitors
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
