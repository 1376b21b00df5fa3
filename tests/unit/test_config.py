"""Configuration: defaults, then environment, then overrides; production refuses weak keys."""
from __future__ import annotations

from pathlib import Path

import pytest

from assess import create_app
from assess.config import MIN_SECRET_KEY_LENGTH, ConfigError, build_config


def test_defaults_use_sqlite_in_the_instance_folder(tmp_path: Path) -> None:
    config = build_config(tmp_path, environ={})
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'assess.db'}"
    assert config["BABEL_DEFAULT_LOCALE"] == "ru"
    assert config["ENV"] == "development"


def test_environment_then_overrides(tmp_path: Path) -> None:
    env = {"DATABASE_URL": "postgresql://u@h/db", "ASSESS_DEFAULT_TIMEZONE": "Asia/Vladivostok"}
    config = build_config(tmp_path, environ=env)
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"
    assert config["DEFAULT_TIMEZONE"] == "Asia/Vladivostok"
    config = build_config(tmp_path, {"DEFAULT_TIMEZONE": "Europe/Kaliningrad"}, environ=env)
    assert config["DEFAULT_TIMEZONE"] == "Europe/Kaliningrad"


@pytest.mark.parametrize("key", [None, "", "short-key", "x" * (MIN_SECRET_KEY_LENGTH - 1)])
def test_production_refuses_missing_or_short_secret_key(tmp_path: Path, key: str | None) -> None:
    env = {"ASSESS_ENV": "production"} | ({"SECRET_KEY": key} if key is not None else {})
    with pytest.raises(ConfigError, match="SECRET_KEY must be set"):
        build_config(tmp_path, environ=env)


def test_production_accepts_a_long_key_and_secures_cookies(tmp_path: Path) -> None:
    config = build_config(tmp_path, environ={"ASSESS_ENV": "production", "SECRET_KEY": "k" * 40})
    assert config["SESSION_COOKIE_SECURE"] is True


def test_create_app_refuses_production_without_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("ASSESS_SECRET_KEY", raising=False)
    with pytest.raises(ConfigError):
        create_app({"ENV": "production"})


def test_development_key_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = build_config(tmp_path, environ={})["SECRET_KEY"]
    second = build_config(tmp_path, environ={})["SECRET_KEY"]
    assert first == second and len(first) >= MIN_SECRET_KEY_LENGTH
    secret = tmp_path / "secret_key"
    assert secret.read_text().strip() == first
    assert secret.stat().st_mode & 0o077 == 0  # readable by the owner only


def test_unknown_mode_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="ASSESS_ENV"):
        build_config(tmp_path, environ={"ASSESS_ENV": "staging"})


def test_factory_applies_overrides(tmp_path: Path) -> None:
    app = create_app({"ENV": "testing", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/x.db",
                      "LOGIN_RATE_LIMIT": "3 per minute"})
    assert app.testing and app.config["LOGIN_RATE_LIMIT"] == "3 per minute"
    assert {"main", "auth"} <= set(app.blueprints)


def test_flask_command_stops_with_a_clear_message_in_production_without_key(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ASSESS_SECRET_KEY")}
    env.update(ASSESS_ENV="production", DATABASE_URL=f"sqlite:///{tmp_path}/p.db")
    result = subprocess.run([sys.executable, "-m", "flask", "--app", "app", "routes"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Configuration error: SECRET_KEY must be set" in result.stderr
    assert "Traceback" not in result.stderr
