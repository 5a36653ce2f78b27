"""Forms of signing in and of one's own account."""
from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

from registry.services.passwords import WeakPassword, check_new_password
from registry.staff.forms import (
    PASSWORD_COMMON,
    PASSWORD_LENGTH,
    PASSWORDS_DIFFER,
    REQUIRED,
    TOO_LONG,
)


class LoginForm(FlaskForm):
    email = StringField(_l("E-mail"), validators=[DataRequired(REQUIRED),
                                                  Length(max=200, message=TOO_LONG)])
    password = PasswordField(_l("Password"), validators=[DataRequired(REQUIRED),
                                                         Length(max=200, message=TOO_LONG)])
    submit = SubmitField(_l("Log in"))


def acceptable_password(_form: FlaskForm, field: Field) -> None:
    """The rule of services/passwords.py, said in the user's language."""
    try:
        check_new_password(field.data or "")
    except WeakPassword as weak:
        raise ValidationError(PASSWORD_LENGTH if weak.reason == "length"
                              else PASSWORD_COMMON) from None


def new_password_fields() -> tuple[Any, Any]:
    return (
        PasswordField(_l("New password"), validators=[DataRequired(REQUIRED),
                                                      acceptable_password]),
        PasswordField(_l("New password again"), validators=[
            DataRequired(REQUIRED), EqualTo("new_password", message=PASSWORDS_DIFFER)]),
    )


class PasswordForm(FlaskForm):
    """A user's own password: the current one, then the new one twice."""

    current_password = PasswordField(_l("Current password"), validators=[
        DataRequired(REQUIRED), Length(max=200, message=TOO_LONG)])
    new_password, confirm_password = new_password_fields()
    save = SubmitField(_l("Change password"))
