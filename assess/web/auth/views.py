from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from ...extensions import db, limiter
from ...services.audit import audit
from ...services.users import authenticate
from ..i18n import SESSION_KEY, safe_next
from . import bp
from .forms import LoginForm, LogoutForm


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login() -> str | Response:
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = LoginForm()
    if request.method == "GET":
        form.next.data = safe_next(request.args.get("next"), "")
    if form.validate_on_submit():
        user = authenticate(form.email.data or "", form.password.data or "")
        if user is None:
            db.session.commit()  # keep the failed-login audit event
            form.password.errors.append(_("Wrong e-mail or password."))
        else:
            chosen = session.get(SESSION_KEY)
            if user.locale is None and chosen:
                user.locale = chosen  # a language picked before login stays picked
            login_user(user, remember=bool(form.remember.data))
            db.session.commit()
            flash(_("Welcome, %(name)s!", name=user.name), "success")
            return redirect(safe_next(form.next.data, url_for("main.home")))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout() -> Response:
    form = LogoutForm()
    if form.validate_on_submit():
        audit("user.logout", actor_id=current_user.id, object_type="user", object_id=current_user.id)
        db.session.commit()
        logout_user()
        flash(_("You have logged out."), "info")
    return redirect(url_for("main.home"))
