"""Helpers for web tests: log in through the real form, read CSRF tokens from pages."""
from __future__ import annotations

import re
from typing import Any

from flask.testing import FlaskClient

#: Password of users made by the ``make_user`` fixture.
PASSWORD = "correct-horse-battery"


def csrf_token(html: str) -> str:
    """The CSRF token of the first form in ``html``."""
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "no CSRF token in page"
    return match.group(1)


def login(client: FlaskClient, email: str, password: str = PASSWORD, **extra: str) -> Any:
    page = client.get("/auth/login")
    return client.post("/auth/login", data={"email": email, "password": password,
                                            "csrf_token": csrf_token(page.get_data(as_text=True)), **extra})
