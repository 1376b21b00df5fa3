"""Russian by default, English on request: switch, Accept-Language, remembered choice,
formatting of dates and numbers, and complete catalogs."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import format_datetime, format_decimal

from tests.helpers import csrf_token, login

ROOT = Path(__file__).resolve().parents[2]


def switch(client: FlaskClient, lang: str, next_path: str = "/") -> None:
    page = client.get(next_path).get_data(as_text=True)
    response = client.post("/language", data={"lang": lang, "next": next_path, "csrf_token": csrf_token(page)})
    assert response.status_code == 302 and response.headers["Location"] == next_path


def test_russian_is_the_default(client: FlaskClient) -> None:
    body = client.get("/").get_data(as_text=True)
    assert '<html lang="ru">' in body and "Войти" in body


def test_accept_language_selects_english(client: FlaskClient) -> None:
    body = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_data(as_text=True)
    assert '<html lang="en">' in body and "Log in" in body


def test_switch_is_remembered_over_accept_language(client: FlaskClient) -> None:
    switch(client, "en", "/auth/login")
    assert "Log in" in client.get("/", headers={"Accept-Language": "ru"}).get_data(as_text=True)
    switch(client, "ru")
    assert "Войти" in client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)


def test_switch_needs_csrf_and_a_known_language(client: FlaskClient) -> None:
    assert client.post("/language", data={"lang": "en"}).status_code == 400
    page = client.get("/").get_data(as_text=True)
    client.post("/language", data={"lang": "de", "csrf_token": csrf_token(page)})
    assert '<html lang="ru">' in client.get("/").get_data(as_text=True)


def test_switch_does_not_redirect_off_site(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    response = client.post("/language", data={"lang": "en", "next": "https://evil.example/",
                                               "csrf_token": csrf_token(page)})
    assert response.headers["Location"] == "/"


def test_logged_in_users_choice_is_saved_on_the_account(client: FlaskClient, make_user, db) -> None:
    user = make_user("hr", email="hr@example.test")
    login(client, "hr@example.test")
    switch(client, "en")
    db.session.refresh(user)
    assert user.locale == "en"
    other = client.application.test_client()  # a new device: no session yet
    login(other, "hr@example.test")
    assert "Log out" in other.get("/", headers={"Accept-Language": "ru"}).get_data(as_text=True)


def test_choice_made_before_login_is_kept(client: FlaskClient, make_user, db) -> None:
    user = make_user("hr", email="hr@example.test")
    switch(client, "en", "/auth/login")
    login(client, "hr@example.test")
    db.session.refresh(user)
    assert user.locale == "en"


@pytest.mark.parametrize("lang, date_text, number", [("ru", "29 нояб. 2026", "1\xa0234,5"),
                                                     ("en", "Nov 29, 2026", "1,234.5")])
def test_dates_and_numbers_follow_the_language(app: Flask, lang: str, date_text: str, number: str) -> None:
    moment = datetime(2026, 11, 29, 9, 30, tzinfo=timezone.utc)
    with app.test_request_context("/", headers={"Accept-Language": lang}):
        assert date_text in format_datetime(moment, "medium")
        assert format_decimal(1234.5) == number


def test_times_are_shown_in_the_users_time_zone(app: Flask, make_user, client: FlaskClient) -> None:
    user = make_user("hr", email="far@example.test", timezone="Asia/Vladivostok")
    moment = datetime(2026, 11, 29, 21, 30, tzinfo=timezone.utc)  # 07:30 next day in Vladivostok
    from flask_login import login_user
    with app.test_request_context("/"):
        login_user(user)
        assert format_datetime(moment, "medium").startswith("30 нояб. 2026\u202fг., 07:30")


def _extracted_msgids() -> set[str]:
    ids: set[str] = set()
    methods = [("assess/**.py", "python"), ("templates/**.html", "jinja2")]
    for _, _, message, _, _ in extract_from_dir(str(ROOT), method_map=methods,
                                                keywords={"_": None, "gettext": None, "_l": None,
                                                          "lazy_gettext": None, "N_": None}):
        ids.add(message if isinstance(message, str) else message[0])
    return ids


def test_every_user_facing_string_has_a_russian_translation() -> None:
    """Catches a string added to code or templates and not translated (the .mo is compiled
    from translations/ru by the test command)."""
    with open(ROOT / "translations/ru/LC_MESSAGES/messages.mo", "rb") as fh:
        catalog = read_mo(fh)
    translated = {m.id for m in catalog if m.id and m.string}
    missing = sorted(_extracted_msgids() - translated)
    assert missing == []


@pytest.mark.parametrize("lang, expected", [
    ("ru", "Переговоры: уровень 2,17 при целевом 4, разрыв -1,83 больше погрешности ±0,7: разрыв подтверждён."),
    ("en", "Negotiation: level 2.17 against the target 4, a gap of -1.83, larger than the uncertainty band "
           "of ±0.7: a confirmed gap.")])
def test_scoring_reasons_render_in_the_users_language(app: Flask, lang: str, expected: str) -> None:
    from assess.scoring.reasons import reason
    from assess.web.i18n import render_reason
    gap = reason("gap_beyond_band", competency="negotiation", level=2.1666, target=4, gap=-1.8334, band=0.7)
    fit = reason("fit_based_on", fit_pct=79.5, share_pct=72.4)
    names = {"negotiation": "Переговоры" if lang == "ru" else "Negotiation"}
    with app.test_request_context("/", headers={"Accept-Language": lang}):
        assert render_reason(gap, names) == expected
        assert render_reason(fit) == ("Соответствие портрету: 80\xa0%, на основе 72\xa0% портрета." if lang == "ru"
                                      else "Fit with the portrait: 80%, based on 72% of the portrait.")
