"""Friendly error pages in the user's language; never a stack trace."""
from __future__ import annotations

from flask import Flask, render_template
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from ..extensions import db


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)


def _messages(code: int) -> tuple[str, str]:
    return {
        400: (_("Bad request"), _("The request could not be understood. Please go back and try again.")),
        403: (_("Access denied"), _("You do not have permission to open this page.")),
        404: (_("Page not found"), _("There is no such page, or it is not available to you.")),
        405: (_("Not allowed"), _("This page cannot be opened this way.")),
        413: (_("Too large"), _("What you sent is too large.")),
        429: (_("Too many attempts"), _("Too many attempts in a short time. Please wait a minute and try again.")),
    }.get(code, (_("Something went wrong"), _("We could not process the request. Please try again later.")))


def _render(code: int, title: str | None = None, text: str | None = None) -> tuple[str, int]:
    default_title, default_text = _messages(code)
    return render_template("errors/error.html", code=code, title=title or default_title,
                           text=text or default_text), code


def _csrf_error(error: CSRFError) -> tuple[str, int]:
    return _render(400, _("The form has expired"),
                   _("For your security the form expired or was sent from another page. "
                     "Go back, reload the page and send it again: nothing else was changed."))


def _http_error(error: HTTPException) -> tuple[str, int]:
    return _render(error.code or 500)


def _unexpected(error: Exception) -> tuple[str, int]:
    db.session.rollback()
    from flask import current_app
    current_app.logger.exception("unhandled error", exc_info=error)
    return _render(InternalServerError.code)
