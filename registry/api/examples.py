"""Examples shown in the OpenAPI document (tests validate each against its schema)."""
from __future__ import annotations

from typing import Any


def parameter_error() -> dict[str, Any]:
    return {"error": {"code": "invalid_parameter", "parameter": "per_page",
                      "message": "\"per_page\" harus antara 1 dan 100."}}


def not_found() -> dict[str, Any]:
    return {"error": {"code": "not_found",
                      "message": "Tidak ada layanan \"akta-kelahiran\" di wilayah ini."}}


def due_date() -> dict[str, Any]:
    return {"service": "akta-kelahiran", "region": "kota-contoh", "version": 2,
            "time_zone": "Asia/Jakarta", "submitted": "2026-03-17T10:00:00+07:00",
            "completion_time": {"value": 5, "unit": "working_days"},
            "due": "2026-03-31T16:00:00+07:00", "due_date": "2026-03-31", "with_time": False,
            "text": "Selasa, 31 Maret 2026"}


def holidays() -> dict[str, Any]:
    return {"region": "kota-contoh", "year": 2026, "time_zone": "Asia/Jakarta",
            "works_saturday": False, "agencies_serving_on_cuti_bersama": ["dpmptsp"],
            "items": [
                {"date": "2026-03-20", "name": "Cuti Bersama Hari Raya Idul Fitri",
                 "name_en": "Eid al-Fitr Joint Holiday", "kind": "cuti_bersama",
                 "source": "national", "confirmed": True},
                {"date": "2026-03-21", "name": "Hari Raya Idul Fitri",
                 "name_en": "Eid al-Fitr", "kind": "holiday", "source": "national",
                 "confirmed": True}]}


def holidays_ics() -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//registry.example//registry "
            "holidays//ID\r\nBEGIN:VEVENT\r\nSUMMARY:Hari Raya Idul Fitri\r\n"
            "DTSTART;VALUE=DATE:20260321\r\nDTEND;VALUE=DATE:20260322\r\n"
            "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
