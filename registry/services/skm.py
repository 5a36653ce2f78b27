"""The satisfaction survey (SKM, Permenpan RB 14/2017): elements, exact IKM, sample size.

Per element the NRR is the mean of the answers given (a blank answer is left out of that
element's mean); the IKM is the mean of the nine NRR times 25. Everything is computed
with exact fractions - the weights are 1/9, not 0.111 - and only the final IKM is rounded,
half up, to two decimals; the grade is read from that rounded value. Hand-made
spreadsheets that round early or use 0.111 get another grade at the borders.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_babel import pgettext
from sqlalchemy import Select, case, func, select

from registry.extensions import db
from registry.models import SkmResponse
from registry.models.feedback import ELEMENT_CODES
from registry.services.periods import Period

ANSWERS = (1, 2, 3, 4)
ELEMENT_COUNT = len(ELEMENT_CODES)
# Multiplier turning the mean NRR (1-4) into the 25-100 index.
IKM_FACTOR = 25


@dataclass(frozen=True)
class Element:
    """One survey element with the questionnaire's wording of its question and answers."""

    code: str
    name: Any  # lazy strings: translated when shown
    question: Any
    answers: tuple[Any, Any, Any, Any]


# The answers of U1 (requirements) and U5 (product), both asked as "how well does it fit".
APPROPRIATE = (_l("Not appropriate"), _l("Less appropriate"), _l("Appropriate"),
               _l("Very appropriate"))
ELEMENTS: tuple[Element, ...] = (
    Element("U1", _l("Requirements"),
            _l("What do you think of how well the service requirements fit the kind of "
               "service?"),
            APPROPRIATE),
    Element("U2", _l("System, mechanism and procedure"),
            _l("How easy did you find the service procedure of this unit?"),
            (_l("Not easy"), _l("Less easy"), _l("Easy"), _l("Very easy"))),
    Element("U3", _l("Completion time"),
            _l("What do you think of the speed of the service?"),
            (_l("Not fast"), _l("Less fast"), _l("Fast"), _l("Very fast"))),
    Element("U4", _l("Cost/tariff"),
            _l("What do you think of the fairness of the cost/tariff of the service?"),
            (_l("Very expensive"), _l("Fairly expensive"), _l("Cheap"), _l("Free"))),
    Element("U5", _l("Product specification of the service type"),
            _l("What do you think of how well the product you received matches the one "
               "stated in the service standard?"),
            APPROPRIATE),
    Element("U6", _l("Staff competence"),
            _l("What do you think of the competence/ability of the staff who served you?"),
            (_l("Not competent"), _l("Less competent"), _l("Competent"),
             _l("Very competent"))),
    Element("U7", _l("Staff behaviour"),
            _l("What do you think of the staff's behaviour: their politeness and "
               "friendliness?"),
            (_l("Not polite and friendly"), _l("Less polite and friendly"),
             _l("Polite and friendly"), _l("Very polite and friendly"))),
    Element("U8", _l("Handling of complaints, suggestions and feedback"),
            _l("What do you think of how complaints of service users are handled?"),
            (_l("There is none"), _l("Exists but does not work"),
             _l("Works, but not at its best"), _l("Well managed"))),
    Element("U9", _l("Facilities and infrastructure"),
            _l("What do you think of the quality of the facilities and infrastructure?"),
            (_l("Poor"), _l("Fair"), _l("Good"), _l("Very good"))),
)


# The respondent profile of the official questionnaire: stored keys and their labels.
SEXES = {"L": _l("Male"), "P": _l("Female")}
EDUCATION = {"sd": _l("Primary school (SD)"), "smp": _l("Junior high school (SMP)"),
             "sma": _l("Senior high school (SMA/SMK)"), "diploma": _l("Diploma (D1-D4)"),
             "s1": _l("Bachelor (S1)"), "s2": _l("Master (S2)"), "s3": _l("Doctorate (S3)")}
OCCUPATIONS = {"pns": _l("Civil servant (PNS)"), "tni": _l("Armed forces (TNI)"),
               "polri": _l("Police (POLRI)"), "swasta": _l("Private employee"),
               "wirausaha": _l("Self-employed"), "pelajar": _l("Pupil or student"),
               "lainnya": _l("Other")}


@dataclass(frozen=True)
class Grade:
    letter: str
    lower: Decimal  # the band's lowest and highest two-decimal IKM
    upper: Decimal

    @property
    def label(self) -> str:
        labels = {"A": pgettext("SKM grade", "Very good"), "B": pgettext("SKM grade", "Good"),
                  "C": pgettext("SKM grade", "Not good"), "D": pgettext("SKM grade", "Poor")}
        return str(labels[self.letter])


GRADES = (Grade("A", Decimal("88.31"), Decimal("100.00")),
          Grade("B", Decimal("76.61"), Decimal("88.30")),
          Grade("C", Decimal("65.00"), Decimal("76.60")),
          Grade("D", Decimal("25.00"), Decimal("64.99")))


def round_half_up(value: Fraction, places: int) -> Decimal:
    """An exact non-negative value rounded half up to `places` decimals."""
    scaled = math.floor(value * 10 ** places + Fraction(1, 2))
    return Decimal(scaled).scaleb(-places)


def grade_of(ikm: Decimal) -> Grade:
    """The band of a two-decimal IKM: A 88.31-100, B 76.61-88.30, C 65.00-76.60, D below."""
    return next((g for g in GRADES if ikm >= g.lower), GRADES[-1])


@dataclass(frozen=True)
class ElementTally:
    """How often each answer 1..4 was given for one element."""

    counts: tuple[int, int, int, int]

    @property
    def answered(self) -> int:
        return sum(self.counts)

    @property
    def total(self) -> int:
        """The sum of the answers given (the annex's "jumlah nilai per unsur")."""
        return sum(value * count for value, count in zip(ANSWERS, self.counts, strict=True))

    @property
    def nrr(self) -> Fraction | None:
        return Fraction(self.total, self.answered) if self.answered else None


@dataclass(frozen=True)
class Tally:
    respondents: int
    elements: tuple[ElementTally, ...]

    @classmethod
    def empty(cls) -> Tally:
        return cls(0, tuple(ElementTally((0, 0, 0, 0)) for _code in ELEMENT_CODES))

    @classmethod
    def of_answers(cls, rows: Iterable[Sequence[int | None]]) -> Tally:
        """Count respondents' answers: each row holds U1..U9, None for a blank."""
        counts = [[0, 0, 0, 0] for _code in ELEMENT_CODES]
        respondents = 0
        for row in rows:
            respondents += 1
            for index, answer in enumerate(row):
                if answer is not None:
                    counts[index][answer - 1] += 1
        return cls(respondents, tuple(ElementTally((c[0], c[1], c[2], c[3])) for c in counts))

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.respondents + other.respondents, tuple(
            ElementTally((a.counts[0] + b.counts[0], a.counts[1] + b.counts[1],
                          a.counts[2] + b.counts[2], a.counts[3] + b.counts[3]))
            for a, b in zip(self.elements, other.elements, strict=True)))


@dataclass(frozen=True)
class ElementFigure:
    element: Element
    tally: ElementTally

    @property
    def nrr(self) -> Fraction | None:
        return self.tally.nrr

    @property
    def nrr_rounded(self) -> Decimal | None:
        """NRR to four decimals, for showing only (the IKM uses the exact value)."""
        return round_half_up(self.nrr, 4) if self.nrr is not None else None

    @property
    def weighted(self) -> Fraction | None:
        """The annex's "NRR tertimbang": NRR x 1/9, exactly."""
        return self.nrr / ELEMENT_COUNT if self.nrr is not None else None


@dataclass(frozen=True)
class IkmFigures:
    respondents: int
    elements: tuple[ElementFigure, ...]
    exact: Fraction | None  # None when an element has no answer at all

    @property
    def ikm(self) -> Decimal | None:
        return round_half_up(self.exact, 2) if self.exact is not None else None

    @property
    def grade(self) -> Grade | None:
        return grade_of(self.ikm) if self.ikm is not None else None

    @property
    def missing(self) -> list[str]:
        """Codes of elements nobody answered: the IKM needs all nine."""
        return [f.element.code for f in self.elements if f.nrr is None]


def ikm_of(tally: Tally) -> IkmFigures:
    """The exact figures of a tally: NRR per element, the IKM and its grade."""
    figures = tuple(ElementFigure(element, element_tally)
                    for element, element_tally in zip(ELEMENTS, tally.elements, strict=True))
    nrrs = [f.nrr for f in figures]
    exact = None
    if tally.respondents and all(nrr is not None for nrr in nrrs):
        exact = sum((nrr for nrr in nrrs if nrr is not None), Fraction(0)) \
            / ELEMENT_COUNT * IKM_FACTOR
    return IkmFigures(tally.respondents, figures, exact)


# --- reading the answers


def _tally_columns() -> list[Any]:
    columns: list[Any] = [func.count(SkmResponse.id)]
    for code in ELEMENT_CODES:
        column = getattr(SkmResponse, code)
        columns += [func.coalesce(func.sum(case((column == value, 1), else_=0)), 0)
                    for value in ANSWERS]
    return columns


def _tally_of_row(values: Sequence[Any]) -> Tally:
    numbers = [int(v) for v in values]
    return Tally(numbers[0], tuple(
        ElementTally((numbers[1 + 4 * i], numbers[2 + 4 * i], numbers[3 + 4 * i],
                      numbers[4 + 4 * i])) for i in range(ELEMENT_COUNT)))


def _scoped(query: Select[Any], period: Period, *, agency_ids: Iterable[int] | None = None,
            service_ids: Iterable[int] | None = None) -> Select[Any]:
    query = query.where(SkmResponse.responded_on >= period.start,
                        SkmResponse.responded_on <= period.end)
    if agency_ids is not None:
        query = query.where(SkmResponse.agency_id.in_(list(agency_ids)))
    if service_ids is not None:
        query = query.where(SkmResponse.service_id.in_(list(service_ids)))
    return query


def tally(period: Period, *, agency_ids: Iterable[int] | None = None,
          service_ids: Iterable[int] | None = None) -> Tally:
    """All answers of the period, optionally only some agencies' or services'."""
    row = db.session.execute(_scoped(select(*_tally_columns()), period,
                                     agency_ids=agency_ids, service_ids=service_ids)).one()
    return _tally_of_row(tuple(row))


def tallies_by(period: Period, group: str, *,
               agency_ids: Iterable[int] | None = None) -> dict[int, Tally]:
    """One tally per agency (`group="agency"`) or per service (`group="service"`)."""
    column = SkmResponse.agency_id if group == "agency" else SkmResponse.service_id
    query = _scoped(select(column, *_tally_columns()), period,
                    agency_ids=agency_ids).group_by(column)
    return {row[0]: _tally_of_row(tuple(row)[1:]) for row in db.session.execute(query)}
