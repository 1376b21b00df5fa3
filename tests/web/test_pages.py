"""Pages, navigation by role, error pages, security headers."""
from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.helpers import login


def test_home_says_what_the_platform_does_for_each_user(client: FlaskClient) -> None:
    body = client.get("/").get_data(as_text=True)
    for heading in ("Для HR", "Для кандидатов", "Для нанимающих менеджеров"):
        assert heading in body


def test_every_page_has_a_strict_content_security_policy(client: FlaskClient) -> None:
    for path in ("/", "/auth/login", "/no-such-page"):
        csp = client.get(path).headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp


def test_templates_have_no_inline_scripts_or_styles(client: FlaskClient, make_user) -> None:
    make_user("admin", email="a@example.test")
    login(client, "a@example.test")
    for path in ("/", "/model", "/portraits", "/nope"):
        body = client.get(path).get_data(as_text=True)
        assert "<script" not in body and "style=" not in body and "<style" not in body, path


@pytest.mark.parametrize("lang, title", [("ru", "Страница не найдена"), ("en", "Page not found")])
def test_404_page_in_both_languages(client: FlaskClient, lang: str, title: str) -> None:
    response = client.get("/missing", headers={"Accept-Language": lang})
    assert response.status_code == 404 and title in response.get_data(as_text=True)


def test_500_page_is_friendly_and_has_no_trace(app, client: FlaskClient) -> None:
    @app.route("/boom")
    def boom() -> str:
        raise RuntimeError("secret internals")
    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = client.get("/boom", headers={"Accept-Language": "en"})
    body = response.get_data(as_text=True)
    assert response.status_code == 500 and "Something went wrong" in body
    assert "secret internals" not in body and "Traceback" not in body


def test_staff_pages_need_login(client: FlaskClient) -> None:
    response = client.get("/model")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("role, sees_model, sees_portraits", [
    ("admin", True, True), ("hr", True, True), ("interviewer", True, False), ("manager", True, True)])
def test_navigation_by_role(client: FlaskClient, make_user, role: str, sees_model: bool,
                            sees_portraits: bool) -> None:
    make_user(role, email=f"{role}@example.test")
    login(client, f"{role}@example.test")
    body = client.get("/").get_data(as_text=True)
    assert ('href="/model"' in body) is sees_model
    assert ('href="/portraits"' in body) is sees_portraits
    assert client.get("/portraits").status_code == (200 if sees_portraits else 403)


def test_403_page_in_russian(client: FlaskClient, make_user) -> None:
    make_user("interviewer", email="i@example.test")
    login(client, "i@example.test")
    response = client.get("/portraits")
    assert response.status_code == 403 and "Доступ запрещён" in response.get_data(as_text=True)


def test_competency_model_page_lists_the_synced_bank(client: FlaskClient, make_user, synced_bank) -> None:
    make_user("interviewer", email="i@example.test")
    login(client, "i@example.test")
    body = client.get("/model").get_data(as_text=True)
    for comp in synced_bank.competencies.values():
        assert comp.name.ru in body
    body = client.get("/model", headers={"Accept-Language": "en"}).get_data(as_text=True)
    for comp in synced_bank.competencies.values():
        assert comp.name.en in body and comp.name.ru not in body  # no saved choice: the browser decides


def test_portrait_page_in_english_shows_targets_weights_and_reasons(client: FlaskClient, make_user,
                                                                     synced_bank, db) -> None:
    make_user("manager", email="m@example.test", locale="en")
    login(client, "m@example.test")
    portrait = next(iter(synced_bank.portraits.values()))
    assert portrait.name.en in client.get("/portraits").get_data(as_text=True)
    body = client.get(f"/portraits/{portrait.id}").get_data(as_text=True)
    assert portrait.name.en in body
    for target in portrait.targets:
        assert target.why.en in body
        assert f"{round(target.weight * 100)}%" in body
    assert client.get("/portraits/no_such_role").status_code == 404
