"""Smoke journey in a real browser: log in as the demo HR user, switch to English and
back, log out. Also checks the Content-Security-Policy blocks nothing on the way."""
from __future__ import annotations

from playwright.sync_api import Page, expect

from assess.services.demo import demo_password
from assess.models import UserRole


def test_hr_logs_in_switches_language_and_logs_out(page: Page, live_server: str) -> None:
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))

    page.goto(live_server + "/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.get_by_role("link", name="Войти").first.click()

    page.get_by_label("E-mail").fill("hr@demo.local")
    page.get_by_label("Пароль").fill(demo_password(UserRole.HR))
    page.get_by_role("button", name="Войти").click()
    expect(page.get_by_text("Здравствуйте, Анна Смирнова!")).to_be_visible()
    expect(page.get_by_role("link", name="Модель компетенций")).to_be_visible()

    page.get_by_role("link", name="Модель компетенций").click()
    expect(page.get_by_role("heading", name="Модель компетенций", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Профессиональные навыки", level=2).first).to_be_visible()

    page.locator("button[data-lang=en]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(live_server + "/model")  # stays on the same page
    expect(page.get_by_role("heading", name="Competency model", level=1)).to_be_visible()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()

    page.locator("button[data-lang=ru]").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.get_by_role("button", name="Выйти").click()
    expect(page.get_by_text("Вы вышли из системы.")).to_be_visible()
    expect(page.get_by_role("link", name="Войти").first).to_be_visible()

    assert problems == []  # no CSP violations, no script errors
