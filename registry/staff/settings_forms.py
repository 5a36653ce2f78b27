"""Agency and region settings: contacts, hours, counters, channels, calendar, posters."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    Field,
    FieldList,
    Form,
    FormField,
    HiddenField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from registry.models.region import CHANNEL_KINDS, OVERRIDE_KINDS, TIME_ZONES
from registry.services import rules
from registry.staff.forms import (
    BAD_DATE,
    EMAIL,
    LONG,
    REQUIRED,
    TOO_LONG,
    options,
    text_field,
    url_field,
)


def _lines(raw: str | None, parts: int) -> list[list[str]]:
    rows = []
    for line in (raw or "").splitlines():
        if line.strip():
            cells = [c.strip() for c in line.split("|")]
            rows.append((cells + [""] * parts)[:parts])
    return rows


def _joined(rows: list[list[str]]) -> str:
    """Settings lines as typed: cells joined by " | ", empty trailing cells left out."""
    return "\n".join(" | ".join(row).rstrip(" |") for row in rows)


def _check_cells(line: list[str], limits: tuple[int, ...], label: str) -> None:
    """Each " | "-separated cell of a settings line keeps the text rules and fits its column."""
    for cell, limit in zip(line, limits, strict=False):
        problem = rules.text_problem(rules.normalise(cell, multiline=False), label, limit)
        if problem:
            raise ValidationError(problem)


def valid_clock(form: FlaskForm, field: Field) -> None:
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


class ChannelsForm(FlaskForm):
    """Agency and region settings both list channels as "kind | name | contact | link" lines."""

    @staticmethod
    def field(label: Any) -> Any:
        """The channels, as lines in a text area."""
        return text_field(label, LONG, area=True)

    @classmethod
    def of(cls, data: dict[str, Any]) -> Any:
        """The form filled from the settings (accounts.agency_settings or region_settings):
        channels as typed lines, the other fields as `form_data` gives them."""
        return cls(formdata=None, data={**data, "channels": _joined(data["channels"]),
                                        **cls.form_data(data)})

    @staticmethod
    def form_data(data: dict[str, Any]) -> dict[str, Any]:
        """The fields the settings hold in another shape than the form."""
        return {}

    def validate_channels(self, field: Field) -> None:
        for line in _lines(field.data, 4):
            kind, name, _contact, url = line
            if kind not in CHANNEL_KINDS or not name:
                raise ValidationError(_l("Each line needs a kind (%(kinds)s) and a name.",
                                         kinds=", ".join(CHANNEL_KINDS)))
            _check_cells(line[:3], rules.CHANNEL_LIMITS, field.label.text)
            problem = url and rules.url_problem(url, field.label.text)
            if problem:
                raise ValidationError(problem)


class AgencyForm(ChannelsForm):
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
    channels = ChannelsForm.field(_l("Channels, one per line: kind | name | contact | link"))
    save = SubmitField(_l("Save"))

    @staticmethod
    def form_data(data: dict[str, Any]) -> dict[str, Any]:
        """Hours by weekday, counters with blank rows for new ones."""
        return {"website": data["website"] or "",
                "hours": [dict(zip(("opens", "closes"), data["hours"].get(day, ("", "")),
                                   strict=True)) for day in range(7)],
                "counters": [{"id": str(counter_id), "name": name, "location": location}
                             for counter_id, name, location in data["counters"]]
                + [{}] * NEW_COUNTER_ROWS}

    def validate_counters(self, field: Field) -> None:
        for entry in field.entries:
            _check_cells([entry.form.name.data or "", entry.form.location.data or ""],
                         rules.COUNTER_LIMITS, field.label.text)

    def validate_hours(self, field: Field) -> None:
        for entry in field.entries:
            opens, closes = (rules.clock(entry.form.opens.data or ""),
                             rules.clock(entry.form.closes.data or ""))
            if (opens is None) != (closes is None) or (opens and closes and opens >= closes):
                raise ValidationError(_l("Give both times, opening before closing."))

    def values(self) -> dict[str, Any]:
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


class RegionForm(ChannelsForm):
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
    channels = ChannelsForm.field(
        _l("Default channels, one per line: kind | name | contact | link"))
    save = SubmitField(_l("Save"))

    @staticmethod
    def form_data(data: dict[str, Any]) -> dict[str, Any]:
        """Closures as typed lines, overrides with blank rows for new ones."""
        return {"poster_header": data["poster_header"] or "",
                "closures": "\n".join(" | ".join(row) for row in data["closures"]),
                "holiday_overrides": [
                    {"day": dt.date.fromisoformat(day), "kind": kind, "name": name}
                    for day, kind, name in data["holiday_overrides"]
                ] + [{"kind": "cuti_bersama"}] * SPARE_OVERRIDE_ROWS}

    def validate_closures(self, field: Field) -> None:
        for day, reason in _lines(field.data, 2):
            try:
                dt.date.fromisoformat(day)
            except ValueError:
                raise ValidationError(BAD_DATE) from None
            _check_cells([reason], (rules.CLOSURE_REASON_LIMIT,), field.label.text)


    def validate_holiday_overrides(self, field: Field) -> None:
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

    def values(self) -> dict[str, Any]:
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
