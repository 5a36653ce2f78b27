"""Uploads that cannot hurt: zip bombs refused before opening, rows and cells capped with
clear messages, and a big confirm that costs a fixed number of queries, not one per row."""
from __future__ import annotations

import csv
import io
import time
import zipfile

import pytest
from sqlalchemy import event, func, select

from registry.extensions import db
from registry.models import AuditEntry, FeeLine, ProcedureStep, Service, StandardVersion
from registry.services import transfer
from tests.services.test_transfer import exported

BOMB_MB = 200


def bomb(parts: int = 1) -> bytes:
    """A small zip whose parts unpack to BOMB_MB MiB of zeros in all."""
    out = io.BytesIO()
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for part in range(parts):
            with archive.open(f"xl/worksheets/sheet{part + 1}.xml", "w") as sheet:
                for _ in range(BOMB_MB // parts):
                    sheet.write(chunk)
    return out.getvalue()


def test_a_zip_bomb_is_refused_in_well_under_a_second(region):
    data = bomb()
    assert len(data) < 1024 * 1024  # it fits the upload limit
    started = time.perf_counter()
    preview = transfer.preview_import(data, "bom.xlsx", region=region)
    seconds = time.perf_counter() - started
    assert [str(e) for e in preview.errors] == [
        f"Isi buku kerja ini berukuran {BOMB_MB} MB setelah dibuka, melebihi batas impor 50 MB. "
        "Pecah menjadi beberapa berkas yang lebih kecil."]
    assert seconds < 0.5


def test_a_zip_with_thousands_of_parts_is_refused(region):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for part in range(transfer.MAX_ZIP_MEMBERS + 1):
            archive.writestr(f"x/{part}.xml", "")
    preview = transfer.preview_import(out.getvalue(), "banyak.xlsx", region=region)
    assert "melebihi batas impor 50 MB" in str(preview.errors[0])


def test_a_damaged_zip_is_a_clear_message(region):
    preview = transfer.preview_import(b"PK\x03\x04 not a zip", "rusak.xlsx", region=region)
    assert [str(e) for e in preview.errors] == [
        "Berkas bukan buku kerja XLSX yang sah atau berkas rusak."]


def standards_workbook(rows: int, agency: str = "disdukcapil", prefix: str = "uji") -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheets = {name: book.create_sheet(name) for name in (
        transfer.STANDARDS_SHEET, transfer.FEES_SHEET, transfer.STEPS_SHEET)}
    sheets[transfer.STANDARDS_SHEET].append(
        ["region", "agency", "service_slug", "service_name", "category", "completion_value",
         "completion_unit", "requirements", "product", "complaint_handling"])
    sheets[transfer.FEES_SHEET].append(["region", "service_slug", "kind", "amount"])
    sheets[transfer.STEPS_SHEET].append(["region", "service_slug", "text"])
    for n in range(rows):
        slug = f"{prefix}-{n:05d}"
        sheets[transfer.STANDARDS_SHEET].append(
            ["kota-contoh", agency, slug, f"Layanan Uji {n}", "kependudukan", 3, "hari kerja",
             "KTP-el\nFormulir", f"Surat keterangan {n}", "Loket pengaduan"])
        sheets[transfer.FEES_SHEET].append(["kota-contoh", slug, "fixed", 10_000 + n])
        sheets[transfer.STEPS_SHEET].append(["kota-contoh", slug, "Serahkan berkas"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_more_than_5000_service_rows_are_refused(region):
    preview = transfer.preview_import(standards_workbook(5001), "besar.xlsx", region=region)
    assert [str(e) for e in preview.errors] == [
        "Standar: Terlalu banyak baris: lebih dari 5000. Pecah berkas menjadi beberapa berkas "
        "yang lebih kecil."]


def test_blank_rows_do_not_count_and_are_read_quickly(region):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(standards_workbook(2)))
    book[transfer.STANDARDS_SHEET].cell(row=1_048_576, column=1, value=" ")
    out = io.BytesIO()
    book.save(out)
    started = time.perf_counter()
    preview = transfer.preview_import(out.getvalue(), "kosong.xlsx", region=region)
    assert time.perf_counter() - started < 5
    assert preview.errors == [] and len(preview.created) == 2


def test_a_cell_over_the_excel_limit_is_refused_with_its_row_and_column(region):
    data = standards_workbook(1)
    # openpyxl writes at most 32,767 characters, as Excel does: swell the cell in the XML.
    swollen = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(swollen, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                content = content.replace(b">Layanan Uji 0<", b">" + b"x" * 40_000 + b"<")
            target.writestr(item, content)
    preview = transfer.preview_import(swollen.getvalue(), "sel.xlsx", region=region)
    assert [str(e) for e in preview.errors] == [
        "Standar baris 2, kolom service_name: Sel ini berisi 40000 karakter, paling banyak "
        "32767 yang diizinkan."]


def test_a_csv_cell_of_129_kib_is_a_message_not_a_500(region):
    rows = list(csv.reader(io.StringIO(exported(region, "csv").decode("utf-8-sig"))))
    rows[1][rows[0].index("product")] = "x" * (129 * 1024)
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    preview = transfer.preview_import(out.getvalue().encode(), "sel.csv", region=region)
    assert [str(e) for e in preview.errors] == [
        "CSV baris 2, kolom product: Sel ini berisi 132096 karakter, paling banyak 32767 "
        "yang diizinkan."]


def count_statements(action) -> tuple[object, dict[str, int]]:
    counts = {"select": 0, "insert": 0, "update": 0}

    def count(_conn, _cursor, statement, *_args):
        verb = statement.lstrip().split(None, 1)[0].lower()
        if verb in counts:
            counts[verb] += 1

    engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        return action(), counts
    finally:
        event.remove(engine, "before_cursor_execute", count)


def table_counts() -> dict[type, int]:
    return {model: db.session.scalar(select(func.count()).select_from(model))
            for model in (Service, StandardVersion, FeeLine, ProcedureStep, AuditEntry)}


@pytest.mark.parametrize("rows", [60, 300])
def test_preview_and_confirm_cost_the_same_queries_for_60_or_300_rows(region, rows):
    data = standards_workbook(rows)
    before = table_counts()
    db.session.rollback()
    preview, reading = count_statements(
        lambda: transfer.preview_import(data, "uji.xlsx", region=region))
    assert preview.ok and len(preview.created) == rows
    result, writing = count_statements(lambda: transfer.apply_import(preview, actor="cli"))
    # Bulk writes: one INSERT per table (service, version, requirement, step, fee, author,
    # audit), whatever the number of rows.
    assert writing["insert"] == 7, writing
    assert reading["select"] + writing["select"] <= 12, (reading, writing)
    assert len(result.services) == len(result.drafts) == rows
    db.session.commit()
    after = table_counts()
    assert {model.__name__: after[model] - before[model] for model in after} == {
        "Service": rows, "StandardVersion": rows, "FeeLine": rows, "ProcedureStep": rows,
        "AuditEntry": 3 * rows}
    draft = result.drafts[-1]
    assert (draft.number, draft.status, draft.service.slug) == (1, "draft", f"uji-{rows - 1:05d}")
    assert [f.amount for f in draft.fee_lines] == [10_000 + rows - 1]
    assert [r.text for r in draft.requirements] == ["KTP-el", "Formulir"]
    entry = db.session.scalar(select(AuditEntry).where(
        AuditEntry.action == "draft_imported", AuditEntry.object_id == draft.id))
    assert (entry.actor, entry.object_type, entry.agency_id) == (
        "cli", "standardversion", draft.service.agency_id)
