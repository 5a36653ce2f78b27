"""Import limits and speed, through the staff web pages (in-process client).

1. A zip bomb posing as XLSX (one part that unpacks to 1 GiB of zeros): time until the
   upload is refused, and the process's peak memory growth.
2. A 5,000-row workbook of new services (each with two requirements, a fee line and two
   procedure steps): time of the preview upload and of "Import as drafts" (the confirm,
   which reads the file again and writes 5,000 services and drafts in one commit).

SQLite by default; with DATABASE_URL=postgresql://... the same on a fresh PostgreSQL
database created next to the one named (and dropped afterwards).

Part of `make bench` (benchmarks/run.py runs it in its own process, so the peak memory is
this measurement's alone): `python benchmarks/imports.py [results.json]`.
"""
from __future__ import annotations

import io
import json
import os
import re
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from registry import create_app  # noqa: E402
from registry.config import database_url  # noqa: E402
from registry.extensions import db  # noqa: E402
from registry.models import Service  # noqa: E402
from registry.services import transfer  # noqa: E402
from registry.services.demo import load_demo  # noqa: E402

ROWS = 5_000
BOMB_BYTES = 1024 ** 3
ADMIN = "admin@contoh.go.id"
PASSWORD = "demo-password"


def bomb() -> bytes:
    """A small zip whose one worksheet part unpacks to BOMB_BYTES of zeros."""
    out = io.BytesIO()
    chunk = b"\0" * (16 * 1024 * 1024)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for _ in range(BOMB_BYTES // len(chunk)):
                part.write(chunk)
    return out.getvalue()


def workbook(agencies: list[str], rows: int = ROWS) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    standards = book.create_sheet(transfer.STANDARDS_SHEET)
    fees = book.create_sheet(transfer.FEES_SHEET)
    steps = book.create_sheet(transfer.STEPS_SHEET)
    standards.append(["region", "agency", "service_slug", "service_name", "category",
                      "completion_value", "completion_unit", "requirements", "product",
                      "complaint_handling"])
    fees.append(["region", "service_slug", "kind", "amount", "label"])
    steps.append(["region", "service_slug", "text", "actor"])
    for n in range(rows):
        slug = f"layanan-uji-{n:05d}"
        standards.append(["kota-contoh", agencies[n % len(agencies)], slug,
                          f"Layanan Uji {n}", "kependudukan", 1 + n % 14, "working_days",
                          f"KTP-el pemohon\nFormulir permohonan nomor {n}",
                          f"Surat keterangan {n}", "Loket pengaduan"])
        fees.append(["kota-contoh", slug, "fixed", 10_000 + n, "Biaya layanan"])
        steps.append(["kota-contoh", slug, "Serahkan berkas di loket", "Pemohon"])
        steps.append(["kota-contoh", slug, "Ambil hasil di loket", "Petugas"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def database(folder: str) -> tuple[str, object]:
    server = database_url(os.environ.get("DATABASE_URL"))
    if not server:
        return f"sqlite:///{folder}/bench.sqlite", None
    base = make_url(server)
    name = f"{base.database}_bench_imports_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return base.set(database=name).render_as_string(hide_password=False), (admin, name)


def drop(created) -> None:
    if created:
        admin, name = created
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(call):
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url, created = database(folder)
        try:
            figures = run(url, folder)
        finally:
            drop(created)
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(json.dumps(figures, indent=2), encoding="utf-8")


def run(url: str, folder: str) -> dict[str, Any]:
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "IMPORT_UPLOAD_FOLDER": folder,
                      "WTF_CSRF_ENABLED": False, "PUBLIC_BASE_URL": "http://bench.test"})
    with app.app_context():
        upgrade()
        load_demo()
        db.session.commit()
        agencies = [a.slug for a in db.session.scalars(
            select(Service).limit(1)).one().region.agencies]
    client = app.test_client()
    client.post("/staff/login", data={"email": ADMIN, "password": PASSWORD})
    print(f"Imports through the web pages ({make_url(url).get_backend_name()}):")

    data = bomb()
    before = peak_mb()
    response, seconds = timed(lambda: client.post("/staff/region/import", data={
        "file": (io.BytesIO(data), "bomb.xlsx"), "preview": "1"}))
    figures: dict[str, Any] = {"database": make_url(url).get_backend_name(), "rows": ROWS,
                               "bomb_kib": len(data) // 1024,
                               "bomb_status": response.status_code,
                               "bomb_ms": seconds * 1000, "bomb_peak_mb": peak_mb() - before}
    print(f"  zip bomb ({len(data) // 1024} KiB, unpacks to {BOMB_BYTES // 1024 ** 2} MiB): "
          f"HTTP {response.status_code} in {seconds * 1000:.0f} ms, "
          f"peak memory +{peak_mb() - before:.0f} MB")
    (_table, errors), seconds = timed(lambda: transfer.read_table(data, "bomb.xlsx"))
    figures["bomb_check_ms"] = seconds * 1000
    print(f"  zip bomb, the check alone (services.transfer.read_table): "
          f"{seconds * 1000:.1f} ms, {len(errors)} error")

    data = workbook(agencies)
    response, seconds = timed(lambda: client.post("/staff/region/import", data={
        "file": (io.BytesIO(data), "besar.xlsx"), "preview": "1"}))
    token = re.search(r'name="token" type="hidden" value="([^"]+)"',
                      response.get_data(as_text=True))
    figures["preview_status"], figures["preview_s"] = response.status_code, seconds
    print(f"  {ROWS} rows ({len(data) // 1024} KiB): preview HTTP {response.status_code} "
          f"in {seconds:.1f} s")
    if token is None:
        raise SystemExit("the preview offered no confirmation")
    response, seconds = timed(lambda: client.post("/staff/region/import/confirm", data={
        "token": token.group(1), "confirm": "1"}))
    with app.app_context():
        imported = db.session.scalar(select(func.count(Service.id)).where(
            Service.slug.like("layanan-uji-%")))
    print(f"  {ROWS} rows: confirm HTTP {response.status_code} in {seconds:.1f} s "
          f"({imported} services imported as drafts)")
    return {**figures, "confirm_status": response.status_code, "confirm_s": seconds,
            "imported": imported}


if __name__ == "__main__":
    main()
