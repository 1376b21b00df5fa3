"""Migrations build the schema the models describe, and the audit log is append-only in
the database itself."""
from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from assess import create_app
from assess.extensions import db as _db


@pytest.fixture
def migrated(app_config: dict[str, Any]) -> Any:
    app = create_app(app_config)
    with app.app_context():
        _db.drop_all()
        _db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
        _db.session.commit()
        upgrade()
        yield app
        _db.session.rollback()
        downgrade(revision="base")
        _db.engine.dispose()


@pytest.mark.db
def test_migrations_match_the_models(migrated: Any) -> None:
    with _db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), _db.metadata)
    assert diff == []


@pytest.mark.db
def test_audit_log_refuses_update_and_delete_in_the_database(migrated: Any) -> None:
    _db.session.execute(text("INSERT INTO audit_event (at, action, details) VALUES (:at, 'x.test', '{}')"),
                        {"at": "2026-11-29 10:00:00"})
    _db.session.commit()
    for statement in ("UPDATE audit_event SET action = 'changed'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match="append-only"):
            _db.session.execute(text(statement))
        _db.session.rollback()
    assert _db.session.execute(text("SELECT action FROM audit_event")).scalars().all() == ["x.test"]
