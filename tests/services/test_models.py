"""Model invariants the database itself enforces: UTC times, known roles, deadlines with
zones, an append-only audit log."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from assess.models import AuditEvent, AuditImmutable, PortraitVersion, ScoringPolicy, User, Vacancy
from assess.services.audit import audit
from assess.services.users import UserError, create_user


def test_times_come_back_as_aware_utc(db, make_user) -> None:
    user = make_user("hr")
    vladivostok = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Vladivostok"))
    user.created_at = vladivostok
    db.session.commit()
    db.session.expire_all()
    stored = db.session.get(User, user.id).created_at
    assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)
    assert stored == vladivostok and stored.hour == 23  # 09:00 UTC+10 is 23:00 UTC the day before


def test_naive_times_are_refused(db, make_user) -> None:
    user = make_user("hr")
    user.created_at = datetime(2026, 12, 1, 9, 0)
    with pytest.raises(StatementError, match="naive datetime"):
        db.session.commit()
    db.session.rollback()


def test_unknown_role_is_refused_by_the_database(db) -> None:
    db.session.add(User(email="x@example.test", name="x", password_hash="h", role="owner"))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_unknown_time_zone_is_refused(db) -> None:
    with pytest.raises(UserError, match="unknown time zone"):
        create_user("tz@example.test", "long-enough-password", "hr", timezone="Mars/Olympus")


def _vacancy(db, make_user, **kwargs) -> Vacancy:
    owner = make_user("hr")
    portrait = PortraitVersion(role_id="product_manager", version="v1", name_ru="М", name_en="M", content={})
    policy = ScoringPolicy(name="default", version=1, params={})
    db.session.add_all([portrait, policy])
    db.session.flush()
    vacancy = Vacancy(title="PM", role_id="product_manager", portrait_version_id=portrait.id,
                      scoring_policy_id=policy.id, created_by_id=owner.id, **kwargs)
    db.session.add(vacancy)
    return vacancy


def test_a_deadline_carries_its_zone(db, make_user) -> None:
    deadline = datetime(2026, 12, 15, 18, 0, tzinfo=ZoneInfo("Asia/Yekaterinburg"))
    vacancy = _vacancy(db, make_user, deadline_at=deadline, deadline_tz="Asia/Yekaterinburg")
    db.session.commit()
    db.session.expire_all()
    stored = db.session.get(Vacancy, vacancy.id)
    assert stored.deadline_at.astimezone(ZoneInfo(stored.deadline_tz)).hour == 18


def test_a_deadline_without_a_zone_is_refused(db, make_user) -> None:
    _vacancy(db, make_user, deadline_at=datetime(2026, 12, 15, 13, 0, tzinfo=timezone.utc))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_scoring_policy_versions_are_unique(db) -> None:
    db.session.add_all([ScoringPolicy(name="default", version=1, params={}),
                        ScoringPolicy(name="default", version=1, params={"x": 1})])
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_audit_events_cannot_be_changed_through_the_orm(db) -> None:
    event = audit("test.event", object_type="thing", object_id=7, note="ok")
    db.session.commit()
    event.action = "test.changed"
    with pytest.raises(AuditImmutable):
        db.session.commit()
    db.session.rollback()
    db.session.delete(db.session.get(AuditEvent, event.id))
    with pytest.raises(AuditImmutable):
        db.session.commit()
    db.session.rollback()
    assert db.session.scalar(select(AuditEvent.action)) == "test.event"
