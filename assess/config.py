"""Configuration: defaults, then the environment, then explicit overrides.

Environment variables: ``ASSESS_ENV`` (development | production | testing),
``SECRET_KEY`` or ``ASSESS_SECRET_KEY``, ``DATABASE_URL`` (default: SQLite in
``instance/assess.db``), and any other ``ASSESS_<NAME>`` for config key ``<NAME>``.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any, Mapping

#: Project root (the directory holding app.py, question_bank/, templates/, static/).
ROOT = Path(__file__).resolve().parent.parent

#: Shortest SECRET_KEY accepted in production, in characters.
MIN_SECRET_KEY_LENGTH = 32


class ConfigError(RuntimeError):
    """The configuration cannot run safely; the message says what to set."""


DEFAULTS: dict[str, Any] = {
    "ENV": "development",
    "SECRET_KEY": None,
    "SQLALCHEMY_DATABASE_URI": None,  # filled from DATABASE_URL or the instance folder
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    "BANK_DIR": str(ROOT / "question_bank"),
    "LANGUAGES": ("ru", "en"),
    "BABEL_DEFAULT_LOCALE": "ru",
    "BABEL_DEFAULT_TIMEZONE": "UTC",
    "BABEL_TRANSLATION_DIRECTORIES": str(ROOT / "translations"),
    #: Shown to users who have not chosen a time zone (most users are in Moscow time).
    "DEFAULT_TIMEZONE": "Europe/Moscow",
    "LOGIN_RATE_LIMIT": "10 per minute",
    "RATELIMIT_STORAGE_URI": "memory://",
    "RATELIMIT_HEADERS_ENABLED": True,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SAMESITE": "Lax",
    "WTF_CSRF_TIME_LIMIT": 8 * 3600,
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    #: argon2 parameters: "default" (RFC 9106 low-memory); "cheapest" only for tests
    "PASSWORD_HASH_PROFILE": "default",
}


def build_config(instance_path: str | Path, overrides: Mapping[str, Any] | None = None,
                 environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return the final configuration; raise ConfigError if it cannot run safely.

    In production a missing or short SECRET_KEY stops the start. In development a key
    is generated once and kept in ``instance/secret_key`` so sessions survive restarts.
    """
    env = os.environ if environ is None else environ
    overrides = dict(overrides or {})
    config = dict(DEFAULTS)
    config["ENV"] = env.get("ASSESS_ENV", config["ENV"])
    for key, value in env.items():
        if key.startswith("ASSESS_") and key not in ("ASSESS_ENV",):
            config[key.removeprefix("ASSESS_")] = value
    if env.get("SECRET_KEY"):
        config["SECRET_KEY"] = env["SECRET_KEY"]
    if env.get("DATABASE_URL"):
        config["SQLALCHEMY_DATABASE_URI"] = _normalise_db_url(env["DATABASE_URL"])
    config.update(overrides)
    mode = config["ENV"]
    if mode not in ("development", "production", "testing"):
        raise ConfigError(f"ASSESS_ENV must be development, production or testing, not {mode!r}")
    config["TESTING"] = config.get("TESTING", False) or mode == "testing"
    if not config["SQLALCHEMY_DATABASE_URI"]:
        config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + str(Path(instance_path) / "assess.db")
    key = config.get("SECRET_KEY")
    if mode == "production":
        if not key or len(key) < MIN_SECRET_KEY_LENGTH:
            raise ConfigError(
                f"SECRET_KEY must be set to a random string of at least {MIN_SECRET_KEY_LENGTH} "
                "characters in production, e.g. SECRET_KEY=$(python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))')")
        if config["PASSWORD_HASH_PROFILE"] != "default":
            raise ConfigError("PASSWORD_HASH_PROFILE must be 'default' in production")
        config["SESSION_COOKIE_SECURE"] = True
        config["REMEMBER_COOKIE_SECURE"] = True
    elif not key:
        config["SECRET_KEY"] = (secrets.token_urlsafe(48) if config["TESTING"]
                                else _instance_secret(Path(instance_path)))
    return config


def _normalise_db_url(url: str) -> str:
    """Use psycopg 3 for plain postgres:// and postgresql:// URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def _instance_secret(instance: Path) -> str:
    """The development secret kept in ``instance/secret_key``; created on first use."""
    path = instance / "secret_key"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key)
    return key
