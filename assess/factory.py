"""The application factory: config -> extensions -> blueprints -> CLI. No database I/O."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from flask import Flask

from . import database  # noqa: F401  (registers the SQLite connection pragmas)
from .config import ROOT, build_config


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: config -> extensions -> blueprints -> CLI.

    ``overrides`` win over the environment (tests pass their database and flags here).
    Raises :class:`assess.config.ConfigError` when the configuration is unsafe.
    """
    app = Flask(__name__, instance_path=str(ROOT / "instance"), instance_relative_config=True,
                template_folder=str(ROOT / "templates"), static_folder=str(ROOT / "static"))
    app.config.from_mapping(build_config(app.instance_path, overrides))
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///"):
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    from .services import passwords
    passwords.use_profile(app.config["PASSWORD_HASH_PROFILE"])

    from .extensions import babel, csrf, db, limiter, login_manager, migrate
    from .web import i18n, nav, security

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    babel.init_app(app, locale_selector=i18n.select_locale, timezone_selector=i18n.select_timezone)
    security.init_app(app)
    i18n.init_app(app)
    nav.init_app(app)

    from .web import auth, errors, main
    app.register_blueprint(main.bp)
    app.register_blueprint(auth.bp)
    errors.init_app(app)

    from . import cli
    cli.init_app(app)
    return app
