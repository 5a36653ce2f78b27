"""Staff forms. Labels and messages are English source strings, shown in Indonesian."""
from __future__ import annotations

import datetime as dt

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import (
    BooleanField, DateField, FieldList, Form, FormField, HiddenField, IntegerField,
    PasswordField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired, EqualTo, InputRequired, Length, Optional, Regexp, ValidationError,
)

from registry.models.region import CHANNEL_KINDS, OVERRIDE_KINDS, TIME_ZONES
from registry.models.service import CATEGORIES
from registry.models.standard import PART_FIELDS, VERSION_TEXT, CompletionUnit, FeeKind
from registry.services import rules
from registry.services.i18n import CATEGORY_LABELS, UNIT_LABELS
from registry.services.passwords import WeakPassword, check_new_password

EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
SHORT, LONG = 300, 4000

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


class Rule:
    """Runs a services/rules.py check on one field (text, or a link with `url=True`)."""

    def __init__(self, limit: int, url: bool = False, multiline: bool = False):
        self.limit, self.url, self.multiline = limit, url, multiline

    def __call__(self, form, field) -> None:
        if not field.data:
            return
        value = rules.normalise(field.data, multiline=self.multiline)
        check = rules.url_problem if self.url else rules.text_problem
        problem = check(value, field.label.text, self.limit)
        if problem:
            raise ValidationError(problem)


def text_field(label, max_length: int | None = SHORT, required: bool = False,
               area: bool = False):
    """A text field; without `max_length` the form's own rules check it (DraftForm)."""
    validators = [DataRequired(REQUIRED) if required else Optional()]
    if max_length is not None:
        validators.append(Rule(max_length, multiline=area))
    field = TextAreaField if area else StringField
    return field(label, validators=validators, filters=[_strip])


def url_field(label, max_length: int = 500):
    return StringField(label, validators=[Optional(), Rule(max_length, url=True)],
                       filters=[_strip])


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def amount_field(label):
    return IntegerField(label, validators=[Optional()], render_kw={"inputmode": "numeric"})


def rule_text(name: str, part: str | None = None):
    """A draft field labelled as services/rules.py names it; the rules check its value."""
    label = rules.PART_LABELS[part][name] if part else rules.LABELS[name]
    multiline = (rules.PART_SPECS[part][name] if part else rules.VERSION_SPECS[name])[2]
    return text_field(label, None, area=multiline)


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
    text = rule_text("text", "requirements")
    text_en = rule_text("text_en", "requirements")

    def is_blank(self) -> bool:
        return not self.text.data


class StepRow(_Row):
    text = rule_text("text", "steps")
    text_en = rule_text("text_en", "steps")
    actor = rule_text("actor", "steps")
    actor_en = rule_text("actor_en", "steps")
    duration_value = IntegerField(_l("Duration"), validators=[Optional()])
    duration_unit = SelectField(_l("Unit"), choices=options([("", "-")] + UNIT_CHOICES),
                                validators=[Optional()])

    def is_blank(self) -> bool:
        return not self.text.data


class FeeRow(_Row):
    kind = SelectField(_l("Kind"), choices=options([("", "-")] + [(k.value, v) for k, v in
                                                                   FEE_KIND_LABELS.items()]),
                       validators=[Optional()])
    label = rule_text("label", "fee_lines")
    label_en = rule_text("label_en", "fee_lines")
    amount = amount_field(_l("Amount (Rp)"))
    amount_max = amount_field(_l("Up to (Rp)"))
    unit = rule_text("unit", "fee_lines")
    unit_en = rule_text("unit_en", "fee_lines")
    formula = rule_text("formula", "fee_lines")
    formula_en = rule_text("formula_en", "fee_lines")
    regulation = rule_text("regulation", "fee_lines")
    incidental = BooleanField(_l("Paid elsewhere (not a fee of this office)"))

    def is_blank(self) -> bool:
        return not self.kind.data


class LegalBasisRow(_Row):
    title = rule_text("title", "legal_bases")
    url = StringField(_l("Link"), filters=[_strip])

    def is_blank(self) -> bool:
        return not self.title.data


ROWS = {"requirements": RequirementRow, "steps": StepRow, "fee_lines": FeeRow,
        "legal_bases": LegalBasisRow}
TEXT_FIELDS = (*VERSION_TEXT, "change_summary", "change_summary_en")


class DraftForm(FlaskForm):
    revision = HiddenField()
    completion_value = IntegerField(_l("Completion time"), validators=[
        InputRequired(WHOLE_NUMBER)], render_kw={"inputmode": "numeric"})
    completion_unit = SelectField(_l("Unit"), choices=options(UNIT_CHOICES))
    requirements = FieldList(FormField(RequirementRow), label=_l("Requirements"))
    steps = FieldList(FormField(StepRow), label=_l("Procedure steps"))
    fee_lines = FieldList(FormField(FeeRow), label=_l("Fees"))
    legal_bases = FieldList(FormField(LegalBasisRow), label=_l("Legal basis"))
    product = rule_text("product")
    product_en = rule_text("product_en")
    complaint_handling = rule_text("complaint_handling")
    complaint_handling_en = rule_text("complaint_handling_en")
    facilities = rule_text("facilities")
    facilities_en = rule_text("facilities_en")
    infrastructure = rule_text("infrastructure")
    staff_competence = rule_text("staff_competence")
    internal_supervision = rule_text("internal_supervision")
    staff_count = rule_text("staff_count")
    service_guarantee = rule_text("service_guarantee")
    safety_guarantee = rule_text("safety_guarantee")
    performance_evaluation = rule_text("performance_evaluation")
    change_summary = rule_text("change_summary")
    change_summary_en = rule_text("change_summary_en")
    # What the rules refused on the last validate (row fields are not in `errors`).
    problems: tuple[rules.Problem, ...] | list[rules.Problem] = ()
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

    def validate(self, extra_validators=None) -> bool:
        """The field types first, then every rule of services/rules.py on the values."""
        valid = super().validate(extra_validators)
        _cleaned, problems = rules.check_standard(
            self.values(), confirm_large=bool(self.confirm_large_amount.data))
        self.problems = problems
        for problem in problems:
            field = self._field_at(problem)
            if not field.errors:
                field.errors.append(problem.message)
        return valid and not problems

    def _field_at(self, problem: rules.Problem):
        if problem.code == "large_amount":
            return self.confirm_large_amount
        if len(problem.path) == 1:
            return getattr(self, str(problem.path[0]))
        part, index, name = problem.path
        return self.live_rows(str(part))[int(index)].form[str(name)]

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
    # The revision the approver read: a draft changed since is not published (409).
    revision = HiddenField()
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
    # Labels and limits as services/rules.py checks a service's identity.
    name = text_field(*rules.SERVICE_SPECS["name"][:2], required=True)
    name_en = text_field(*rules.SERVICE_SPECS["name_en"][:2])
    category = SelectField(_l("Category"), choices=options(
        (c, CATEGORY_LABELS[c]) for c in CATEGORIES))
    synonyms = text_field(*rules.SERVICE_SPECS["synonyms"][:2], area=True)
    online_url = url_field(rules.LABELS["online_url"])
    counters = SelectMultipleField(_l("Counters"), choices=[], coerce=int,
                                   validate_choice=False)
    save = SubmitField(_l("Save"))


class ServiceIdentityForm(ServiceForm):
    """An existing service's identity, with its registration window (SPMB, annual
    permits); rules.registration_window_problems decides what a window may be."""

    registration_opens = DateField(rules.LABELS["registration_opens"], validators=[Optional()],
                                   format="%Y-%m-%d")
    registration_closes = DateField(rules.LABELS["registration_closes"],
                                    validators=[Optional()], format="%Y-%m-%d")
    registration_yearly = BooleanField(_l("The window repeats on the same dates every year"))

    def validate(self, extra_validators=None) -> bool:
        if not super().validate(extra_validators):
            return False
        problems = rules.registration_window_problems(
            self.registration_opens.data, self.registration_closes.data,
            bool(self.registration_yearly.data))
        for (name, *_rest), message in problems:
            getattr(self, str(name)).errors.append(message)
        return not problems


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


def _check_cells(line: list[str], limits: tuple[int, ...], label) -> None:
    """Each " | "-separated cell of a settings line keeps the text rules and fits its column."""
    for cell, limit in zip(line, limits, strict=False):
        problem = rules.text_problem(rules.normalise(cell, multiline=False), label, limit)
        if problem:
            raise ValidationError(problem)


def valid_clock(form, field) -> None:
    """08:00 or 08.00, and a real time of day (never 25:99)."""
    if field.data and rules.clock(field.data) is None:
        raise ValidationError(_l("Write the time as 08:00, between 00:00 and 23:59."))


class HoursRow(Form):
    opens = StringField(_l("Opens"), validators=[Optional(), valid_clock])
    closes = StringField(_l("Closes"), validators=[Optional(), valid_clock])


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
    website = url_field(_l("Website"), 300)
    maklumat = text_field(_l("Service pledge (maklumat)"), LONG, area=True)
    maklumat_en = text_field(_l("Service pledge (English)"), LONG, area=True)
    hours = FieldList(FormField(HoursRow), min_entries=7, max_entries=7)
    serves_on_cuti_bersama = BooleanField(_l("Serves citizens on cuti bersama days"))
    counters = FieldList(FormField(CounterRow), _l("Counters"), max_entries=200)
    channels = text_field(_l("Channels, one per line: kind | name | contact | link"), LONG,
                    area=True)
    save = SubmitField(_l("Save"))

    def validate_channels(self, field):
        for line in _lines(field.data, 4):
            kind, name, _contact, url = line
            if kind not in CHANNEL_KINDS or not name:
                raise ValidationError(_l("Each line needs a kind (%(kinds)s) and a name.",
                                         kinds=", ".join(CHANNEL_KINDS)))
            _check_cells(line[:3], rules.CHANNEL_LIMITS, field.label.text)
            problem = url and rules.url_problem(url, field.label.text)
            if problem:
                raise ValidationError(problem)

    def validate_counters(self, field):
        for entry in field.entries:
            _check_cells([entry.form.name.data or "", entry.form.location.data or ""],
                         rules.COUNTER_LIMITS, field.label.text)

    def validate_hours(self, field):
        for entry in field.entries:
            opens, closes = (rules.clock(entry.form.opens.data or ""),
                             rules.clock(entry.form.closes.data or ""))
            if (opens is None) != (closes is None) or (opens and closes and opens >= closes):
                raise ValidationError(_l("Give both times, opening before closing."))

    def values(self) -> dict:
        hours = {day: (rules.clock(e.form.opens.data), rules.clock(e.form.closes.data))
                 for day, e in enumerate(self.hours.entries) if e.form.opens.data}
        return {
            "address": self.address.data or "", "phone": self.phone.data or "",
            "email": self.email.data or "", "website": self.website.data or None,
            "maklumat": self.maklumat.data or "", "maklumat_en": self.maklumat_en.data or None,
            "hours": hours, "serves_on_cuti_bersama": bool(self.serves_on_cuti_bersama.data),
            "counters": [(int(row["id"]) if (row["id"] or "").isdigit() else None,
                          row["name"], row["location"] or "")
                         for row in self.counters.data if row["name"] and not row["remove"]],
            "channels": _lines(self.channels.data, 4),
        }


OVERRIDE_LABELS = {
    "holiday": _l("National holiday"),
    "cuti_bersama": _l("Cuti bersama"),
    "working_day": _l("Working day (cancels the national day off)"),
}
# Blank override rows offered below the saved ones.
SPARE_OVERRIDE_ROWS = 3


class HolidayOverrideRow(Form):
    day = DateField(_l("Date"), validators=[Optional()], format="%Y-%m-%d")
    kind = SelectField(_l("Change"), choices=options(
        (kind, OVERRIDE_LABELS[kind]) for kind in OVERRIDE_KINDS))
    name = text_field(_l("Name shown in the calendar"), 200)


class RegionForm(FlaskForm):
    works_saturday = BooleanField(_l("Offices work on Saturdays"))
    timezone = SelectField(_l("Time zone"), choices=options(
        (k, f"{v} ({k})") for k, v in TIME_ZONES.items()))
    single_sign_off = BooleanField(_l("An approver may publish a draft they wrote"))
    closures = text_field(_l("Closures, one per line: YYYY-MM-DD | reason"), LONG, area=True)
    holiday_overrides = FieldList(FormField(HolidayOverrideRow), max_entries=100)
    poster_header = text_field(_l("Poster header"), 200)
    poster_color = StringField(_l("Poster colour"), validators=[
        DataRequired(REQUIRED), Regexp(r"^#[0-9a-fA-F]{6}$",
                                       message=_l("Write a colour as #b3261e."))])
    channels = text_field(_l("Default channels, one per line: kind | name | contact | link"), LONG,
                    area=True)
    save = SubmitField(_l("Save"))

    def validate_closures(self, field):
        for day, reason in _lines(field.data, 2):
            try:
                dt.date.fromisoformat(day)
            except ValueError:
                raise ValidationError(BAD_DATE) from None
            _check_cells([reason], (rules.CLOSURE_REASON_LIMIT,), field.label.text)

    validate_channels = AgencyForm.validate_channels

    def validate_holiday_overrides(self, field):
        days = []
        for entry in field.entries:
            row = entry.form
            if row.day.data is None and row.name.data:
                raise ValidationError(BAD_DATE)
            if row.day.data is not None:
                days.append(row.day.data)
        if len(days) != len(set(days)):
            raise ValidationError(_l("Each date may be changed only once."))

    def override_values(self) -> list[tuple[dt.date, str, str]]:
        return sorted((e.form.day.data, e.form.kind.data, e.form.name.data or "")
                      for e in self.holiday_overrides.entries if e.form.day.data is not None)

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
            "holiday_overrides": self.override_values(),
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
