"""`make bench-data`: a national dataset for the search benchmark.

550 regions x 300 services = 165,000 services with realistic Indonesian names, agencies and
synonyms, written in bulk (Core inserts, one transaction; no ORM objects one by one) into
  - a SQLite file (BENCH_SQLITE, default instance/bench.sqlite), and
  - a PostgreSQL database (BENCH_DATABASE_URL, default
    postgresql://postgres@127.0.0.1:5432/registry_bench), dropped and created afresh.
The schema comes from the migrations; search documents from registry/services/search.py.
Usage: python benchmarks/bench_data.py [--regions N] [--services N] [--only sqlite|postgresql]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
SQLITE_PATH = Path(os.environ.get("BENCH_SQLITE", ROOT / "instance" / "bench.sqlite"))
POSTGRES_URL = os.environ.get("BENCH_DATABASE_URL",
                              "postgresql://postgres@127.0.0.1:5432/registry_bench")
SEED = 20261201

AGENCIES = {
    "disdukcapil": ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
    "dpmptsp": ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP"),
    "disdik": ("Dinas Pendidikan", "Disdik"),
    "bapenda": ("Badan Pendapatan Daerah", "Bapenda"),
    "dinkes": ("Dinas Kesehatan", "Dinkes"),
    "dishub": ("Dinas Perhubungan", "Dishub"),
    "dinsos": ("Dinas Sosial", "Dinsos"),
    "disnaker": ("Dinas Tenaga Kerja", "Disnaker"),
    "dlh": ("Dinas Lingkungan Hidup", "DLH"),
    "dpupr": ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"),
}
# The services every region has (name, synonyms, category, agency).
CORE = (
    ("KTP-el (Kartu Tanda Penduduk Elektronik)", "KTP, e-KTP, KTP hilang, KTP rusak, rekam KTP",
     "kependudukan", "disdukcapil"),
    ("Kartu Keluarga (KK)", "KK, KK baru, KK hilang, pisah KK, tambah anggota keluarga",
     "kependudukan", "disdukcapil"),
    ("Kartu Identitas Anak (KIA)", "KIA, kartu anak, KTP anak", "kependudukan", "disdukcapil"),
    ("Akta Kelahiran", "akte kelahiran, akte lahir, akta lahir, kelahiran bayi", "kelahiran",
     "disdukcapil"),
    ("Akta Kematian", "akte kematian, surat kematian, meninggal dunia", "kematian",
     "disdukcapil"),
    ("Akta Perkawinan", "akta nikah, pencatatan perkawinan", "perkawinan", "disdukcapil"),
    ("Akta Perceraian", "akta cerai, pencatatan perceraian", "perkawinan", "disdukcapil"),
    ("Surat Pindah (SKPWNI)", "surat pindah, pindah domisili, pindah alamat", "pindah",
     "disdukcapil"),
    ("Persetujuan Bangunan Gedung (PBG)", "PBG, IMB, izin mendirikan bangunan, SIMBG", "usaha",
     "dpmptsp"),
    ("Sertifikat Laik Fungsi (SLF)", "SLF, laik fungsi", "usaha", "dpmptsp"),
    ("Nomor Induk Berusaha (NIB) melalui OSS", "NIB, OSS, izin usaha, SIUP, TDP", "usaha",
     "dpmptsp"),
    ("Izin Penyelenggaraan Reklame", "reklame, baliho, spanduk, billboard", "usaha", "dpmptsp"),
    ("Surat Izin Praktik (SIP) Tenaga Kesehatan", "SIP, SIP dokter, SIP bidan, izin praktik",
     "kesehatan", "dpmptsp"),
    ("Sistem Penerimaan Murid Baru (SPMB)", "PPDB, SPMB, pendaftaran sekolah, zonasi",
     "pendidikan", "disdik"),
    ("Legalisir Ijazah", "legalisir ijazah, STTB", "pendidikan", "disdik"),
    ("Pelayanan PBB-P2", "PBB, pajak bumi dan bangunan, SPPT, bayar PBB", "pajak", "bapenda"),
    ("Validasi BPHTB", "BPHTB, pajak jual beli tanah, balik nama sertifikat", "pajak",
     "bapenda"),
    ("Surat Keterangan Sehat", "surat sehat, surat dokter", "kesehatan", "dinkes"),
    ("Pengujian Berkala Kendaraan Bermotor (Uji KIR)", "uji KIR, KIR, uji berkala", "usaha",
     "dishub"),
    ("Surat Keterangan Tidak Mampu (SKTM)", "SKTM, surat miskin, DTKS", "kesehatan", "dinsos"),
)
# The rest: kinds of permits, letters and registrations about many subjects.
ACTIONS = (
    ("Izin", "usaha", "dpmptsp"), ("Rekomendasi", "usaha", "dpmptsp"),
    ("Surat Keterangan", "kependudukan", "disdukcapil"), ("Pendaftaran", "usaha", "dpmptsp"),
    ("Perpanjangan Izin", "usaha", "dpmptsp"), ("Sertifikat", "kesehatan", "dinkes"),
    ("Pemeriksaan", "kesehatan", "dinkes"), ("Bantuan", "kesehatan", "dinsos"),
    ("Pengesahan", "pendidikan", "disdik"), ("Pajak", "pajak", "bapenda"),
    ("Retribusi", "pajak", "bapenda"), ("Izin Lingkungan", "usaha", "dlh"),
    ("Pelatihan", "usaha", "disnaker"), ("Kartu", "usaha", "disnaker"),
    ("Persetujuan Teknis", "usaha", "dpupr"),
)
SUBJECTS = (
    ("Toko Modern", "minimarket, swalayan"), ("Pasar Rakyat", "pasar tradisional"),
    ("Usaha Mikro", "UMKM, usaha kecil"), ("Rumah Makan", "restoran, warung makan"),
    ("Hotel", "penginapan, losmen"), ("Bengkel", "bengkel motor, bengkel mobil"),
    ("Salon Kecantikan", "salon, spa"), ("Klinik Pratama", "klinik, balai pengobatan"),
    ("Apotek", "apotik, toko obat"), ("Laboratorium Klinik", "lab, laboratorium"),
    ("Optik", "kacamata"), ("Praktik Bidan Mandiri", "bidan, persalinan"),
    ("Depot Air Minum", "DAMIU, air isi ulang"), ("Katering", "jasa boga"),
    ("Sekolah Swasta", "sekolah, yayasan pendidikan"), ("Lembaga Kursus", "kursus, LKP"),
    ("Tempat Penitipan Anak", "TPA, daycare"), ("Kelompok Bermain", "KB, PAUD"),
    ("Angkutan Barang", "truk, pick up"), ("Angkutan Kota", "angkot, trayek"),
    ("Taksi", "taksi online"), ("Parkir", "lahan parkir, juru parkir"),
    ("Menara Telekomunikasi", "tower, BTS"), ("Galian Tanah", "galian C, tambang"),
    ("Pemakaman", "makam, TPU"), ("Penebangan Pohon", "tebang pohon"),
    ("Limbah Cair", "IPAL, air limbah"), ("Limbah B3", "limbah berbahaya"),
    ("Tenaga Kerja Asing", "TKA, RPTKA"), ("Pencari Kerja", "kartu kuning, AK1"),
    ("Koperasi", "koperasi simpan pinjam"), ("Perumahan", "pengembang, developer"),
    ("Reklame Insidentil", "spanduk sementara"), ("Hiburan", "karaoke, tempat hiburan"),
    ("Sarang Burung Walet", "walet"), ("Air Tanah", "sumur bor"),
    ("Penerangan Jalan", "PJU"), ("Panti Sosial", "panti asuhan, panti jompo"),
    ("Disabilitas", "penyandang disabilitas, kartu disabilitas"),
    ("Lansia", "lanjut usia, manula"), ("Kendaraan Dinas", "kendaraan"),
    ("Jalan Lingkungan", "jalan kampung"), ("Drainase", "saluran air, got"),
    ("Tanah Kas Desa", "tanah desa"), ("Bangunan Cagar Budaya", "cagar budaya"),
    ("Produk Halal", "halal, sertifikat halal"), ("Pangan Olahan", "PIRT, makanan rumahan"),
    ("Peternakan", "ternak, kandang"), ("Perikanan", "tambak, kolam ikan"),
    ("Sarana Olahraga", "lapangan, gedung olahraga"),
)
SYLLABLES = ("ba", "su", "ma", "ra", "ta", "ka", "lo", "pa", "ngi", "we", "ja", "mu", "di",
             "se", "to", "wa", "ri", "bo", "ni", "la")


def region_names(count: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title())
    return sorted(names)


def catalogue(per_region: int) -> list[tuple[str, str, str, str]]:
    """The same catalogue shape as a real region: core services, then permits and letters."""
    extra = [(f"{action} {subject}", synonyms, category, agency)
             for action, category, agency in ACTIONS for subject, synonyms in SUBJECTS]
    rng = random.Random(SEED)
    rng.shuffle(extra)
    return [*CORE, *extra][:per_region]


# Regions word the same service differently: a verb before the name, a local name,
# some of the usual synonyms left out.
LEADS = ("", "", "Pelayanan ", "Penerbitan ", "Pengurusan ", "Permohonan ")
LOCAL_WORDS = ("online", "keliling", "terpadu", "cepat", "mandiri", "desa", "kecamatan")


def regional_wording(name: str, synonyms: str, rng: random.Random) -> tuple[str, str]:
    words = [s.strip() for s in synonyms.split(",") if s.strip()]
    kept = [w for w in words if rng.random() < 0.8] or words[:1]
    if rng.random() < 0.3:
        kept.append(f"{words[0]} {rng.choice(LOCAL_WORDS)}")
    return f"{rng.choice(LEADS)}{name}", ", ".join(kept)


def rows(regions: int, per_region: int):
    from registry.services.search import IndexRow, build_document

    rng = random.Random(SEED)
    services = catalogue(per_region)
    region_rows, agency_rows, service_rows, index_rows = [], [], [], []
    service_id = agency_id = 0
    for region_id, base in enumerate(region_names(regions, rng), start=1):
        kind = "kota" if region_id % 5 == 0 else "kabupaten"
        region_name = f"{kind.title()} {base}"
        region_rows.append({"id": region_id, "slug": f"{kind}-{base.lower()}-{region_id}",
                            "name": region_name, "kind": kind, "timezone": "Asia/Jakarta",
                            "works_saturday": False, "is_demo": False,
                            "single_sign_off": False, "poster_color": "#b3261e"})
        agency_ids = {}
        for slug, (name, short) in AGENCIES.items():
            agency_id += 1
            agency_ids[slug] = agency_id
            agency_rows.append({"id": agency_id, "region_id": region_id, "slug": slug,
                                "name": f"{name} {region_name}", "short_name": short,
                                "address": "", "phone": "", "email": "", "maklumat": "",
                                "serves_on_cuti_bersama": False})
        for position, (base_name, base_synonyms, category, agency) in enumerate(services):
            name, synonyms = regional_wording(base_name, base_synonyms, rng)
            service_id += 1
            service_rows.append({
                "id": service_id, "region_id": region_id, "agency_id": agency_ids[agency],
                "slug": f"layanan-{position}", "code": f"B{service_id:09d}", "name": name,
                "category": category, "synonyms": synonyms})
            agency_name, short = AGENCIES[agency]
            index_rows.append(IndexRow(service_id, region_id, True, build_document(
                name, None, synonyms, category, agency_name, short)))
    return region_rows, agency_rows, service_rows, index_rows


def fresh_database(kind: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    if kind == "sqlite":
        SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        SQLITE_PATH.unlink(missing_ok=True)
        return f"sqlite:///{SQLITE_PATH}"
    from registry.config import database_url

    full = database_url(POSTGRES_URL)
    assert full is not None
    url = make_url(full)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{url.database}"'))
    admin.dispose()
    return full


def build(kind: str, regions: int, per_region: int) -> None:
    from flask_migrate import upgrade
    from sqlalchemy import text

    from registry import create_app
    from registry.extensions import db
    from registry.services.search import write_documents

    started = time.perf_counter()
    url = fresh_database(kind)
    # Bulk statements run longer than a page's statement timeout allows.
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench",
                      "DATABASE_STATEMENT_TIMEOUT": 0})
    region_rows, agency_rows, service_rows, index_rows = rows(regions, per_region)
    with app.app_context():
        upgrade()
        tables = db.metadata.tables
        with db.engine.begin() as conn:
            conn.execute(tables["region"].insert(), region_rows)
            conn.execute(tables["agency"].insert(), agency_rows)
            conn.execute(tables["service"].insert(), service_rows)
            write_documents(conn, index_rows)
            if kind == "postgresql":
                for table in ("region", "agency", "service"):
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                                      f" (SELECT max(id) FROM {table}))"))
        with db.engine.connect() as conn:
            if kind == "postgresql":
                conn.execute(text("ANALYZE"))
            else:
                conn.execute(text("INSERT INTO search_kind(search_kind) "
                                  "VALUES ('optimize')"))
                conn.commit()
        db.engine.dispose()
    print(f"{kind}: {len(service_rows):,} services in {len(region_rows)} regions, "
          f"{time.perf_counter() - started:.0f} s -> {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regions", type=int, default=550)
    parser.add_argument("--services", type=int, default=300)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    if args.services > len(catalogue(10_000)):
        parser.error(f"at most {len(catalogue(10_000))} services per region")
    for kind in (args.only,) if args.only else ("sqlite", "postgresql"):
        build(kind, args.regions, args.services)


if __name__ == "__main__":
    main()
