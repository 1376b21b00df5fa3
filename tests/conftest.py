"""Fixtures shared by every test: app, client, runner, database and factories.

Database: SQLite in a temporary file by default; with ``ASSESS_TEST_DATABASE_URL`` set
(CI sets it to a throwaway PostgreSQL cluster), every test that uses the database runs
against that server instead, and tests that do not touch the database are deselected.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterator

import pytest
from flask import Flask, g
from flask.testing import FlaskClient, FlaskCliRunner

from assess import create_app
from assess.extensions import db as _db
from assess.models import User, UserRole
from assess.services.users import create_user
from tests.helpers import PASSWORD

ROOT = Path(__file__).resolve().parent.parent
SERVER_DB = os.environ.get("ASSESS_TEST_DATABASE_URL")
DB_FIXTURES = {"app", "client", "runner", "db", "make_user", "synced_bank"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark tests that use the database; on a server database, run only those."""
    for item in items:
        if DB_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.db)
    if SERVER_DB:
        selected = [i for i in items if i.get_closest_marker("db")]
        deselected = [i for i in items if not i.get_closest_marker("db")]
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


def _database_url(tmp_path: Path) -> str:
    return SERVER_DB or f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def app_config(tmp_path: Path) -> dict[str, Any]:
    """Overrides for create_app; tests may change them before asking for ``app``."""
    return {
        "ENV": "testing",
        "SQLALCHEMY_DATABASE_URI": _database_url(tmp_path),
        "RATELIMIT_ENABLED": False,
        "SERVER_NAME": "localhost",
        "PASSWORD_HASH_PROFILE": "cheapest",
    }


@pytest.fixture
def app(app_config: dict[str, Any]) -> Iterator[Flask]:
    app = create_app(app_config)

    @app.before_request
    def _fresh_g() -> None:
        # The fixture keeps one app context open so tests can use the session between
        # requests; Flask 3.1 then reuses it (and its ``g``) for every request, which
        # production never does. Clear ``g`` so each request starts as in production
        # (Flask-Babel caches the locale and Flask-Login the user there).
        g.__dict__.clear()

    with app.app_context():
        _db.drop_all()
        _db.create_all()
        yield app
        _db.session.remove()
        _db.drop_all()
        _db.engine.dispose()


@pytest.fixture
def db(app: Flask) -> Any:
    return _db


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def make_user(app: Flask) -> Any:
    """Factory: ``make_user(role="hr", email=None, password=PASSWORD)`` -> committed User."""
    counter = iter(range(1, 10_000))

    def make(role: str | UserRole = UserRole.HR, email: str | None = None, password: str = PASSWORD,
             **kwargs: Any) -> User:
        user = create_user(email or f"user{next(counter)}@example.test", password, role, **kwargs)
        _db.session.commit()
        return user
    return make


@pytest.fixture
def synced_bank(app: Flask) -> Any:
    """The small test bank (tests/data/bank_minimal) loaded into the database."""
    from assess.bank import load_bank
    from assess.services.bank_sync import sync_bank

    bank = load_bank(ROOT / "tests" / "data" / "bank_minimal")
    sync_bank(bank)
    _db.session.commit()
    return bank
