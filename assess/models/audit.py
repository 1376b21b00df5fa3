"""The append-only audit log. Rows are only ever inserted (see migration: triggers refuse
UPDATE and DELETE on the database itself, and the ORM refuses them before they get there)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, event
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .types import UTCDateTime, utcnow


class AuditEvent(db.Model):
    """Who did what to which object, when."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    #: staff user who acted; None for the system or a candidate
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    #: dotted verb, e.g. "user.login", "bank.sync"
    action: Mapped[str] = mapped_column(String(80), index=True)
    #: kind and id of the object acted on, e.g. ("user", "12")
    object_type: Mapped[str | None] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(120))
    #: small JSON of details (never secrets)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditImmutable(RuntimeError):
    """Raised when code tries to change or delete an audit event."""


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_change(mapper: Any, connection: Any, target: AuditEvent) -> None:
    raise AuditImmutable("the audit log is append-only")
