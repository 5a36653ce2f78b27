"""Import and export of standards: round trips, drafts from changes, and every bad input."""
import csv
import datetime as dt
import io
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, Service, StandardVersion, VersionStatus
from registry.services import transfer
from registry.services.catalogue import service_by_slug
from registry.services.schedule import region_today
from registry.services.standards import current_version


def exported(region, fmt="xlsx") -> bytes:
    out = io.BytesIO()
    writer = transfer.write_xlsx if fmt == "xlsx" else transfer.write_csv
    writer(transfer.standards_to_export(region), out)
    return out.getvalue()


def edit(data: bytes, sheet: str, slug: str, column: str, value, nth: int = 0):
    """Set one cell of the nth row of `slug` on `sheet`; return the file and the row number."""
    workbook = load_workbook(io.BytesIO(data))
    rows = workbook[sheet]
    header = [cell.value for cell in rows[1]]
    found = [row for row in rows.iter_rows(min_row=2)
             if row[header.index("service_slug")].value == slug][nth]
    cell = found[header.index(column)]
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # typed as text, as Excel stores a cell starting with '
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue(), found[0].row


def errors_of(preview):
    return [(e.sheet, e.row, e.column, e.message) for e in preview.errors]


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_then_import_changes_nothing(region, fmt):
    data = exported(region, fmt)
    preview = transfer.preview_import(data, f"kota-contoh.{fmt}")
    assert preview.errors == []
    assert (len(preview.created), len(preview.changed), preview.unchanged) == (0, 0, 36)
    versions = count(StandardVersion)
    result = transfer.apply_import(preview, actor="cli")
    assert (result.services, result.drafts) == ([], [])
    assert count(StandardVersion) == versions


def test_csv_with_semicolons_as_excel_in_indonesia_saves_it(region):
    rows = list(csv.reader(io.StringIO(exported(region, "csv").decode("utf-8-sig"))))
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows(rows)
    preview = transfer.preview_import(text.getvalue().encode("utf-8"), "daftar.csv")
    assert preview.errors == []
    assert preview.unchanged == 36


def test_export_has_the_version_in_force_and_its_fee_lines(region):
    workbook = load_workbook(io.BytesIO(exported(region)))
    assert workbook.sheetnames == ["Standar", "Biaya", "Prosedur", "Petunjuk"]
    standards = workbook["Standar"]
    header = [c.value for c in standards[1]]
    assert tuple(header) == transfer.STANDARD_COLUMNS
    pbg = next(dict(zip(header, (c.value for c in row), strict=True))
               for row in standards.iter_rows(min_row=2)
               if row[header.index("service_slug")].value == "pbg")
    assert (pbg["region"], pbg["agency"], pbg["category"]) == ("kota-contoh", "dpmptsp", "usaha")
    assert (pbg["completion_value"], pbg["completion_unit"]) == (28, "calendar_days")
    assert pbg["requirements"].split("\n")[0] == "Fotokopi KTP-el pemohon/pemilik bangunan"
    fees = [[c.value for c in row] for row in workbook["Biaya"].iter_rows(min_row=2)
            if row[1].value == "surat-keterangan-sehat"]
    assert fees[0][:5] == ["kota-contoh", "surat-keterangan-sehat", "fixed", 25000, None]


def test_csv_export_encodes_fees_one_line_each_and_opens_in_excel(region):
    data = exported(region, "csv")
    assert data.startswith("\ufeff".encode())
    rows = {row["service_slug"]: row
            for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))}
    assert rows["surat-keterangan-sehat"]["fees"].split("\n")[0] == (
        "fixed | 25000 |  |  | Umum (contoh) | Perda Kota Contoh No. 1 Tahun 2024 tentang Pajak "
        "Daerah dan Retribusi Daerah (contoh) |  | General (example) |  |  |  |  |  | "
        "Karcis retribusi | qris : QRIS tercetak pada dokumen tagihan ; cashier : Kasir "
        "puskesmas, dengan karcis retribusi")


def test_one_changed_fee_makes_exactly_one_draft_with_that_fee(region):
    data, row = edit(exported(region), "Biaya", "surat-keterangan-sehat", "amount", 30000)
    preview = transfer.preview_import(data, "ubah.xlsx")
    assert preview.errors == [] and preview.created == [] and preview.unchanged == 35
    [plan] = preview.changed
    assert plan.slug == "surat-keterangan-sehat"
    assert [change.column for change in plan.changes] == ["fees"]
    assert "25000" in plan.changes[0].old and "30000" in plan.changes[0].new

    service = service_by_slug(region, "surat-keterangan-sehat")
    in_force = current_version(service, region_today(region))
    versions = count(StandardVersion)
    result = transfer.apply_import(preview, actor="cli")
    assert count(StandardVersion) == versions + 1
    [draft] = result.drafts
    assert draft.status == VersionStatus.DRAFT and draft.effective_from is None
    assert draft.number == max(v.number for v in service.versions)
    assert [line.amount for line in draft.fee_lines] == \
        [30000] + [line.amount for line in in_force.fee_lines[1:]]
    assert [r.text for r in draft.requirements] == [r.text for r in in_force.requirements]
    assert current_version(service, region_today(region)) is in_force  # nothing published
    assert in_force.fee_lines[0].amount == 25000
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "draft_imported",
                                                       AuditEntry.object_id == draft.id))
    assert (entry.actor, entry.object_id, entry.agency_id) == ("cli", draft.id, service.agency_id)
    assert entry.summary == "Diimpor dari ubah.xlsx"
    # Like a draft_saved entry: the whole standard and the revisions, for the conflict page.
    before, after = json.loads(entry.before), json.loads(entry.after)
    assert (before["revision"], after["revision"]) == (1, 2)
    assert (before["fee_lines"][0]["amount"], after["fee_lines"][0]["amount"]) == (25000, 30000)
    assert [a.actor for a in draft.authors] == ["cli"]


def test_a_new_slug_in_a_known_agency_creates_the_service_and_its_first_draft(region):
    workbook = load_workbook(io.BytesIO(exported(region)))
    standards = workbook["Standar"]
    header = [c.value for c in standards[1]]
    new = {"region": "kota-contoh", "agency": "dinsos", "service_slug": "bantuan-sembako",
           "service_name": "Bantuan Sembako <b>darurat</b>", "category": "kependudukan",
           "completion_value": 3, "completion_unit": "hari kerja",
           "requirements": "Fotokopi KTP-el\nSurat keterangan RT/RW",
           "product": "Paket sembako",
           "legal_basis": "Perwal Kota Contoh No. 5 Tahun 2025 (contoh)"}
    standards.append([new.get(column) for column in header])
    workbook["Biaya"].append(["kota-contoh", "bantuan-sembako", "free"])
    workbook["Prosedur"].append(["kota-contoh", "bantuan-sembako", "Mengisi formulir", "Pemohon",
                                 10, "menit"])
    out = io.BytesIO()
    workbook.save(out)

    preview = transfer.preview_import(out.getvalue(), "baru.xlsx")
    assert preview.errors == [] and preview.unchanged == 36
    [plan] = preview.created
    assert (plan.slug, plan.agency.slug, plan.service) == ("bantuan-sembako", "dinsos", None)
    result = transfer.apply_import(preview, actor="cli")
    [service], [draft] = result.services, result.drafts
    assert service.name == "Bantuan Sembako <b>darurat</b>"  # plain text, kept as written
    assert len(service.code) == 6 and service.agency.slug == "dinsos"
    assert (draft.number, draft.status) == (1, VersionStatus.DRAFT)
    assert (draft.completion_value, draft.completion_unit) == (3, "working_days")
    assert [r.text for r in draft.requirements] == ["Fotokopi KTP-el", "Surat keterangan RT/RW"]
    assert [(s.text, s.actor, s.duration_value, s.duration_unit) for s in draft.steps] == \
        [("Mengisi formulir", "Pemohon", 10, "minutes")]
    assert [line.kind for line in draft.fee_lines] == ["free"]
    actions = db.session.scalars(select(AuditEntry.action).where(AuditEntry.actor == "cli")
                                 .where(AuditEntry.action != "user_created")
                                 .order_by(AuditEntry.id)).all()
    assert actions == ["service_imported", "draft_created", "draft_imported"]


def test_html_and_formulas_in_cells_stay_plain_text_both_ways(region):
    script = "<script>alert('pungli')</script>"
    data, _ = edit(exported(region), "Standar", "ktp-el", "product", script)
    data, _ = edit(data, "Standar", "ktp-el", "facilities", "=HYPERLINK(\"http://x\")")
    preview = transfer.preview_import(data, "x.xlsx")
    [draft] = transfer.apply_import(preview).drafts
    assert draft.product == script
    assert draft.facilities == "=HYPERLINK(\"http://x\")"

    service = service_by_slug(region, "ktp-el")
    transfer.write_xlsx([(service, draft)], out := io.BytesIO())
    cell = load_workbook(io.BytesIO(out.getvalue()))["Standar"].cell(
        2, transfer.STANDARD_COLUMNS.index("facilities") + 1)
    assert (cell.value, cell.data_type) == ("=HYPERLINK(\"http://x\")", "s")
    transfer.write_csv([(service, draft)], out := io.BytesIO())
    [row] = csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig")))
    assert row["facilities"] == "'=HYPERLINK(\"http://x\")"


def test_apply_refuses_a_preview_with_errors_and_writes_nothing(region):
    data, _ = edit(exported(region), "Standar", "pbg", "completion_value", 0)
    data, _ = edit(data, "Biaya", "surat-keterangan-sehat", "amount", 30000)
    preview = transfer.preview_import(data, "x.xlsx")
    assert len(preview.errors) == 1
    versions = count(StandardVersion)
    with pytest.raises(transfer.ImportRefused, match="tidak ada yang diimpor"):
        transfer.apply_import(preview)
    assert count(StandardVersion) == versions


@pytest.mark.parametrize("sheet, column, value, message", [
    ("Biaya", "amount", -5000,
     "Nominal (Rp) harus rupiah utuh dari 0 sampai Rp1.000.000.000.000."),
    ("Biaya", "amount", 10 ** 20,
     "Nominal (Rp) harus rupiah utuh dari 0 sampai Rp1.000.000.000.000."),
    ("Biaya", "amount", "Rp2.000.000.000", "Nominal (Rp): Rp2.000.000.000 melebihi "
     "Rp1.000.000.000. Periksa kembali, lalu konfirmasi nominal besar."),
    ("Biaya", "amount", "sepuluh ribu", "\"sepuluh ribu\" bukan bilangan bulat."),
    ("Biaya", "kind", "gratis?",
     "Nilai \"gratis?\" tidak dikenal; yang diizinkan: free, fixed, range, per_unit, formula."),
    ("Standar", "completion_value", 0,
     "Waktu penyelesaian harus bilangan bulat dari 1 sampai 8.784 (satu tahun)."),
    ("Standar", "completion_value", -3,
     "Waktu penyelesaian harus bilangan bulat dari 1 sampai 8.784 (satu tahun)."),
    ("Standar", "completion_value", 9_999_999,
     "Waktu penyelesaian harus bilangan bulat dari 1 sampai 8.784 (satu tahun)."),
    ("Standar", "online_url", "javascript:alert(1)",
     "Layanan daring: isi alamat web lengkap yang diawali https:// atau http://."),
    ("Standar", "product", "Surat\x9bsehat", "Produk yang diterima warga berisi karakter "
     "kendali (misalnya NUL atau tab vertikal); hapus karakter itu."),
    ("Biaya", "label", "Umum \u202e000.01Rp", "Ketentuan berisi karakter arah teks yang tidak "
     "terlihat; hapus karakter itu."),
    ("Standar", "completion_unit", "minggu",
     "Nilai \"minggu\" tidak dikenal; yang diizinkan: minutes, hours, working_days, "
     "calendar_days, menit, jam, hari kerja, hari, hari kalender."),
    ("Standar", "category", "olahraga",
     "Nilai \"olahraga\" tidak dikenal; yang diizinkan: kelahiran, kematian, perkawinan, "
     "kependudukan, pindah, usaha, pendidikan, pajak, kesehatan."),
    ("Standar", "service_name", "x" * 10_000,
     "Nama terlalu panjang: 10000 karakter, paling banyak 200."),
    ("Standar", "requirements", "KTP-el\n" + "y" * 10_000 + "\nPas foto",
     "Persyaratan terlalu panjang: 10000 karakter, paling banyak 2000."),
    ("Standar", "agency", "dinas-rahasia",
     "Perangkat daerah \"dinas-rahasia\" tidak dikenal di daerah kota-contoh."),
    ("Standar", "verified_on", "kemarin",
     "\"kemarin\" bukan tanggal; tulis dengan format TTTT-BB-HH."),
])
def test_bad_cells_are_row_errors_in_indonesian(region, sheet, column, value, message):
    data, row = edit(exported(region), sheet, "surat-keterangan-sehat", column, value)
    preview = transfer.preview_import(data, "x.xlsx")
    assert errors_of(preview) == [(sheet, row, column, message)]
    assert not preview.ok


def test_a_bad_service_key_is_named_and_its_fees_are_not_orphaned_silently(region):
    data, row = edit(exported(region), "Standar", "surat-keterangan-sehat", "service_slug",
                     "Surat Sehat!")
    errors = errors_of(transfer.preview_import(data, "x.xlsx"))
    assert errors[0] == ("Standar", row, "service_slug", "\"Surat Sehat!\" bukan kode yang sah: "
                         "gunakan huruf kecil, angka dan tanda hubung.")
    assert errors[1][0::2] == ("Biaya", "service_slug")
    assert errors[1][3] == "Layanan \"surat-keterangan-sehat\" tidak ada di lembar Standar."


def test_large_amounts_pass_when_confirmed(region):
    data, _ = edit(exported(region), "Biaya", "surat-keterangan-sehat", "amount", 2_000_000_000)
    preview = transfer.preview_import(data, "x.xlsx", confirm_large_amounts=True)
    assert preview.errors == []
    [draft] = transfer.apply_import(preview).drafts
    assert draft.fee_lines[0].amount == 2_000_000_000


def test_error_text_names_sheet_row_and_column(region):
    data, row = edit(exported(region), "Standar", "pbg", "completion_value", 0)
    [error] = transfer.preview_import(data, "x.xlsx").errors
    assert str(error) == f"Standar baris {row}, kolom completion_value: " \
        "Waktu penyelesaian harus bilangan bulat dari 1 sampai 366 (satu tahun)."


def test_csv_fee_errors_point_at_the_row_and_the_fees_cell(region):
    rows = list(csv.DictReader(io.StringIO(exported(region, "csv").decode("utf-8-sig"))))
    target = next(i for i, row in enumerate(rows) if row["service_slug"] == "pbg")
    rows[target]["fees"] = "fixed | -1"
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    preview = transfer.preview_import(text.getvalue().encode(), "x.csv")
    assert errors_of(preview) == [
        ("CSV", target + 2, "fees: amount",
         "Nominal (Rp) harus rupiah utuh dari 0 sampai Rp1.000.000.000.000.")]


def test_a_missing_required_column_is_named(region):
    workbook = load_workbook(io.BytesIO(exported(region)))
    workbook["Standar"].delete_cols(transfer.STANDARD_COLUMNS.index("completion_unit") + 1)
    out = io.BytesIO()
    workbook.save(out)
    preview = transfer.preview_import(out.getvalue(), "x.xlsx")
    assert errors_of(preview) == [
        ("Standar", 1, "completion_unit", "Kolom wajib \"completion_unit\" tidak ada.")]


def test_a_missing_sheet_is_named(region):
    workbook = load_workbook(io.BytesIO(exported(region)))
    del workbook["Biaya"]
    out = io.BytesIO()
    workbook.save(out)
    assert errors_of(transfer.preview_import(out.getvalue(), "x.xlsx")) == [
        ("Biaya", 0, "", "Buku kerja tidak memiliki lembar bernama \"Biaya\".")]


@pytest.mark.parametrize("name, data, message", [
    ("daftar.xlsx", b"Ini hanya teks biasa, bukan buku kerja.\n",
     "Berkas bukan buku kerja XLSX yang sah atau berkas rusak."),
    ("daftar.xlsx", None, "Berkas bukan buku kerja XLSX yang sah atau berkas rusak."),
    ("daftar.xlsx", b"", "Berkas kosong."),
    ("daftar.csv", b"", "Berkas kosong."),
    ("daftar.csv", b"\x00\x01\x02PK\x03\x04", "Berkas bukan berkas teks CSV yang dapat dibaca."),
    ("daftar.txt", b"region,agency\n",
     "Jenis berkas .txt tidak didukung: unggah berkas .xlsx atau .csv."),
    ("daftar.pdf", b"%PDF-1.4", "Jenis berkas .pdf tidak didukung: unggah berkas .xlsx atau .csv."),
])
def test_wrong_empty_or_corrupted_files_are_refused_clearly(region, name, data, message):
    if data is None:  # a real workbook, cut in half
        data = exported(region)[:5000]
    preview = transfer.preview_import(data, name)
    assert [e.message for e in preview.errors] == [message]
    assert str(preview.errors[0]) == message


def test_the_blank_template_has_headers_only_and_imports_as_nothing(ctx):
    transfer.write_template(out := io.BytesIO())
    workbook = load_workbook(io.BytesIO(out.getvalue()))
    assert workbook["Standar"].max_row == 1 and workbook["Biaya"].max_row == 1
    guide = [[c.value for c in row] for row in workbook["Petunjuk"].iter_rows()]
    assert guide[0] == ["Lembar", "Kolom", "Arti dan nilai yang diizinkan"]
    assert ["Biaya", "kind", "Salah satu dari: free, fixed, range, per_unit, formula."] in guide
    preview = transfer.preview_import(out.getvalue(), "templat.xlsx")
    assert errors_of(preview) == [("Standar", 0, "", "Berkas tidak berisi baris layanan.")]


def test_region_and_agency_scope_limit_what_a_file_may_touch(region):
    data, row = edit(exported(region), "Standar", "pbg", "completion_value", 30)
    disdukcapil = next(a for a in region.agencies if a.slug == "disdukcapil")
    preview = transfer.preview_import(data, "x.xlsx", region=region, agency=disdukcapil)
    pbg = [e for e in preview.errors if e.row == row]
    assert [(e.column, e.message) for e in pbg] == [
        ("agency", "Anda hanya dapat mengimpor layanan disdukcapil.")]
    assert count(Service) == 36


def test_an_agency_file_cannot_take_over_another_agencys_service(region):
    data, row = edit(exported(region), "Standar", "pbg", "agency", "disdukcapil")
    disdukcapil = next(a for a in region.agencies if a.slug == "disdukcapil")
    preview = transfer.preview_import(data, "x.xlsx", region=region, agency=disdukcapil)
    assert [(e.column, e.message) for e in preview.errors if e.row == row] == [
        ("service_slug", "Layanan \"pbg\" milik dpmptsp.")]


def test_service_fields_change_directly_and_effective_from_is_not_imported(region):
    data, _ = edit(exported(region), "Standar", "pbg", "service_name", "PBG (Persetujuan Bangunan)")
    data, _ = edit(data, "Standar", "ktp-el", "effective_from", "2030-01-01")
    preview = transfer.preview_import(data, "x.xlsx")
    assert preview.errors == [] and preview.unchanged == 35
    [plan] = preview.changed
    assert [(c.column, c.old, c.new) for c in plan.changes] == [
        ("service_name", "Persetujuan Bangunan Gedung (PBG)", "PBG (Persetujuan Bangunan)")]
    result = transfer.apply_import(preview, actor="cli")
    assert result.drafts == []  # the standard itself did not change
    assert service_by_slug(region, "pbg").name == "PBG (Persetujuan Bangunan)"
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "service_imported",
                                                       AuditEntry.actor == "cli"))
    assert json.loads(entry.before) == {"service_name": "Persetujuan Bangunan Gedung (PBG)"}


def csv_with(region, slug: str, **cells) -> bytes:
    """The exported CSV with cells of one service's row replaced."""
    rows = list(csv.DictReader(io.StringIO(exported(region, "csv").decode("utf-8-sig"))))
    header = list(rows[0])
    for row in rows:
        if row["service_slug"] == slug:
            row.update(cells)
    out = io.StringIO()
    writer = csv.DictWriter(out, header)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def test_the_export_carries_the_short_code_and_the_change_summary(region):
    [row] = [r for r in csv.DictReader(io.StringIO(exported(region, "csv").decode("utf-8-sig")))
             if r["service_slug"] == "ktp-el"]
    assert (row["code"], row["change_summary"], row["change_summary_en"]) == (
        "3WHJVK", "Waktu penyelesaian dipersingkat dari 1 hari kerja menjadi 60 menit.",
        "Completion time shortened from 1 working day to 60 minutes.")


def test_a_new_service_keeps_the_short_code_of_the_file(region):
    data = csv_with(region, "ktp-el", service_slug="ktp-el-baru", code="abc234")
    preview = transfer.preview_import(data, "baru.csv")
    assert preview.errors == [] and [p.code for p in preview.created] == ["ABC234"]
    [service] = transfer.apply_import(preview, actor="cli").services
    assert service.code == "ABC234"


@pytest.mark.parametrize(("slug", "cells", "message"), [
    ("ktp-el", {"code": "ABC234"},
     "Layanan \"ktp-el\" memiliki kode singkat 3WHJVK; kode singkat tidak dapat diubah."),
    ("ktp-el", {"service_slug": "ktp-el-baru", "code": "3WHJVK"},
     "Kode singkat 3WHJVK sudah dipakai oleh layanan \"ktp-el\"."),
    ("ktp-el", {"code": "ABC10"},
     "\"ABC10\" bukan kode singkat: 6 karakter dari 23456789ABCDEFGHJKMNPQRSTUVWXYZ."),
])
def test_a_short_code_stays_with_its_service(region, slug, cells, message):
    preview = transfer.preview_import(csv_with(region, slug, **cells), "kode.csv")
    [(sheet, _row, column, found)] = errors_of(preview)
    assert (sheet, column, found) == ("CSV", "code", message)


def test_a_change_summary_goes_on_the_draft_but_an_old_one_is_not_copied(region):
    data = csv_with(region, "ktp-el", completion_value="45",
                    change_summary="Waktu penyelesaian menjadi 45 menit.")
    data = csv_with_rows(data, "kia", completion_value="2")
    preview = transfer.preview_import(data, "ringkasan.csv")
    assert preview.errors == [] and [p.slug for p in preview.changed] == ["kia", "ktp-el"]
    drafts = {d.service.slug: d for d in transfer.apply_import(preview, actor="cli").drafts}
    assert (drafts["ktp-el"].change_summary, drafts["ktp-el"].change_summary_en) == (
        "Waktu penyelesaian menjadi 45 menit.", None)  # the English one was the old one
    assert drafts["kia"].change_summary == ""


def test_only_a_different_change_summary_changes_nothing(region):
    preview = transfer.preview_import(
        csv_with(region, "ktp-el", change_summary="Sesuatu yang lain."), "x.csv")
    assert preview.errors == [] and preview.changed == [] and preview.unchanged == 36


def csv_with_rows(data: bytes, slug: str, **cells) -> bytes:
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    for row in rows:
        if row["service_slug"] == slug:
            row.update(cells)
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


# --- The registration window (issue 13 item 5) as columns of the template.


def test_the_export_carries_spmb_registration_window(region):
    rows = {r["service_slug"]: r for r in csv.DictReader(
        io.StringIO(exported(region, "csv").decode("utf-8-sig")))}
    assert [(rows["spmb"][c], rows["ktp-el"][c]) for c in
            ("registration_opens", "registration_closes", "registration_yearly")] == [
        ("2026-06-08", ""), ("2026-06-19", ""), ("ya", "")]


def test_a_window_is_imported_as_a_service_field_and_audited(region):
    data = csv_with(region, "izin-reklame", registration_opens="02-01-2027",
                    registration_closes="2027-01-31", registration_yearly="")
    preview = transfer.preview_import(data, "x.csv")
    assert preview.errors == [] and preview.unchanged == 35
    [plan] = preview.changed
    assert [(c.column, c.old, c.new) for c in plan.changes] == [
        ("registration_opens", "", "2027-01-02"), ("registration_closes", "", "2027-01-31")]
    result = transfer.apply_import(preview, actor="cli")
    assert result.drafts == []  # the window is not part of a versioned standard
    service = service_by_slug(region, "izin-reklame")
    assert (service.registration_opens, service.registration_closes,
            service.registration_yearly) == (dt.date(2027, 1, 2), dt.date(2027, 1, 31), False)
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "service_imported",
                                                       AuditEntry.actor == "cli"))
    assert json.loads(entry.after) == {"registration_opens": "2027-01-02",
                                       "registration_closes": "2027-01-31"}


@pytest.mark.parametrize("cells, column, message", [
    ({"registration_opens": "2027-06-19", "registration_closes": "2027-06-08"},
     "registration_closes", "Pendaftaran ditutup jatuh sebelum tanggal pembukaan."),
    ({"registration_opens": "2027-01-01", "registration_closes": "2028-01-01",
      "registration_yearly": "ya"},
     "registration_closes", "Masa pendaftaran yang berulang setiap tahun harus kurang dari "
                            "setahun."),
    ({"registration_opens": "", "registration_closes": "2027-06-08"},
     "registration_opens", "Pendaftaran dibuka wajib diisi bila tanggal lain dari masa "
                           "pendaftaran diisi."),
    ({"registration_opens": "8 Juni"}, "registration_opens",
     "\"8 Juni\" bukan tanggal; tulis dengan format TTTT-BB-HH."),
])
def test_a_bad_window_is_refused_with_the_rules_message(region, cells, column, message):
    preview = transfer.preview_import(csv_with(region, "spmb", **cells), "x.csv")
    assert [(e.column, e.message) for e in preview.errors] == [(column, message)]
    with pytest.raises(transfer.ImportRefused):
        transfer.apply_import(preview, actor="cli")
    assert service_by_slug(region, "spmb").registration_opens == dt.date(2026, 6, 8)


def test_clearing_the_window_in_the_file_removes_it_and_a_file_without_the_columns_keeps_it(
        region):
    kept = exported(region, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(kept)))
    header = [c for c in rows[0] if not c.startswith("registration_")]
    out = io.StringIO()
    writer = csv.DictWriter(out, header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    preview = transfer.preview_import(out.getvalue().encode(), "x.csv")
    assert preview.errors == [] and preview.changed == [] and preview.unchanged == 36

    cleared = csv_with(region, "spmb", registration_opens="", registration_closes="",
                       registration_yearly="")
    preview = transfer.preview_import(cleared, "x.csv")
    [plan] = preview.changed
    assert [(c.column, c.old, c.new) for c in plan.changes] == [
        ("registration_opens", "2026-06-08", ""), ("registration_closes", "2026-06-19", ""),
        ("registration_yearly", "ya", "")]
    transfer.apply_import(preview, actor="cli")
    spmb = service_by_slug(region, "spmb")
    assert (spmb.registration_opens, spmb.registration_closes, spmb.registration_yearly) == (
        None, None, False)
