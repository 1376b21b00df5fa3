"""The audit() service: every feature records what it did through this one function."""
from __future__ import annotations

from typing import Any

from ..extensions import db
from ..models import AuditEvent


def audit(action: str, *, actor_id: int | None = None, object_type: str | None = None,
          object_id: object = None, **details: Any) -> AuditEvent:
    """Append one event (flushed, not committed). ``details`` must be JSON-able and secret-free."""
    event = AuditEvent(action=action, actor_id=actor_id, object_type=object_type,
                       object_id=None if object_id is None else str(object_id), details=details)
    db.session.add(event)
    db.session.flush()
    return event
