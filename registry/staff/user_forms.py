"""Accounts of a region (admins only) and the audit log's filter."""
from __future__ import annotations

from flask import request
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, PasswordField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional, Regexp

from registry.models import Agency, Region, User
from registry.staff.account_forms import acceptable_password, new_password_fields
from registry.staff.forms import EMAIL, REQUIRED, TOO_LONG, options, text_field

ROLE_LABELS = {"region_admin": _l("Region admin"), "agency_editor": _l("Agency editor"),
               "agency_approver": _l("Agency approver")}


class UserForm(FlaskForm):
    email = StringField(_l("E-mail"), validators=[DataRequired(REQUIRED), Length(
        max=200, message=TOO_LONG), Regexp(EMAIL, message=_l("Enter an e-mail address."))])
    name = text_field(_l("Name"), 120, required=True)
    role = SelectField(_l("Role"), choices=options(ROLE_LABELS.items()))
    agency = SelectField(_l("Agency"), choices=[], validate_choice=False)
    password = PasswordField(_l("Password"), validators=[DataRequired(REQUIRED),
                                                         acceptable_password])
    save = SubmitField(_l("Create account"))

    @classmethod
    def for_region(cls, region: Region) -> UserForm:
        form = cls()
        form.agency.choices = agency_choices(region)
        return form

    def chosen_agency(self, region: Region) -> Agency | None:
        """The agency picked, if it is one of the region's (the id is not trusted)."""
        return next((a for a in region.agencies if str(a.id) == self.agency.data), None)


class UserEditForm(FlaskForm):
    role = SelectField(_l("Role"), choices=options(ROLE_LABELS.items()))
    agency = SelectField(_l("Agency"), choices=[], validate_choice=False)
    save_user = SubmitField(_l("Save role and agency"))

    @classmethod
    def for_user(cls, user: User) -> UserEditForm:
        """The form with the user's role and agency when opened; as posted afterwards."""
        form = cls(obj=user if request.method == "GET" else None)
        form.agency.choices = agency_choices(user.region)
        if request.method == "GET":
            form.agency.data = str(user.agency_id or "")
        return form

    chosen_agency = UserForm.chosen_agency


class PasswordResetForm(FlaskForm):
    new_password, confirm_password = new_password_fields()
    reset = SubmitField(_l("Set this password"))


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False

    action = SelectField(_l("Action"), choices=[], validate_choice=False)
    agency = SelectField(_l("Agency"), choices=[], validate_choice=False)
    user = SelectField(_l("User"), choices=[], validate_choice=False)
    since = DateField(_l("From"), validators=[Optional()])
    until = DateField(_l("Until"), validators=[Optional()])

    @classmethod
    def for_region(cls, region: Region, users: list[User],
                   actions: tuple[str, ...]) -> AuditFilterForm:
        form = cls(request.args)
        form.action.choices = [("", "-")] + [(a, a) for a in actions]
        form.agency.choices = agency_choices(region)
        form.user.choices = [("", "-")] + [(str(u.id), u.email) for u in users]
        return form


def agency_choices(region: Region) -> list[SelectChoice]:
    return options([("", "-")] + [(str(a.id), a.name) for a in region.agencies])
