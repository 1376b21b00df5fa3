from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, PasswordField, SubmitField
from wtforms.validators import DataRequired, Length


class LoginForm(FlaskForm):
    # No syntax check beyond "has an @": the account lookup is the real check, and
    # email_validator refuses reserved domains such as the demo users' .local.
    email = EmailField(_l("E-mail"), filters=[lambda v: v.strip() if isinstance(v, str) else v], validators=[
        DataRequired(_l("Enter your e-mail.")), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[
        DataRequired(_l("Enter your password.")), Length(max=1024)])
    remember = BooleanField(_l("Remember me on this device"))
    next = HiddenField()
    submit = SubmitField(_l("Log in"))


class LogoutForm(FlaskForm):
    submit = SubmitField(_l("Log out"))
