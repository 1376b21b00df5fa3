"""axe-core finds no accessibility violations on the pages built so far, in both languages."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from assess.models import UserRole
from assess.services.demo import demo_password


def _violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)" for v in results.response["violations"]]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_public_and_staff_pages_have_no_axe_violations(page: Page, live_server: str, lang: str) -> None:
    page.goto(live_server + "/")
    page.locator(f"button[data-lang={lang}]").click()
    found = {"/": _violations(page)}
    page.goto(live_server + "/auth/login")
    found["/auth/login"] = _violations(page)
    page.locator("#email").fill("manager@demo.local")
    page.locator("#password").fill(demo_password(UserRole.MANAGER))
    page.locator("#submit").click()
    for path in ("/model", "/portraits", "/portraits/product_manager", "/no-such-page"):
        page.goto(live_server + path)
        found[path] = _violations(page)
    assert {path: v for path, v in found.items() if v} == {}


def test_the_check_catches_a_known_violation(page: Page, live_server: str) -> None:
    page.goto(live_server + "/auth/login")
    page.evaluate("document.querySelector('main').appendChild(document.createElement('input'))")  # no label
    assert any(v.startswith("label:") for v in _violations(page))
