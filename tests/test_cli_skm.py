"""`flask --app registry skm import FILE --region REGION --agency AGENCY`."""
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import SkmResponse
from tests.services.test_skm_import import GOOD, csv_bytes

ARGS = ["--region", "kota-contoh", "--agency", "disdukcapil"]


def responses(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(SkmResponse.id)))


def test_import_then_the_same_file_again_is_refused(app, runner, tmp_path):
    path = tmp_path / "kuesioner.csv"
    path.write_bytes(csv_bytes(*GOOD))
    before = responses(app)
    result = runner.invoke(args=["skm", "import", str(path), *ARGS])
    assert result.exit_code == 0, result.output
    assert "3 kuesioner, 0 kesalahan." in result.output
    assert "3 kuesioner diimpor untuk disdukcapil." in result.output
    assert responses(app) == before + 3
    again = runner.invoke(args=["skm", "import", str(path), *ARGS, "--source", "kiosk"])
    assert again.exit_code == 1
    assert "Kuesioner ini sudah diimpor pada " in again.output
    assert "Tidak ada yang diimpor." in again.output
    assert responses(app) == before + 3


def test_row_errors_exit_1_and_save_nothing(app, runner, tmp_path):
    path = tmp_path / "salah.csv"
    path.write_bytes(csv_bytes(GOOD[0], "2026-11-02,ktp-el,4,3,9,4,3,4,4,,3,,,,"))
    before = responses(app)
    result = runner.invoke(args=["skm", "import", str(path), *ARGS])
    assert result.exit_code == 1
    assert "CSV baris 3, kolom U3: \"9\" bukan jawaban: tulis 1, 2, 3 atau 4, atau " \
        "kosongkan." in result.output
    assert responses(app) == before


def test_dry_run_and_unknown_agency(app, runner, tmp_path):
    path = tmp_path / "kuesioner.csv"
    path.write_bytes(csv_bytes(*GOOD))
    before = responses(app)
    dry = runner.invoke(args=["skm", "import", str(path), *ARGS, "--dry-run"])
    assert dry.exit_code == 0 and "Uji coba: tidak ada yang disimpan." in dry.output
    assert responses(app) == before
    unknown = runner.invoke(args=["skm", "import", str(path), "--region", "kota-contoh",
                                  "--agency", "nope"])
    assert unknown.exit_code == 1 and "Perangkat daerah nope tidak dikenal." in unknown.output
