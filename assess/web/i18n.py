"""Language and time zone of each request.

Language: the user's saved choice, else the choice kept in the session (visitors),
else the browser's Accept-Language, else Russian. Time zone: the user's, else the
configured default (Moscow); times are stored in UTC and converted only for display.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from typing import Mapping

from flask import Flask, current_app, request, session
from flask_babel import format_decimal, format_percent, get_locale, gettext
from flask_login import current_user

from ..scoring.reasons import Reason, render

SESSION_KEY = "lang"


def languages() -> tuple[str, ...]:
    return tuple(current_app.config["LANGUAGES"])


def select_locale() -> str:
    if current_user and current_user.is_authenticated and current_user.locale in languages():
        return current_user.locale
    chosen = session.get(SESSION_KEY)
    if chosen in languages():
        return chosen
    return request.accept_languages.best_match(languages()) or current_app.config["BABEL_DEFAULT_LOCALE"]


def select_timezone() -> str:
    if current_user and current_user.is_authenticated and current_user.timezone:
        return current_user.timezone
    return current_app.config["DEFAULT_TIMEZONE"]


def current_language() -> str:
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


def safe_next(target: str | None, fallback: str) -> str:
    """``target`` if it is a path on this site, else ``fallback`` (no open redirects)."""
    if not target or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in target):
        return fallback  # browsers drop tabs and newlines: "/\t/evil" would become "//evil"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return fallback
    return target


def render_reason(reason: Reason, labels: Mapping[str, str] | None = None) -> str:
    """A scoring reason in the request's language: catalogue text, numbers and percentages
    formatted for the locale (0,85 and 72 % in Russian; 0.85 and 72% in English)."""
    return render(reason, gettext, labels, number=format_decimal,
                  percent=lambda value: format_percent(value / 100))


def init_app(app: Flask) -> None:
    @app.context_processor
    def _inject() -> dict[str, object]:
        return {"current_language": current_language(), "languages": languages()}

    app.add_template_filter(render_reason, "reason")

    @app.template_filter("tr")
    def _translate_text(value: object) -> str:
        """Pick the current language from a domain Text or a {"ru":..,"en":..} dict."""
        lang = current_language()
        if isinstance(value, dict):
            return str(value.get(lang) or value.get("ru") or "")
        getter = getattr(value, "get", None)
        return str(getter(lang)) if getter else str(value)
