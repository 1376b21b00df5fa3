"""Browser tests: the real app served on 127.0.0.1, driven by Debian's headless Chromium.

Chromium is never downloaded: Playwright launches /usr/bin/chromium. Without it the
tests skip on a developer machine but FAIL in CI (CI=true), so CI cannot go green
without having run them.
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest
from werkzeug.serving import make_server

from assess import create_app
from assess.bank import load_bank
from assess.extensions import db
from assess.services.bank_sync import sync_bank
from assess.services.demo import create_demo_data

CHROMIUM = os.environ.get("ASSESS_CHROMIUM", "/usr/bin/chromium")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session", autouse=True)
def _require_chromium() -> None:
    if shutil.which(CHROMIUM) is None:
        message = f"{CHROMIUM} not found: install Debian's chromium (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any],
                             tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("chromium-home")  # Chromium writes into $HOME/.config
    return {**browser_type_launch_args, "executable_path": CHROMIUM,
            "env": {**os.environ, "HOME": str(home)},
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]}


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app with migrations, the shipped bank and the demo users, on a free port."""
    from flask_migrate import upgrade

    db_path: Path = tmp_path_factory.mktemp("live") / "live.db"
    app = create_app({"ENV": "testing", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}",
                      "RATELIMIT_ENABLED": False, "PASSWORD_HASH_PROFILE": "cheapest"})
    with app.app_context():
        upgrade()
        sync_bank(load_bank(app.config["BANK_DIR"]))
        create_demo_data()
        db.session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A Russian-speaking user's browser (Accept-Language: ru-RU), in Moscow."""
    return {**browser_context_args, "locale": "ru-RU", "timezone_id": "Europe/Moscow"}
