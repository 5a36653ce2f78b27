"""A service's identity: name, category, synonyms, link, counters (and slug when new)."""
from __future__ import annotations

from typing import Any

from flask import request
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
)
from wtforms.validators import Length, Optional, Regexp

from registry.models import Agency
from registry.models.service import CATEGORIES
from registry.services import rules
from registry.services.i18n import CATEGORY_LABELS
from registry.staff.forms import SLUG_RULE, TOO_LONG, _strip, options, text_field, url_field


class ServiceForm(FlaskForm):
    # Labels and limits as services/rules/ checks a service's identity.
    name = text_field(*rules.SERVICE_SPECS["name"][:2], required=True)
    name_en = text_field(*rules.SERVICE_SPECS["name_en"][:2])
    category = SelectField(_l("Category"), choices=options(
        (c, CATEGORY_LABELS[c]) for c in CATEGORIES))
    synonyms = text_field(*rules.SERVICE_SPECS["synonyms"][:2], area=True)
    online_url = url_field(rules.LABELS["online_url"])
    counters = SelectMultipleField(_l("Counters"), choices=[], coerce=int,
                                   validate_choice=False)
    save = SubmitField(_l("Save"))

    def values(self) -> dict[str, Any]:
        """The identity as catalogue.update_service and create_service take it."""
        return {"name": self.name.data, "name_en": self.name_en.data or None,
                "category": self.category.data, "synonyms": self.synonyms.data or "",
                "online_url": self.online_url.data or None,
                "counter_ids": self.counters.data or []}


class ServiceIdentityForm(ServiceForm):
    """An existing service's identity, with its registration window (SPMB, annual
    permits); rules.registration_window_problems decides what a window may be."""

    registration_opens = DateField(rules.LABELS["registration_opens"], validators=[Optional()],
                                   format="%Y-%m-%d")
    registration_closes = DateField(rules.LABELS["registration_closes"],
                                    validators=[Optional()], format="%Y-%m-%d")
    registration_yearly = BooleanField(_l("The window repeats on the same dates every year"))

    def validate(self, extra_validators: Any = None) -> bool:
        if not super().validate(extra_validators):
            return False
        problems = rules.registration_window_problems(
            self.registration_opens.data, self.registration_closes.data,
            bool(self.registration_yearly.data))
        for (name, *_rest), message in problems:
            getattr(self, str(name)).errors.append(message)
        return not problems

    def values(self) -> dict[str, Any]:
        return {**super().values(),
                "registration_opens": self.registration_opens.data,
                "registration_closes": self.registration_closes.data,
                "registration_yearly": bool(self.registration_yearly.data)}


class NewServiceForm(ServiceForm):
    """A new service: its agency (fixed unless the user is a region admin) and slug."""

    agency = SelectField(_l("Agency"), choices=[], coerce=int, validate_choice=False)
    slug = StringField(_l("Address name (slug)"), description=_l(
        "Lowercase letters, digits and hyphens, e.g. akta-kelahiran. Left empty, it is made "
        "from the name."), validators=[Optional(), Length(max=120, message=TOO_LONG), Regexp(
            r"^[a-z0-9]+(?:-[a-z0-9]+)*$", message=SLUG_RULE)], filters=[_strip])
    save = SubmitField(_l("Create service and first draft"))

    @classmethod
    def for_agencies(cls, agencies: list[Agency], chosen: int | None) -> NewServiceForm:
        """The form offering these agencies and their counters; `chosen` (or the first)
        preselected when the page is opened."""
        form = cls()
        form.agency.choices = options((a.id, a.name) for a in agencies)
        form.counters.choices = options((c.id, f"{a.short_name or a.name}: {c.name}")
                                        for a in agencies for c in a.counters)
        if request.method == "GET":
            form.agency.data = chosen or agencies[0].id
        return form

    def values(self) -> dict[str, Any]:
        return {**super().values(), "slug": self.slug.data or ""}
