"""Paper and kiosk questionnaires from CSV and XLSX: row errors, all or nothing, repeats."""
import datetime as dt
import io

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, SkmImportBatch, SkmResponse
from registry.services import skm_import
from registry.services.catalogue import agency_by_slug

TODAY = dt.date(2026, 12, 1)
HEADER = "tanggal,layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9,umur,jenis_kelamin,pendidikan,pekerjaan"
GOOD = [
    "2026-11-02,ktp-el,4,3,3,4,3,4,4,,3,34,P,SMA,Swasta",
    "03/11/2026,kartu-keluarga,3,3,2,4,3,3,3,2,3,,,,",
    "2026-11-04,akta-kelahiran,4,4,4,4,4,4,4,4,4,61,laki-laki,D3,wiraswasta",
]


def csv_bytes(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


def xlsx_bytes(rows: list[list]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "SKM"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def preview(region, data: bytes, name="skm.csv", agency="disdukcapil", source="paper"):
    return skm_import.preview_skm_import(data, name, agency_by_slug(region, agency),
                                         source=source, today=TODAY)


def responses() -> int:
    return db.session.scalar(select(func.count(SkmResponse.id)))


def test_a_clean_csv_is_previewed_then_saved_as_one_batch(region, editor):
    found = preview(region, csv_bytes(*GOOD))
    assert found.ok and found.errors == []
    assert found.per_service == [("akta-kelahiran", 1), ("kartu-keluarga", 1), ("ktp-el", 1)]
    assert (found.first_day, found.last_day) == (dt.date(2026, 11, 2), dt.date(2026, 11, 4))
    second = found.rows[1]
    assert second.responded_on == dt.date(2026, 11, 3)
    assert second.profile == {"age": None, "sex": None, "education": None,
                              "occupation": None}
    third = found.rows[2].profile
    assert third == {"age": 61, "sex": "L", "education": "diploma", "occupation": "wirausaha"}
    before = responses()
    batch = skm_import.apply_skm_import(found, agency_by_slug(region, "disdukcapil"),
                                        user=editor)
    assert responses() == before + 3 and batch.rows == 3 and batch.source == "paper"
    saved = db.session.scalars(select(SkmResponse).where(SkmResponse.batch_id == batch.id)
                               .order_by(SkmResponse.id)).all()
    assert [(r.u1, r.u8, r.sex) for r in saved] == [(4, None, "P"), (3, 2, None), (4, 4, "L")]
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "skm_imported"))
    assert entry.summary == "skm.csv" and '"rows": 3' in entry.after


def test_the_same_answers_again_are_refused_as_another_file_too(region, editor):
    dukcapil = agency_by_slug(region, "disdukcapil")
    skm_import.apply_skm_import(preview(region, csv_bytes(*GOOD)), dukcapil, user=editor)
    again = preview(region, csv_bytes(*GOOD))
    assert not again.ok
    assert str(again.errors[0]).startswith("Kuesioner ini sudah diimpor pada ")
    assert "oleh Editor Disdukcapil <editor.dukcapil@contoh.go.id> (skm.csv, 3 baris); " \
        "mengimpornya lagi akan menghitungnya dua kali." in str(again.errors[0])
    as_xlsx = xlsx_bytes([HEADER.split(","), *[row.split(",") for row in GOOD]])
    assert not preview(region, as_xlsx, "lagi.xlsx").ok
    with pytest.raises(skm_import.ImportRefused):
        skm_import.apply_skm_import(again, dukcapil, user=editor)


def test_a_race_between_two_imports_is_settled_by_the_unique_hash(region, editor):
    dukcapil = agency_by_slug(region, "disdukcapil")
    first, second = preview(region, csv_bytes(*GOOD)), preview(region, csv_bytes(*GOOD))
    skm_import.apply_skm_import(first, dukcapil, user=editor)
    before = responses()
    with pytest.raises(skm_import.ImportRefused) as refused:
        skm_import.apply_skm_import(second, dukcapil, user=editor)
    assert "sudah diimpor" in str(refused.value)
    assert responses() == before


@pytest.mark.parametrize(("row", "column", "message"), [
    ("2026-11-02,ktp-el,5,3,3,4,3,4,4,,3,,,,", "U1",
     "\"5\" bukan jawaban: tulis 1, 2, 3 atau 4, atau kosongkan."),
    ("2026-11-02,ktp-el,4,0,3,4,3,4,4,,3,,,,", "U2",
     "\"0\" bukan jawaban: tulis 1, 2, 3 atau 4, atau kosongkan."),
    ("2026-11-02,ktp-el,4,3,sangat,4,3,4,4,,3,,,,", "U3",
     "\"sangat\" bukan jawaban: tulis 1, 2, 3 atau 4, atau kosongkan."),
    ("2026-11-02,pbg,4,3,3,4,3,4,4,,3,,,,", "layanan",
     "Layanan \"pbg\" tidak dikenal di disdukcapil."),
    ("2026-11-02,izin-terbang,4,3,3,4,3,4,4,,3,,,,", "layanan",
     "Layanan \"izin-terbang\" tidak dikenal di disdukcapil."),
    ("2026-12-24,ktp-el,4,3,3,4,3,4,4,,3,,,,", "tanggal",
     "Tanggal 2026-12-24 ada di masa depan."),
    ("kemarin,ktp-el,4,3,3,4,3,4,4,,3,,,,", "tanggal",
     "\"kemarin\" bukan tanggal; tulis dengan format TTTT-BB-HH."),
    ("2026-11-02,ktp-el,,,,,,,,,,40,P,,", "U1",
     "Baris ini tidak menjawab satu pun dari sembilan unsur."),
    ("2026-11-02,ktp-el,4,3,3,4,3,4,4,,3,7,,,", "umur",
     "Tulis umur dalam tahun, dari 10 sampai 120."),
    ("2026-11-02,ktp-el,4,3,3,4,3,4,4,,3,,X,,", "jenis_kelamin",
     "Nilai \"X\" tidak dikenal; yang diizinkan: L, P."),
])
def test_row_errors_name_row_and_column_and_nothing_is_saved(region, editor, row, column,
                                                             message):
    found = preview(region, csv_bytes(GOOD[0], row))
    assert not found.ok
    [error] = found.errors
    assert (error.row, error.column, error.message) == (3, column, message)
    with pytest.raises(skm_import.ImportRefused):
        skm_import.apply_skm_import(found, agency_by_slug(region, "disdukcapil"), user=editor)


def test_file_level_problems(region):
    assert str(preview(region, b"").errors[0]) == "Berkas kosong."
    assert "Jenis berkas .pdf tidak didukung" in str(preview(region, b"%PDF", "a.pdf").errors[0])
    broken = preview(region, b"PK\x03\x04 not really", "a.xlsx")
    assert str(broken.errors[0]) == "Berkas bukan buku kerja XLSX yang sah atau berkas rusak."
    missing = preview(region, csv_bytes(header="tanggal,layanan,U1,U2"))
    assert [e.column for e in missing.errors] == ["U3", "U4", "U5", "U6", "U7", "U8", "U9"]
    assert preview(region, csv_bytes(*GOOD), source="telepon").errors[0].message == \
        "Pilih kertas atau kios sebagai sumber."


def test_xlsx_with_dates_numbers_and_blank_rows(region, editor):
    data = xlsx_bytes([
        ["Tanggal", "Layanan", *[f"U{i}" for i in range(1, 10)], "Umur", "Jenis Kelamin"],
        [dt.datetime(2026, 11, 2), "ktp-el", 4, 3, 3, 4, 3, 4, 4, None, 3.0, 34, "P"],
        [None] * 13,
        [dt.date(2026, 11, 5), "KIA", 3, 3, 3, 3, 3, 3, 3, 3, 3, None, None],
    ])
    found = preview(region, data, "kios.xlsx", source="kiosk")
    assert found.ok, found.errors
    assert [(r.number, r.slug, r.answers[8]) for r in found.rows] == [(2, "ktp-el", 3),
                                                                       (4, "kia", 3)]
    batch = skm_import.apply_skm_import(found, agency_by_slug(region, "disdukcapil"),
                                        user=editor)
    assert db.session.get(SkmImportBatch, batch.id).source == "kiosk"


def test_files_beyond_the_import_limits_are_refused_before_reading_on(region):
    import zipfile

    too_many = preview(region, csv_bytes(*["2026-11-02,ktp-el,4,4,4,4,4,4,4,4,4,,,,"] * 5001))
    assert [str(e) for e in too_many.errors] == [
        "Terlalu banyak baris: lebih dari 5000. Pecah berkas menjadi beberapa berkas yang "
        "lebih kecil."]
    long_cell = preview(region, csv_bytes("2026-11-02,ktp-el,4,4,4,4,4,4,4,4,4,,,," + "x" * 40000))
    assert str(long_cell.errors[0]) == \
        "CSV baris 2, kolom -: Sel memuat lebih dari 32767 karakter."
    assert not long_cell.rows
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    refused = preview(region, bomb.getvalue(), "bom.xlsx")
    assert str(refused.errors[0]).startswith("Isi buku kerja ini berukuran 60 MB setelah dibuka")
    assert refused.rows == []
