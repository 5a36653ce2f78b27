"""The draft form: every component of a standard, rows added and reordered without
JavaScript. Each value is checked by the rules of services/rules/."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Optional

from registry.models import StandardVersion
from registry.models.standard import PART_FIELDS, VERSION_TEXT, CompletionUnit, FeeKind
from registry.services import fees, rules, standards
from registry.services.i18n import UNIT_LABELS
from registry.staff.forms import WHOLE_NUMBER, _strip, amount_field, options, rule_text

UNIT_CHOICES = [(unit.value, UNIT_LABELS[unit]) for unit in CompletionUnit]
FEE_KIND_LABELS = {
    FeeKind.FREE: _l("Free"), FeeKind.FIXED: _l("Fixed amount"),
    FeeKind.RANGE: _l("Range (from - to)"), FeeKind.PER_UNIT: _l("Amount per unit"),
    FeeKind.FORMULA: _l("By regulation (formula)"),
}


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


class ListText(TextAreaField):
    """A list stored as data (formula inputs, payment channels), edited as lines of text;
    services/rules/ reads the text back, so every way in parses it the same."""

    def __init__(self, label: Any, to_text: Callable[[list[dict[str, Any]]], str],
                 **kwargs: Any) -> None:
        super().__init__(label, filters=[_strip], **kwargs)
        self.to_text = to_text

    def process_data(self, value: Any) -> None:
        self.data = value if isinstance(value, str) or value is None else self.to_text(value)


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
    formula_expression = rule_text("formula_expression", "fee_lines")
    formula_inputs = ListText(rules.LABELS["formula_inputs"], fees.formula_inputs_text,
                              render_kw={"rows": 3})
    billing_document = rule_text("billing_document", "fee_lines")
    payment_channels = ListText(rules.LABELS["payment_channels"], fees.payment_channels_text,
                                render_kw={"rows": 3})

    def is_blank(self) -> bool:
        """Nothing typed in (a row added and left empty): ignored, never saved. A row with
        anything in it is kept, so the rules can say what it lacks (e.g. its kind)."""
        return all(field.data in (None, "", False) for field in self
                   if field.short_name not in ("position", "remove"))


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

    @classmethod
    def of(cls, version: StandardVersion) -> DraftForm:
        """The form filled with what the version says, rows numbered, at its revision."""
        data = standards.snapshot(version)
        for part in ROWS:
            data[part] = [{**row, "position": i + 1} for i, row in enumerate(data[part])]
        data["revision"] = str(version.revision)
        return cls(formdata=None, data=data)

    def row_added(self) -> str | None:
        """The list whose "add" button was pressed, if one was."""
        return next((part for part in ROWS if getattr(self, f"add_{part}").data), None)

    def rebuilt(self) -> DraftForm:
        """The form again with removed rows dropped, rows reordered, maybe one added."""
        data = self.data
        add = self.row_added()
        for part in ROWS:
            rows: list[dict[str, Any]] = [e.form.data for _i, e in self.rearranged_rows(part)]
            if part == add:
                rows.append({})
            data[part] = [{**row, "position": i + 1, "remove": False}
                          for i, row in enumerate(rows)]
        return DraftForm(formdata=None, data=data)

    def live_rows(self, name: str) -> list[Any]:
        """Rows not marked for removal and not blank, in the order their numbers give."""
        entries = [e for e in getattr(self, name).entries
                   if not e.form.remove.data and not e.form.is_blank()]
        order = {id(e): (e.form.position.data if e.form.position.data is not None else i + 1, i)
                 for i, e in enumerate(entries)}
        return sorted(entries, key=lambda e: order[id(e)])

    def rearranged_rows(self, name: str) -> list[tuple[int, Any]]:
        """For re-rendering: removed rows dropped, the rest in order (blanks kept)."""
        entries = [e for e in getattr(self, name).entries if not e.form.remove.data]
        return sorted(enumerate(entries), key=lambda pair: (
            pair[1].form.position.data if pair[1].form.position.data is not None
            else pair[0] + 1, pair[0]))

    def validate(self, extra_validators: Any = None) -> bool:
        """The field types first, then every rule of services/rules/ on the values."""
        valid = super().validate(extra_validators)
        _cleaned, problems = rules.check_standard(
            self.values(), confirm_large=bool(self.confirm_large_amount.data))
        self.problems = problems
        for problem in problems:
            field = self._field_at(problem)
            if not field.errors:
                field.errors.append(problem.message)
        return valid and not problems

    def _field_at(self, problem: rules.Problem) -> Any:
        if problem.code == "large_amount":
            return self.confirm_large_amount
        if len(problem.path) == 1:
            return getattr(self, str(problem.path[0]))
        part, index, name = problem.path
        return self.live_rows(str(part))[int(index)].form[str(name)]

    def values(self) -> dict[str, Any]:
        """The standard as the service layer takes it."""
        data: dict[str, Any] = {name: getattr(self, name).data or None
                                for name in TEXT_FIELDS}
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


def _blank_to_none(value: Any) -> Any:
    return None if value == "" else value


class DiscardForm(FlaskForm):
    """Throwing a draft away needs a ticked box, checked here on the server."""

    confirm = BooleanField(_l("Yes, delete this draft and all its changes"), validators=[
        DataRequired(_l("Tick the box to confirm that the draft is to be deleted."))])
    discard = SubmitField(_l("Discard this draft"))
