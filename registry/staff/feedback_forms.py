"""Staff forms for the survey and experience reports."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import Field, HiddenField, IntegerField, SelectField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from registry.models import Service
from registry.services import skm
from registry.services.sample import MAX_USERS
from registry.services.skm_report import ACTION_MAX, FollowUpItem
from registry.staff.forms import options


class SkmImportForm(FlaskForm):
    file = FileField(_l("File (XLSX or CSV)"), validators=[
        FileRequired(_l("Choose a file to import.")),
        FileAllowed(["xlsx", "csv"], _l("Only XLSX or CSV files can be imported."))])
    source = SelectField(_l("Where were the questionnaires filled in?"), choices=options([
        ("paper", _l("On paper")), ("kiosk", _l("At a kiosk"))]))
    preview = SubmitField(_l("Show preview"))


class SkmImportConfirmForm(FlaskForm):
    token = HiddenField(validators=[DataRequired()])
    source = HiddenField()
    confirm = SubmitField(_l("Import the questionnaires"))


class FollowUpForm(FlaskForm):
    plan = TextAreaField(
        _l("Follow-up plan, one action per line: element | action | when | who is "
           "responsible"),
        description=_l("For example: U3 | Open a second counter on Mondays | "
                       "October-December | Head of the registration section"),
        validators=[Optional(), Length(max=20000)], render_kw={"rows": 8})
    save = SubmitField(_l("Save the plan"))

    def validate_plan(self, field: Field) -> None:
        codes = {e.code for e in skm.ELEMENTS}
        for number, item in enumerate(self.items(), start=1):
            if item.element not in codes | {""}:
                raise ValidationError(_l("Line %(line)d: the element must be U1 to U9 or "
                                         "\"-\".", line=number))
            if not item.action:
                raise ValidationError(_l("Line %(line)d: say what will be done.",
                                         line=number))
            if len(item.action) > ACTION_MAX or len(item.when) > 200 or len(item.who) > 200:
                raise ValidationError(_l("Line %(line)d is too long.", line=number))

    def items(self) -> list[FollowUpItem]:
        rows = []
        for line in (self.plan.data or "").splitlines():
            if not line.strip():
                continue
            parts = ([p.strip() for p in line.split("|", 3)] + ["", "", ""])[:4]
            element = parts[0].upper()
            rows.append(FollowUpItem("" if element in ("-", "") else element, parts[1],
                                     parts[2], parts[3]))
        return rows

    @staticmethod
    def text(items: Sequence[FollowUpItem]) -> str:
        return "\n".join(" | ".join((i.element or "-", i.action, i.when, i.who))
                         for i in items)


def count_field_name(service: Service, month: dt.date) -> str:
    return f"users_{service.id}_{month:%Y%m}"


def user_counts_form(services: Sequence[Service], months: Sequence[dt.date],
                     data: dict[str, int]) -> FlaskForm:
    """One whole-number field per service and month; empty means "not entered"."""
    class UserCountsForm(FlaskForm):
        save = SubmitField(_l("Save the numbers"))

    for service in services:
        for month in months:
            setattr(UserCountsForm, count_field_name(service, month), IntegerField(
                service.name, validators=[Optional(), NumberRange(
                    min=0, max=MAX_USERS, message=_l("Enter a whole number, 0 or more."))],
                render_kw={"inputmode": "numeric", "size": 7}))
    return UserCountsForm(data=data)
