"""Citizens' forms. Labels are English source strings, shown in Indonesian."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, RadioField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, Regexp, ValidationError

from registry.services import skm
from registry.services.reports import COMMENT_MAX, Profile, ReportValues

YES_NO = [SelectChoice("yes", _l("Yes")), SelectChoice("no", _l("No"))]
ANSWER_REQUIRED = _l("Answer yes or no.")
BAD_DATE = _l("Enter a date as YYYY-MM-DD, for example 2026-11-23.")
# "50.000", "Rp 50.000", "Rp50.000,-", "50000": how people write an amount.
_AMOUNT = re.compile(r"^(-?)(?:rp\.?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,-|,00)?$", re.IGNORECASE)


def options(pairs: Iterable[tuple[str, Any]]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs]


def parse_date(_form: FlaskForm, field: Field) -> None:
    if not field.data:
        raise ValidationError(_l("Enter the date."))
    try:
        dt.date.fromisoformat(field.data.strip())
    except ValueError:
        raise ValidationError(BAD_DATE) from None


def parse_amount(text: str | None) -> int | None:
    match = _AMOUNT.match((text or "").replace(" ", ""))
    if match is None:
        return None
    number = int(match.group(2).replace(".", ""))
    return -number if match.group(1) else number


def _answer_field(element: skm.Element) -> RadioField:
    return RadioField(element.question, validate_choice=False, validators=[Optional()],
                      choices=options((str(value), label) for value, label
                                      in zip(skm.ANSWERS, element.answers, strict=True)))


class ExperienceForm(FlaskForm):
    class Meta:
        # Its token is per service and day (public/antiforgery.py), not per session, so
        # the service pages carrying it stay cacheable and set no cookie.
        csrf = False

    handed_in = StringField(_l("When did you hand in your application?"),
                            validators=[parse_date], render_kw={"type": "date"})
    received = StringField(_l("When did you receive the result?"),
                           validators=[parse_date], render_kw={"type": "date"})
    paid = StringField(
        _l("What did you pay in total for this service (Rp)?"),
        description=_l("Write 0 if you paid nothing. Leave out costs paid elsewhere that "
                       "this page lists, such as a duty stamp (meterai)."),
        render_kw={"inputmode": "numeric", "autocomplete": "off"})
    paid_to = RadioField(_l("To whom did you pay?"), validate_choice=False,
                         validators=[Optional()], choices=[
                             SelectChoice("counter", _l("At the counter or by the official "
                                                        "payment (bank, QRIS, app)")),
                             SelectChoice("other", _l("To someone else: an officer in "
                                                      "person, a broker (calo) or anyone "
                                                      "else"))])
    asked_extra = RadioField(_l("Were you asked for money beyond the official fee?"),
                             choices=YES_NO, validators=[InputRequired(ANSWER_REQUIRED)])
    offered_shortcut = RadioField(_l("Were you offered a faster way for money?"),
                                  choices=YES_NO, validators=[InputRequired(ANSWER_REQUIRED)])
    u1, u2, u3, u4, u5, u6, u7, u8, u9 = (_answer_field(e) for e in skm.ELEMENTS)
    age = StringField(_l("Age (years)"), validators=[Optional(), Regexp(
        r"^\s*\d{1,3}\s*$", message=_l("Enter the age as a whole number of years."))],
        render_kw={"inputmode": "numeric", "size": 4})
    sex = RadioField(_l("Sex"), validate_choice=False, validators=[Optional()],
                     choices=options(skm.SEXES.items()))
    education = SelectField(_l("Education"), validators=[Optional()], validate_choice=False,
                            choices=options([("", "-"), *skm.EDUCATION.items()]))
    occupation = SelectField(_l("Occupation"), validators=[Optional()], validate_choice=False,
                             choices=options([("", "-"), *skm.OCCUPATIONS.items()]))
    comment = TextAreaField(
        _l("Anything else you want the office to know? (optional)"),
        description=_l("Write no names or phone numbers. Staff read comments before they "
                       "are used; they are never published."),
        validators=[Optional(), Length(max=COMMENT_MAX, message=_l(
            "Too long: at most %(max)d characters."))])
    # A field people never see: a bot that fills it in is thanked and ignored.
    website = StringField(_l("Website (leave empty)"),
                          render_kw={"tabindex": "-1", "autocomplete": "off"})
    send = SubmitField(_l("Send anonymously"))

    @property
    def element_fields(self) -> list[tuple[skm.Element, RadioField]]:
        return [(e, getattr(self, e.code.lower())) for e in skm.ELEMENTS]

    @property
    def is_bot(self) -> bool:
        return bool(self.website.data)

    def validate_paid(self, field: Field) -> None:
        if parse_amount(field.data) is None:
            raise ValidationError(_l("Enter the amount in whole rupiah, for example 50000 "
                                     "or 50.000; 0 if you paid nothing."))

    def show_errors(self, errors: dict[str, str]) -> None:
        """The service's messages at their fields; "answers" above the survey."""
        for name, message in errors.items():
            if name == "answers":
                self.form_errors.append(message)
            else:
                getattr(self, name).errors.append(message)

    def values(self) -> ReportValues:
        """The report as the service layer takes it (call after validate())."""
        data: dict[str, Any] = {
            "handed_in": dt.date.fromisoformat(self.handed_in.data.strip()),
            "received": dt.date.fromisoformat(self.received.data.strip()),
            "paid": parse_amount(self.paid.data),
            "paid_to": self.paid_to.data or None,
            "asked_extra": self.asked_extra.data == "yes",
            "offered_shortcut": self.offered_shortcut.data == "yes",
        }
        return ReportValues(
            **data, answers=tuple(_answer(f.data) for _e, f in self.element_fields),
            profile=Profile(int(self.age.data) if self.age.data else None,
                            self.sex.data or None,
                            self.education.data or None, self.occupation.data or None),
            comment=self.comment.data or None)


def _answer(raw: str | None) -> int | None:
    """1-4, None when left blank; anything else becomes 0, which the service refuses."""
    if not raw:
        return None
    return int(raw) if raw in ("1", "2", "3", "4") else 0
