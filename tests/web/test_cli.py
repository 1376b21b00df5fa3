"""Flask commands: bank check / sync, users create, init."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskCliRunner
from sqlalchemy import select

from assess import create_app
from assess.extensions import db as _db
from assess.models import User
from assess.services.passwords import verify_password

DATA = Path(__file__).resolve().parents[1] / "data"
MINIMAL = DATA / "bank_minimal"


def test_bank_check_on_the_shipped_bank_prints_coverage(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["bank", "check"])
    assert result.exit_code == 0, result.output
    assert "is valid" in result.output
    for dimension in ("professional_skills", "instagram_commercial_account"):
        assert dimension in result.output


def test_bank_check_lists_every_error_and_exits_1(runner: FlaskCliRunner, tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    shutil.copytree(MINIMAL, bank)
    portrait = next((bank / "portraits").glob("*.yaml"))
    portrait.write_text(portrait.read_text("utf-8").replace("weight: ", "weight: 0.5 #", 1), "utf-8")
    question_file = next((bank / "questions").glob("*.yaml"))
    question_file.write_text(question_file.read_text("utf-8").replace("en:", "xx:", 1), "utf-8")
    result = runner.invoke(args=["bank", "check", str(bank)])
    assert result.exit_code == 1
    assert "weights sum to" in result.output
    assert "unknown key 'xx'" in result.output and "missing language 'en'" in result.output
    assert "error(s) in" in result.output


def test_bank_sync_is_idempotent(runner: FlaskCliRunner) -> None:
    first = runner.invoke(args=["bank", "sync", str(MINIMAL)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(args=["bank", "sync", str(MINIMAL)])
    assert "questions: 0 new, 0 changed" in second.output


def test_bank_sync_refuses_a_broken_bank(runner: FlaskCliRunner, tmp_path: Path, db) -> None:
    bank = tmp_path / "bank"
    shutil.copytree(MINIMAL, bank)
    (bank / "questions" / "evil.yaml").write_text("questions: !!python/object/apply:os.system [ls]\n")
    result = runner.invoke(args=["bank", "sync", str(bank)])
    assert result.exit_code == 1 and "nothing was loaded" in result.output
    assert db.session.scalar(select(User.id)) is None  # and nothing else was touched


def test_users_create_asks_for_the_password_and_hashes_it(runner: FlaskCliRunner, db) -> None:
    result = runner.invoke(args=["users", "create", "New.HR@Example.test", "--role", "hr"],
                           input="a-long-password\na-long-password\n")
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.email == "new.hr@example.test"))
    assert user is not None and user.role == "hr"
    assert "a-long-password" not in user.password_hash and verify_password(user.password_hash, "a-long-password")


def test_users_create_reports_problems_without_a_trace(runner: FlaskCliRunner, make_user) -> None:
    make_user("hr", email="taken@example.test")
    result = runner.invoke(args=["users", "create", "taken@example.test", "--role", "hr",
                                 "--password", "another-long-password"])
    assert result.exit_code == 1 and "already exists" in result.output and "Traceback" not in result.output
    result = runner.invoke(args=["users", "create", "x@example.test", "--role", "hr", "--password", "short"])
    assert result.exit_code == 1 and "at least 10" in result.output
    result = runner.invoke(args=["users", "create", "x@example.test", "--role", "boss", "--password", "x" * 12])
    assert result.exit_code == 2 and "boss" in result.output


@pytest.fixture
def empty_app(app_config: dict[str, Any]) -> Any:
    """An app whose database has no tables yet (as on a fresh machine)."""
    app = create_app({**app_config, "BANK_DIR": str(MINIMAL)})
    with app.app_context():
        _db.drop_all()
        _db.session.execute(_db.text("DROP TABLE IF EXISTS alembic_version"))
        _db.session.commit()
    yield app
    with app.app_context():
        _db.drop_all()
        _db.session.execute(_db.text("DROP TABLE IF EXISTS alembic_version"))
        _db.session.commit()
        _db.engine.dispose()


@pytest.mark.db
def test_init_migrates_syncs_and_prints_demo_logins(empty_app: Any) -> None:
    runner = empty_app.test_cli_runner()
    result = runner.invoke(args=["init"])
    assert result.exit_code == 0, result.output
    assert "hr@demo.local" in result.output and "demo-hr-pass" in result.output
    again = runner.invoke(args=["init"])  # running it twice is harmless
    assert again.exit_code == 0, again.output
    with empty_app.app_context():
        assert _db.session.scalar(select(_db.func.count()).select_from(User)) == 4


def test_init_is_refused_in_production(tmp_path: Path) -> None:
    app = create_app({"ENV": "production", "SECRET_KEY": "k" * 40,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/p.db"})
    result = app.test_cli_runner().invoke(args=["init"])
    assert result.exit_code == 1 and "development only" in result.output
