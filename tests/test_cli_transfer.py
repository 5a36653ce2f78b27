"""flask import / export / backup / restore, as an operator runs them."""
import sqlite3

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import AuditEntry, FeeLine, Service, StandardVersion, VersionStatus
from tests.conftest import SERVER_URL
from tests.services.test_transfer import edit

sqlite_only = pytest.mark.skipif(bool(SERVER_URL), reason="SQLite online backup API; "
                                 "PostgreSQL is backed up with pg_dump")


def counts(app):
    with app.app_context():
        return {model.__name__: db.session.scalar(select(func.count()).select_from(model))
                for model in (Service, StandardVersion, FeeLine, AuditEntry)}


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_export_then_import_reports_nothing_to_do(app, runner, tmp_path, suffix):
    out = tmp_path / f"kota-contoh.{suffix}"
    exported = runner.invoke(args=["export", str(out), "--region", "kota-contoh"])
    assert exported.exit_code == 0, exported.output
    assert exported.output.splitlines()[-1] == f"36 standar pelayanan disimpan ke {out}."
    before = counts(app)
    imported = runner.invoke(args=["import", str(out)])
    assert imported.exit_code == 0, imported.output
    assert imported.output.splitlines() == [
        "0 layanan baru, 0 berubah, 36 tidak berubah, 0 kesalahan.",
        "Diimpor: 0 layanan baru, 0 draf.",
    ]
    assert counts(app) == before


def test_export_of_one_agency_only(runner, tmp_path):
    out = tmp_path / "dinkes.xlsx"
    result = runner.invoke(args=["export", str(out), "--agency", "dinkes"])
    assert result.exit_code == 0, result.output
    agencies = {row[1] for row in load_workbook(out)["Standar"].iter_rows(min_row=2,
                                                                         values_only=True)}
    assert agencies == {"dinkes"}


def test_import_writes_one_draft_and_dry_run_writes_nothing(app, runner, tmp_path):
    out = tmp_path / "kota-contoh.xlsx"
    runner.invoke(args=["export", str(out)])
    data, _ = edit(out.read_bytes(), "Biaya", "surat-keterangan-sehat", "amount", 30000)
    changed = tmp_path / "ubah.xlsx"
    changed.write_bytes(data)
    before = counts(app)

    dry = runner.invoke(args=["import", str(changed), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.output.splitlines()[:2] == [
        "0 layanan baru, 1 berubah, 35 tidak berubah, 0 kesalahan.",
        "Berubah: surat-keterangan-sehat",
    ]
    assert dry.output.splitlines()[-1] == "Uji coba: tidak ada yang disimpan."
    assert counts(app) == before

    real = runner.invoke(args=["import", str(changed)])
    assert real.exit_code == 0, real.output
    assert real.output.splitlines()[-1] == "Diimpor: 0 layanan baru, 1 draf."
    after = counts(app)
    assert after["StandardVersion"] == before["StandardVersion"] + 1
    # Through the workflow: a draft is created, then the file's values saved into it.
    assert after["AuditEntry"] == before["AuditEntry"] + 2
    with app.app_context():
        draft = db.session.scalar(select(StandardVersion).order_by(StandardVersion.id.desc()))
        assert (draft.service.slug, draft.status) == ("surat-keterangan-sehat",
                                                      VersionStatus.DRAFT)
        assert draft.fee_lines[0].amount == 30000
        assert [(a.user_id, a.actor) for a in draft.authors] == [(None, "cli")]
        assert db.session.execute(select(AuditEntry.action, AuditEntry.actor).order_by(
            AuditEntry.id.desc()).limit(2)).all() == [("draft_imported", "cli"),
                                                      ("draft_created", "cli")]


def test_import_with_any_error_saves_nothing_and_exits_1(app, runner, tmp_path):
    out = tmp_path / "kota-contoh.xlsx"
    runner.invoke(args=["export", str(out)])
    data, _ = edit(out.read_bytes(), "Biaya", "surat-keterangan-sehat", "amount", 30000)
    data, row = edit(data, "Standar", "pbg", "completion_value", 0)
    bad = tmp_path / "salah.xlsx"
    bad.write_bytes(data)
    before = counts(app)
    result = runner.invoke(args=["import", str(bad)])
    assert result.exit_code == 1
    assert f"Standar baris {row}, kolom completion_value: Waktu penyelesaian harus bilangan " \
        "bulat dari 1 sampai 366 (satu tahun)." in result.output.splitlines()
    assert "Tidak ada yang diimpor." in result.output
    assert counts(app) == before


def test_large_amounts_need_the_confirmation_flag(app, runner, tmp_path):
    out = tmp_path / "kota-contoh.xlsx"
    runner.invoke(args=["export", str(out)])
    data, row = edit(out.read_bytes(), "Biaya", "surat-keterangan-sehat", "amount",
                     1_500_000_000)
    big = tmp_path / "besar.xlsx"
    big.write_bytes(data)
    refused = runner.invoke(args=["import", str(big)])
    assert refused.exit_code == 1
    assert f"Biaya baris {row}, kolom amount: Nominal (Rp): Rp1.500.000.000 melebihi " \
        "Rp1.000.000.000. Periksa kembali, lalu konfirmasi nominal besar." in \
        refused.output.splitlines()
    accepted = runner.invoke(args=["import", str(big), "--confirm-large-amounts"])
    assert accepted.exit_code == 0, accepted.output


def test_a_text_file_named_xlsx_is_refused(runner, tmp_path):
    fake = tmp_path / "daftar.xlsx"
    fake.write_text("bukan buku kerja")
    result = runner.invoke(args=["import", str(fake)])
    assert result.exit_code == 1
    assert "Berkas bukan buku kerja XLSX yang sah atau berkas rusak." in result.output


def test_export_template_is_a_blank_workbook(runner, tmp_path):
    out = tmp_path / "templat.xlsx"
    result = runner.invoke(args=["export", "--template", str(out)])
    assert result.exit_code == 0, result.output
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Standar", "Biaya", "Prosedur", "Petunjuk"]
    assert [c.value for c in workbook["Biaya"][1]][:4] == ["region", "service_slug", "kind",
                                                           "amount"]
    assert workbook["Standar"].max_row == 1


def test_export_refuses_other_file_types(runner, tmp_path):
    result = runner.invoke(args=["export", str(tmp_path / "x.pdf")])
    assert result.exit_code == 1
    assert "Beri nama berkas keluaran berakhiran .xlsx atau .csv." in result.output


@sqlite_only
def test_backup_then_restore_into_a_fresh_database_gives_the_same_data(app, empty_app,
                                                                       tmp_path):
    dest = tmp_path / "cadangan" / "registry.sqlite"
    backup = app.test_cli_runner().invoke(args=["backup", str(dest)])
    assert backup.exit_code == 0, backup.output
    assert backup.output.startswith(f"Cadangan disimpan ke {dest} (")
    with sqlite3.connect(dest) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    restore = empty_app.test_cli_runner().invoke(args=["restore", str(dest), "--yes"])
    assert restore.exit_code == 0, restore.output
    assert restore.output.strip() == f"{dest} dipulihkan: 36 layanan, 49 versi."
    assert counts(empty_app) == counts(app)
    query = select(FeeLine.amount).join(StandardVersion).join(Service).where(
        Service.slug == "surat-keterangan-sehat").order_by(StandardVersion.number,
                                                           FeeLine.position)
    with app.app_context():
        expected = db.session.scalars(query).all()
    with empty_app.app_context():
        assert db.session.scalars(query).all() == expected


@sqlite_only
def test_backup_refuses_to_overwrite_and_restore_refuses_a_foreign_file(app, runner, tmp_path):
    taken = tmp_path / "ada.sqlite"
    taken.write_bytes(b"")
    result = runner.invoke(args=["backup", str(taken)])
    assert result.exit_code == 1 and f"{taken} sudah ada; pilih nama berkas baru." in result.output
    other = tmp_path / "lain.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE catatan (id INTEGER)")
    before = counts(app)
    refused = runner.invoke(args=["restore", str(other), "--yes"])
    assert refused.exit_code == 1
    assert f"{other} bukan basis data registri." in refused.output
    text = tmp_path / "teks.sqlite"
    text.write_text("bukan basis data " * 100)
    refused = runner.invoke(args=["restore", str(text), "--yes"])
    assert refused.exit_code == 1 and f"{text} bukan basis data SQLite." in refused.output
    assert counts(app) == before


@pytest.mark.skipif(not SERVER_URL, reason="PostgreSQL only")
def test_backup_on_postgresql_names_the_pg_dump_command(app, runner, tmp_path):
    with app.app_context():
        url = db.engine.url
    result = runner.invoke(args=["backup", str(tmp_path / "registry.dump")])
    assert result.exit_code == 1
    assert "Basis data ini PostgreSQL; cadangkan dengan: pg_dump --format=custom --no-owner " \
        f"--file={tmp_path / 'registry.dump'}" in result.output
    assert result.output.rstrip().endswith(url.database)
