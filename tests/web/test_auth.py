"""Logging in and out through the real forms, with CSRF on."""
from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import select

from assess.models import AuditEvent
from tests.helpers import PASSWORD, csrf_token, login


def test_login_page_has_a_csrf_protected_form(client: FlaskClient) -> None:
    page = client.get("/auth/login")
    assert page.status_code == 200
    assert csrf_token(page.get_data(as_text=True))


def test_login_and_logout(client: FlaskClient, make_user, db) -> None:
    user = make_user("hr", email="Anna@Example.test", name="Анна")
    response = login(client, "  anna@example.TEST ", follow_redirects=False)
    assert response.status_code == 302 and response.headers["Location"] == "/"
    home = client.get("/").get_data(as_text=True)
    assert "Анна" in home and 'id="logout"' in home
    response = client.post("/auth/logout", data={"csrf_token": csrf_token(home)})
    assert response.status_code == 302
    assert 'id="login-link"' in client.get("/").get_data(as_text=True)
    actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.actor_id == user.id)).all()
    assert actions == ["user.login", "user.logout"]


def test_wrong_password_is_refused_with_a_message(client: FlaskClient, make_user, db) -> None:
    make_user("hr", email="hr@example.test")
    response = login(client, "hr@example.test", "not-the-password")
    assert response.status_code == 200
    assert "Неверный e-mail или пароль." in response.get_data(as_text=True)
    assert 'id="logout"' not in client.get("/").get_data(as_text=True)
    assert db.session.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc())) == "user.login_failed"


def test_unknown_email_gets_the_same_message(client: FlaskClient) -> None:
    response = login(client, "nobody@example.test")
    assert "Неверный e-mail или пароль." in response.get_data(as_text=True)


def test_inactive_user_cannot_log_in(client: FlaskClient, make_user, db) -> None:
    user = make_user("hr", email="gone@example.test")
    user.active = False
    db.session.commit()
    assert 'id="logout"' not in login(client, "gone@example.test", follow_redirects=True).get_data(as_text=True)


def test_login_without_csrf_token_is_refused(client: FlaskClient, make_user) -> None:
    make_user("hr", email="hr@example.test")
    response = client.post("/auth/login", data={"email": "hr@example.test", "password": PASSWORD})
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert "Форма устарела" in body and "Traceback" not in body
    assert 'id="logout"' not in client.get("/").get_data(as_text=True)


def test_logout_without_csrf_token_keeps_the_session(client: FlaskClient, make_user) -> None:
    make_user("hr", email="hr@example.test")
    login(client, "hr@example.test")
    assert client.post("/auth/logout").status_code == 400
    assert 'id="logout"' in client.get("/").get_data(as_text=True)


def test_next_parameter_cannot_redirect_off_site(client: FlaskClient, make_user) -> None:
    make_user("hr", email="hr@example.test")
    for hostile in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
                    "/\t/evil.example", "/\n/evil.example", " //evil.example"):
        response = login(client, "hr@example.test", next=hostile)
        assert response.headers["Location"] == "/", hostile
        client.post("/auth/logout", data={"csrf_token": csrf_token(client.get("/").get_data(as_text=True))})
    response = login(client, "hr@example.test", next="/model")
    assert response.headers["Location"] == "/model"


def test_login_is_rate_limited(app_config) -> None:
    from assess import create_app
    from assess.extensions import db
    app = create_app({**app_config, "RATELIMIT_ENABLED": True, "LOGIN_RATE_LIMIT": "3 per minute"})
    with app.app_context():
        db.create_all()
        client = app.test_client()
        responses = [login(client, "x@example.test", "wrong-password") for _ in range(4)]
        assert [r.status_code for r in responses] == [200, 200, 200, 429]
        assert "Слишком много попыток" in responses[-1].get_data(as_text=True)
        db.drop_all()


def test_user_input_is_escaped(client: FlaskClient, make_user) -> None:
    make_user("hr", email="x@example.test", name="<script>alert(1)</script>")
    login(client, "x@example.test")
    body = client.get("/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in body and "&lt;script&gt;" in body
