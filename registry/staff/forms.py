"""Staff forms. Labels and messages are English source strings, shown in Indonesian."""
from __future__ import annotations

import datetime as dt
import re

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField, DateField, FieldList, Form, FormField, HiddenField, IntegerField,
    PasswordField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    URL, DataRequired, EqualTo, InputRequired, Length, NumberRange, Optional, Regexp,
    ValidationError,
)

from registry.models.region import CHANNEL_KINDS, TIME_ZONES
from registry.models.service import CATEGORIES
from registry.models.standard import PART_FIELDS, VERSION_TEXT, CompletionUnit, FeeKind
from registry.services.i18n import CATEGORY_LABELS, UNIT_LABELS
from registry.services.passwords import WeakPassword, check_new_password

ABSURD_FEE = 1_000_000_000
EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
MAX_AMOUNT = 10 ** 15  # far above any fee; keeps the integer inside the column type
SHORT, LONG = 300, 4000

REQUIRED = _l("This field is required.")
TOO_LONG = _l("Too long: at most %(max)d characters.")
WHOLE_NUMBER = _l("Enter a whole number.")
NOT_NEGATIVE = _l("An amount cannot be negative.")
AT_LEAST_ONE = _l("Enter a number of 1 or more.")
BAD_URL = _l("Enter a full web address starting with https://.")
BAD_DATE = _l("Enter a date as YYYY-MM-DD.")
PASSWORD_LENGTH = _l("Use 12 to 200 characters.")
PASSWORD_COMMON = _l("This password is on a list of common passwords that attackers try "
                     "first. Choose another.")
PASSWORDS_DIFFER = _l("The two new passwords are not the same.")
SLUG_RULE = _l("Use only lowercase letters, digits and hyphens (no spaces), e.g. "
               "akta-kelahiran.")

UNIT_CHOICES = [(unit.value, UNIT_LABELS[unit]) for unit in CompletionUnit]
FEE_KIND_LABELS = {
    FeeKind.FREE: _l("Free"), FeeKind.FIXED: _l("Fixed amount"),
    FeeKind.RANGE: _l("Range (from - to)"), FeeKind.PER_UNIT: _l("Amount per unit"),
    FeeKind.FORMULA: _l("By regulation (formula)"),
}
ROLE_LABELS = {"region_admin": _l("Region admin"), "agency_editor": _l("Agency editor"),
               "agency_approver": _l("Agency approver")}
WEEKDAYS = (_l("Monday"), _l("Tuesday"), _l("Wednesday"), _l("Thursday"), _l("Friday"),
            _l("Saturday"), _l("Sunday"))


def options(pairs) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs]


def text_field(label, max_length: int = SHORT, required: bool = False, area: bool = False):
    validators = [DataRequired(REQUIRED) if required else Optional(),
                  Length(max=max_length, message=TOO_LONG)]
    field = TextAreaField if area else StringField
    return field(label, validators=validators, filters=[_strip])


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def amount_field(label):
    return IntegerField(label, validators=[Optional(), NumberRange(min=0, max=MAX_AMOUNT,
                                                                   message=NOT_NEGATIVE)],
                        render_kw={"inputmode": "numeric"})


class LoginForm(FlaskForm):
    email = StringField(_l("E-mail"), validators=[DataRequired(REQUIRED),
                                                  Length(max=200, message=TOO_LONG)])
    password = PasswordField(_l("Password"), validators=[DataRequired(REQUIRED),
                                                         Length(max=200, message=TOO_LONG)])
    submit = SubmitField(_l("Log in"))


class _Row(Form):
    """A row of a list; `position` reorders and `remove` drops it, both without JavaScript."""

    position = IntegerField(_l("Order"), validators=[Optional()],
                            render_kw={"inputmode": "numeric", "size": 3})
    remove = BooleanField(_l("Remove"))


class RequirementRow(_Row):
    text = text_field(_l("Requirement"), LONG, area=True)
    text_en = text_field(_l("Requirement (English)"), LONG, area=True)

    def is_blank(self) -> bool:
        return not self.text.data


class StepRow(_Row):
    text = text_field(_l("Step"), LONG, area=True)
    text_en = text_field(_l("Step (English)"), LONG, area=True)
    actor = text_field(_l("Who does it"), 120)
    actor_en = text_field(_l("Who does it (English)"), 120)
    duration_value = IntegerField(_l("Duration"), validators=[
        Optional(), NumberRange(min=1, max=100000, message=AT_LEAST_ONE)])
    duration_unit = SelectField(_l("Unit"), choices=options([("", "-")] + UNIT_CHOICES),
                                validators=[Optional()])

    def is_blank(self) -> bool:
        return not self.text.data


class FeeRow(_Row):
    kind = SelectField(_l("Kind"), choices=options([("", "-")] + [(k.value, v) for k, v in
                                                                   FEE_KIND_LABELS.items()]),
                       validators=[Optional()])
    label = text_field(_l("Condition"), 200)
    label_en = text_field(_l("Condition (English)"), 200)
    amount = amount_field(_l("Amount (Rp)"))
    amount_max = amount_field(_l("Up to (Rp)"))
    unit = text_field(_l("Per unit"), 40)
    unit_en = text_field(_l("Per unit (English)"), 40)
    formula = text_field(_l("Formula"), LONG, area=True)
    formula_en = text_field(_l("Formula (English)"), LONG, area=True)
    regulation = text_field(_l("Legal basis of this fee"), SHORT)
    incidental = BooleanField(_l("Paid elsewhere (not a fee of this office)"))

    def is_blank(self) -> bool:
        return not self.kind.data

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        kind = self.kind.data
        if kind in (FeeKind.FIXED, FeeKind.RANGE, FeeKind.PER_UNIT) and self.amount.data is None:
            self.amount.errors.append(_l("Enter the amount in whole rupiah."))
            valid = False
        if kind == FeeKind.RANGE and (self.amount_max.data is None or (
                self.amount.data is not None and self.amount_max.data < self.amount.data)):
            self.amount_max.errors.append(_l("Enter an upper amount at least the lower one."))
            valid = False
        if kind == FeeKind.PER_UNIT and not self.unit.data:
            self.unit.errors.append(_l("Say per what, e.g. per copy."))
            valid = False
        if kind == FeeKind.FORMULA and not self.regulation.data:
            self.regulation.errors.append(_l("A fee by formula needs the regulation."))
            valid = False
        return valid

    def amounts(self) -> list[int]:
        return [a for a in (self.amount.data, self.amount_max.data) if a is not None]


class LegalBasisRow(_Row):
    title = text_field(_l("Regulation"), LONG, area=True)
    url = StringField(_l("Link"), validators=[Optional(), Length(max=500, message=TOO_LONG),
                                              URL(message=BAD_URL)], filters=[_strip])

    def is_blank(self) -> bool:
        return not self.title.data


ROWS = {"requirements": RequirementRow, "steps": StepRow, "fee_lines": FeeRow,
        "legal_bases": LegalBasisRow}
TEXT_FIELDS = (*VERSION_TEXT, "change_summary", "change_summary_en")


class DraftForm(FlaskForm):
    revision = HiddenField()
    completion_value = IntegerField(_l("Completion time"), validators=[
        InputRequired(WHOLE_NUMBER), NumberRange(min=1, max=100000, message=AT_LEAST_ONE)],
        render_kw={"inputmode": "numeric"})
    completion_unit = SelectField(_l("Unit"), choices=options(UNIT_CHOICES))
    requirements = FieldList(FormField(RequirementRow), label=_l("Requirements"))
    steps = FieldList(FormField(StepRow), label=_l("Procedure steps"))
    fee_lines = FieldList(FormField(FeeRow), label=_l("Fees"))
    legal_bases = FieldList(FormField(LegalBasisRow), label=_l("Legal basis"))
    product = text_field(_l("What the citizen receives"), LONG, required=True, area=True)
    product_en = text_field(_l("What the citizen receives (English)"), LONG, area=True)
    complaint_handling = text_field(_l("Complaint handling"), LONG, area=True)
    complaint_handling_en = text_field(_l("Complaint handling (English)"), LONG, area=True)
    facilities = text_field(_l("Facilities, also for vulnerable groups"), LONG, area=True)
    facilities_en = text_field(_l("Facilities (English)"), LONG, area=True)
    infrastructure = text_field(_l("Infrastructure"), LONG, area=True)
    staff_competence = text_field(_l("Staff competence"), LONG, area=True)
    internal_supervision = text_field(_l("Internal supervision"), LONG, area=True)
    staff_count = text_field(_l("Number of staff"), LONG, area=True)
    service_guarantee = text_field(_l("Service guarantee"), LONG, area=True)
    safety_guarantee = text_field(_l("Security and safety guarantee"), LONG, area=True)
    performance_evaluation = text_field(_l("Performance evaluation"), LONG, area=True)
    change_summary = text_field(_l("What changed (shown to citizens)"), 1000, area=True)
    change_summary_en = text_field(_l("What changed (English)"), 1000, area=True)
    confirm_large_amount = BooleanField(_l("I confirm these amounts above Rp1.000.000.000"))
    save = SubmitField(_l("Save draft"))
    rearrange = SubmitField(_l("Apply order and removals"))
    add_requirements = SubmitField(_l("Add requirement"))
    add_steps = SubmitField(_l("Add step"))
    add_fee_lines = SubmitField(_l("Add fee line"))
    add_legal_bases = SubmitField(_l("Add regulation"))

    def live_rows(self, name: str):
        """Rows not marked for removal and not blank, in the order their numbers give."""
        entries = [e for e in getattr(self, name).entries
                   if not e.form.remove.data and not e.form.is_blank()]
        order = {id(e): (e.form.position.data if e.form.position.data is not None else i + 1, i)
                 for i, e in enumerate(entries)}
        return sorted(entries, key=lambda e: order[id(e)])

    def rearranged_rows(self, name: str):
        """For re-rendering: removed rows dropped, the rest in order (blanks kept)."""
        entries = [e for e in getattr(self, name).entries if not e.form.remove.data]
        return sorted(enumerate(entries), key=lambda pair: (
            pair[1].form.position.data if pair[1].form.position.data is not None
            else pair[0] + 1, pair[0]))

    def large_amounts(self) -> bool:
        return any(a > ABSURD_FEE for e in self.live_rows("fee_lines")
                   for a in e.form.amounts())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if self.large_amounts() and not self.confirm_large_amount.data:
            self.confirm_large_amount.errors.append(_l(
                "An amount is above Rp1.000.000.000. Check it, then tick the confirmation."))
            valid = False
        if not self.live_rows("fee_lines"):
            self.fee_lines.errors.append(_l("Add at least one fee line (Free if no charge)."))
            valid = False
        return valid

    def values(self) -> dict:
        """The standard as the service layer takes it."""
        data = {name: getattr(self, name).data or None for name in TEXT_FIELDS}
        for name in ("product", "complaint_handling", "change_summary"):
            data[name] = data[name] or ""
        data["completion_value"] = self.completion_value.data
        data["completion_unit"] = self.completion_unit.data
        for part, fields in PART_FIELDS.items():
            data[part] = [{f: _blank_to_none(getattr(e.form, f).data) for f in fields}
                          for e in self.live_rows(part)]
        for row in data["fee_lines"]:
            row["label"] = row["label"] or ""
            row["regulation"] = row["regulation"] or ""
            row["incidental"] = bool(row["incidental"])
        for row in data["steps"]:
            row["actor"] = row["actor"] or ""
            if row["duration_value"] is None:
                row["duration_unit"] = None
        return data


def _blank_to_none(value):
    return None if value == "" else value


class ReviewForm(FlaskForm):
    effective_from = DateField(_l("In force from"), validators=[Optional()],
                               format="%Y-%m-%d")
    comment = text_field(_l("Comment for the editor"), 2000, area=True)
    publish = SubmitField(_l("Publish"))
    reject = SubmitField(_l("Send back"))

    def check(self, today: dt.date) -> bool:
        """Publishing needs a date of today or later; sending back needs a comment."""
        if not self.validate():
            return False
        if self.reject.data:
            if not self.comment.data:
                self.comment.errors.append(_l("Say what must change."))
                return False
            return True
        if self.effective_from.data is None:
            self.effective_from.errors.append(BAD_DATE)
            return False
        if self.effective_from.data < today:
            self.effective_from.errors.append(_l(
                "The date lies in the past. Choose today or a later date."))
            return False
        return True


class ActionForm(FlaskForm):
    """A button that changes state (submit, verify, new draft): CSRF only."""

    go = SubmitField(_l("Continue"))


class ServiceForm(FlaskForm):
    name = text_field(_l("Name"), 200, required=True)
    name_en = text_field(_l("Name (English)"), 200)
    category = SelectField(_l("Category"), choices=options(
        (c, CATEGORY_LABELS[c]) for c in CATEGORIES))
    synonyms = text_field(_l("Other names people use (comma separated)"), 1000, area=True)
    online_url = StringField(_l("Online channel"), validators=[
        Optional(), Length(max=500, message=TOO_LONG), URL(message=BAD_URL)], filters=[_strip])
    counters = SelectMultipleField(_l("Counters"), choices=[], coerce=int,
                                   validate_choice=False)
    save = SubmitField(_l("Save"))


class NewServiceForm(ServiceForm):
    """A new service: its agency (fixed unless the user is a region admin) and slug."""

    agency = SelectField(_l("Agency"), choices=[], coerce=int, validate_choice=False)
    slug = StringField(_l("Address name (slug)"), description=_l(
        "Lowercase letters, digits and hyphens, e.g. akta-kelahiran. Left empty, it is made "
        "from the name."), validators=[Optional(), Length(max=120, message=TOO_LONG), Regexp(
            r"^[a-z0-9]+(?:-[a-z0-9]+)*$", message=SLUG_RULE)], filters=[_strip])
    save = SubmitField(_l("Create service and first draft"))


def _lines(raw: str | None, parts: int) -> list[list[str]]:
    rows = []
    for line in (raw or "").splitlines():
        if line.strip():
            cells = [c.strip() for c in line.split("|")]
            rows.append((cells + [""] * parts)[:parts])
    return rows


class HoursRow(Form):
    opens = StringField(_l("Opens"), validators=[Optional(), Regexp(
        r"^\d{2}[:.]\d{2}$", message=_l("Write the time as 08:00."))])
    closes = StringField(_l("Closes"), validators=[Optional(), Regexp(
        r"^\d{2}[:.]\d{2}$", message=_l("Write the time as 08:00."))])


class CounterRow(Form):
    """A counter, kept by its id: renaming it keeps the services that use it."""

    id = HiddenField()
    name = text_field(_l("Counter"), 120)
    location = text_field(_l("Location"), 200)
    remove = BooleanField(_l("Remove"))


# Blank counter rows offered for new counters (no JavaScript to add rows).
NEW_COUNTER_ROWS = 2


class AgencyForm(FlaskForm):
    address = text_field(_l("Address"), 1000, area=True)
    phone = text_field(_l("Phone"), 40)
    email = StringField(_l("E-mail"), validators=[
        Optional(), Length(max=120, message=TOO_LONG),
        Regexp(EMAIL, message=_l("Enter an e-mail address."))])
    website = StringField(_l("Website"), validators=[Optional(), Length(max=300,
                                                                       message=TOO_LONG),
                                                     URL(message=BAD_URL)])
    maklumat = text_field(_l("Service pledge (maklumat)"), LONG, area=True)
    maklumat_en = text_field(_l("Service pledge (English)"), LONG, area=True)
    hours = FieldList(FormField(HoursRow), min_entries=7, max_entries=7)
    counters = FieldList(FormField(CounterRow), max_entries=200)
    channels = text_field(_l("Channels, one per line: kind | name | contact | link"), LONG,
                    area=True)
    save = SubmitField(_l("Save"))

    def validate_channels(self, field):
        for kind, name, _contact, url in _lines(field.data, 4):
            if kind not in CHANNEL_KINDS or not name:
                raise ValidationError(_l("Each line needs a kind (%(kinds)s) and a name.",
                                         kinds=", ".join(CHANNEL_KINDS)))
            if url and not re.match(r"^https?://[^\s]+$", url):
                raise ValidationError(BAD_URL)

    def validate_hours(self, field):
        for entry in field.entries:
            opens, closes = entry.form.opens.data, entry.form.closes.data
            if bool(opens) != bool(closes) or (opens and closes and
                                               _clock(opens) >= _clock(closes)):
                raise ValidationError(_l("Give both times, opening before closing."))

    def values(self) -> dict:
        hours = {day: (_clock(e.form.opens.data), _clock(e.form.closes.data))
                 for day, e in enumerate(self.hours.entries) if e.form.opens.data}
        return {
            "address": self.address.data or "", "phone": self.phone.data or "",
            "email": self.email.data or "", "website": self.website.data or None,
            "maklumat": self.maklumat.data or "", "maklumat_en": self.maklumat_en.data or None,
            "hours": hours,
            "counters": [(int(row["id"]) if (row["id"] or "").isdigit() else None,
                          row["name"], row["location"] or "")
                         for row in self.counters.data if row["name"] and not row["remove"]],
            "channels": _lines(self.channels.data, 4),
        }


def _clock(value: str) -> dt.time:
    return dt.time.fromisoformat(value.replace(".", ":"))


class RegionForm(FlaskForm):
    works_saturday = BooleanField(_l("Offices work on Saturdays"))
    timezone = SelectField(_l("Time zone"), choices=options(
        (k, f"{v} ({k})") for k, v in TIME_ZONES.items()))
    single_sign_off = BooleanField(_l("An approver may publish a draft they wrote"))
    closures = text_field(_l("Closures, one per line: YYYY-MM-DD | reason"), LONG, area=True)
    poster_header = text_field(_l("Poster header"), 200)
    poster_color = StringField(_l("Poster colour"), validators=[
        DataRequired(REQUIRED), Regexp(r"^#[0-9a-fA-F]{6}$",
                                       message=_l("Write a colour as #b3261e."))])
    channels = text_field(_l("Default channels, one per line: kind | name | contact | link"), LONG,
                    area=True)
    save = SubmitField(_l("Save"))

    def validate_closures(self, field):
        for day, _reason in _lines(field.data, 2):
            try:
                dt.date.fromisoformat(day)
            except ValueError:
                raise ValidationError(BAD_DATE) from None

    validate_channels = AgencyForm.validate_channels

    def values(self) -> dict:
        closures = {}
        for day, reason in _lines(self.closures.data, 2):
            closures[dt.date.fromisoformat(day)] = reason
        return {
            "works_saturday": self.works_saturday.data, "timezone": self.timezone.data,
            "single_sign_off": self.single_sign_off.data,
            "poster_header": self.poster_header.data or None,
            "poster_color": self.poster_color.data,
            "closures": sorted(closures.items()), "channels": _lines(self.channels.data, 4),
        }


def acceptable_password(_form, field) -> None:
    """The rule of services/passwords.py, said in the user's language."""
    try:
        check_new_password(field.data or "")
    except WeakPassword as weak:
        raise ValidationError(PASSWORD_LENGTH if weak.reason == "length"
                              else PASSWORD_COMMON) from None


class UserForm(FlaskForm):
    email = StringField(_l("E-mail"), validators=[DataRequired(REQUIRED), Length(
        max=200, message=TOO_LONG), Regexp(EMAIL, message=_l("Enter an e-mail address."))])
    name = text_field(_l("Name"), 120, required=True)
    role = SelectField(_l("Role"), choices=options(ROLE_LABELS.items()))
    agency = SelectField(_l("Agency"), choices=[], validate_choice=False)
    password = PasswordField(_l("Password"), validators=[DataRequired(REQUIRED),
                                                         acceptable_password])
    save = SubmitField(_l("Create account"))


def new_password_fields():
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


class UserEditForm(FlaskForm):
    role = SelectField(_l("Role"), choices=options(ROLE_LABELS.items()))
    agency = SelectField(_l("Agency"), choices=[], validate_choice=False)
    save_user = SubmitField(_l("Save role and agency"))


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
