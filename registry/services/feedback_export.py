"""Experience reports and survey answers as CSV for staff, safe to open in a spreadsheet
(a cell starting with = + - @ is written with a leading apostrophe)."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from registry.extensions import db
from registry.models import CommentStatus, SkmResponse
from registry.models.feedback import ELEMENT_CODES
from registry.services.audit import safe_cell
from registry.services.periods import Period
from registry.services.reports import Judged

REPORT_COLUMNS = ("id", "layanan", "diserahkan", "diterima", "hari_kerja", "terlambat",
                  "dibayar", "biaya_resmi_tertinggi", "di_atas_biaya_resmi", "dibayar_kepada",
                  "diminta_tambahan", "ditawari_jalan_pintas", "komentar", "dilaporkan")
RESPONSE_COLUMNS = ("tanggal", "layanan", *(c.upper() for c in ELEMENT_CODES), "umur",
                    "jenis_kelamin", "pendidikan", "pekerjaan", "sumber")


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(_plain(value)) for value in row])
    return out.getvalue()


def _plain(value: Any) -> Any:
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return value


def reports_csv(judged: Sequence[Judged]) -> str:
    """One row per report; a comment only once staff approved it."""
    def row(item: Judged) -> list[Any]:
        report = item.report
        comment = report.comment if report.comment_status == CommentStatus.APPROVED else None
        return [report.id, report.service.slug, report.handed_in, report.received,
                item.working_days, item.late, report.paid, item.official_fee,
                item.above_fee, report.paid_to, report.asked_extra, report.offered_shortcut,
                comment, report.reported_on]
    return _csv(REPORT_COLUMNS, (row(item) for item in judged))


def responses_csv(agency_ids: Sequence[int], period: Period) -> str:
    """Every questionnaire of the period, in the columns of the import template."""
    responses = db.session.scalars(
        select(SkmResponse)
        .where(SkmResponse.agency_id.in_(list(agency_ids)),
               SkmResponse.responded_on.between(period.start, period.end))
        .options(selectinload(SkmResponse.service))
        .order_by(SkmResponse.responded_on, SkmResponse.id))
    return _csv(RESPONSE_COLUMNS, ([r.responded_on, r.service.slug,
                                    *(getattr(r, c) for c in ELEMENT_CODES), r.age, r.sex,
                                    r.education, r.occupation, r.source] for r in responses))
