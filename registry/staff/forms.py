"""Staff form building blocks and the forms shared by several areas (a state-changing
button, logo upload, import). Each area keeps its own forms next to its views
(account_forms.py, draft_forms.py, ...). Labels and messages are English source strings,
shown in Indonesian."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField,
    Field,
    HiddenField,
    IntegerField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Optional, ValidationError

from registry.services import rules

EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
SHORT, LONG = 300, 4000

# A field's label: a string, or a lazy one to be translated when shown.
Label = Any

REQUIRED = _l("This field is required.")
TOO_LONG = _l("Too long: at most %(max)d characters.")
WHOLE_NUMBER = _l("Enter a whole number.")
BAD_DATE = _l("Enter a date as YYYY-MM-DD.")
PASSWORD_LENGTH = _l("Use 12 to 200 characters.")
PASSWORD_COMMON = _l("This password is on a list of common passwords that attackers try "
                     "first. Choose another.")
PASSWORDS_DIFFER = _l("The two new passwords are not the same.")
SLUG_RULE = _l("Use only lowercase letters, digits and hyphens (no spaces), e.g. "
               "akta-kelahiran.")


def options(pairs: Iterable[tuple[Any, Any]]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs]


class Rule:
    """Runs a services/rules/ check on one field (text, or a link with `url=True`)."""

    def __init__(self, limit: int, url: bool = False, multiline: bool = False):
        self.limit, self.url, self.multiline = limit, url, multiline

    def __call__(self, form: FlaskForm, field: Field) -> None:
        if not field.data:
            return
        value = rules.normalise(field.data, multiline=self.multiline)
        check = rules.url_problem if self.url else rules.text_problem
        problem = check(value, field.label.text, self.limit)
        if problem:
            raise ValidationError(problem)


def text_field(label: Label, max_length: int | None = SHORT, required: bool = False,
               area: bool = False) -> Any:
    """A text field; without `max_length` the form's own rules check it (DraftForm)."""
    validators = [DataRequired(REQUIRED) if required else Optional()]
    if max_length is not None:
        validators.append(Rule(max_length, multiline=area))
    field = TextAreaField if area else StringField
    return field(label, validators=validators, filters=[_strip])


def url_field(label: Label, max_length: int = 500) -> Any:
    return StringField(label, validators=[Optional(), Rule(max_length, url=True)],
                       filters=[_strip])


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def amount_field(label: Label) -> Any:
    return IntegerField(label, validators=[Optional()], render_kw={"inputmode": "numeric"})


def rule_text(name: str, part: str | None = None) -> Any:
    """A draft field labelled as services/rules/ names it; the rules check its value."""
    label = rules.PART_LABELS[part][name] if part else rules.LABELS[name]
    multiline = (rules.PART_SPECS[part][name] if part else rules.VERSION_SPECS[name])[2]
    return text_field(label, None, area=multiline)
class ActionForm(FlaskForm):
    """A button that changes state (submit, verify, new draft): CSRF only."""

    go = SubmitField(_l("Continue"))


class ImportForm(FlaskForm):
    file = FileField(_l("File (XLSX or CSV)"), validators=[
        FileRequired(_l("Choose a file to import.")),
        FileAllowed(["xlsx", "csv"], _l("Only XLSX or CSV files made from the template "
                                       "can be imported.")),
    ])
    confirm_large_amounts = BooleanField(_l("The file contains very large amounts on purpose"))
    preview = SubmitField(_l("Show preview"))


class LogoForm(FlaskForm):
    """Upload or remove a region's or an agency's logo (printed on posters)."""

    logo = FileField(_l("Logo file (PNG or SVG, at most 512 KB)"), validators=[
        FileAllowed(["png", "svg"], _l("Upload a PNG or SVG file."))])
    upload = SubmitField(_l("Upload logo"))
    remove = SubmitField(_l("Remove logo"))


class ImportConfirmForm(FlaskForm):
    token = HiddenField(validators=[DataRequired()])
    confirm_large_amounts = HiddenField()
    confirm = SubmitField(_l("Import as drafts"))
