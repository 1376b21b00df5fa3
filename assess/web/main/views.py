from __future__ import annotations

from flask import abort, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from ...extensions import db
from ...services import catalog
from ...services.users import set_locale
from ..i18n import SESSION_KEY, safe_next
from ..nav import roles_required
from . import bp
from .forms import LanguageForm


@bp.route("/")
def home() -> str:
    return render_template("main/home.html")


@bp.route("/language", methods=["POST"])
def set_language() -> Response:
    """Remember the chosen language (session for visitors, account for users) and go back."""
    form = LanguageForm()
    if form.validate_on_submit():
        session[SESSION_KEY] = form.lang.data
        if current_user.is_authenticated:
            set_locale(current_user.id, form.lang.data)
            db.session.commit()
    return redirect(safe_next(form.next.data or request.referrer and _path_of(request.referrer),
                              url_for("main.home")))


def _path_of(url: str) -> str | None:
    """The path and query of a same-site referrer, else None."""
    host = request.host_url
    return "/" + url.removeprefix(host) if url.startswith(host) else None


@bp.route("/model")
@login_required
@roles_required("admin", "hr", "interviewer", "manager")
def competency_model() -> str:
    return render_template("main/model.html", dimensions=catalog.competency_model())


@bp.route("/portraits")
@login_required
@roles_required("admin", "hr", "manager")
def portraits() -> str:
    return render_template("main/portraits.html", portraits=catalog.current_portraits(),
                           dimensions=catalog.dimension_names())


@bp.route("/portraits/<role_id>")
@login_required
@roles_required("admin", "hr", "manager")
def portrait(role_id: str) -> str:
    found = catalog.current_portrait(role_id)
    if found is None:
        abort(404)
    return render_template("main/portrait.html", portrait=found, dimensions=catalog.dimension_names(),
                           competencies=catalog.competency_names())
