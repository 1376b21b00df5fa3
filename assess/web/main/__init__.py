"""Home page, language switch, the competency model and role portraits."""
from flask import Blueprint

bp = Blueprint("main", __name__)

from . import views  # noqa: E402,F401  (routes attach to bp)
