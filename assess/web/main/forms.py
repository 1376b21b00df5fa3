from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField
from wtforms.validators import AnyOf, DataRequired


class LanguageForm(FlaskForm):
    """The header's language switch: one button per language, value = language code."""

    lang = HiddenField(validators=[DataRequired(), AnyOf(("ru", "en"))])
    next = HiddenField()
