"""Citizen page and API timings on a fresh demo database (SQLite, in-process client).

Prints the median and 95th percentile of N warm requests per page, plus gzip sizes.
"""
from __future__ import annotations

import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade  # noqa: E402

from registry import create_app  # noqa: E402
from registry.extensions import db  # noqa: E402
from registry.services.demo import load_demo  # noqa: E402

REQUESTS = 200
PAGES = {
    "home": "/kota-contoh/",
    "search 'akte kelahiran'": "/kota-contoh/cari?q=akte+kelahiran",
    "search typo 'kelahiarn'": "/kota-contoh/cari?q=kelahiarn",
    "service KTP-el": "/kota-contoh/layanan/ktp-el",
    "service PBG (17 requirements)": "/kota-contoh/layanan/pbg",
    "agency Disdukcapil": "/kota-contoh/instansi/disdukcapil",
    "API list (per_page=100)": "/api/v1/services?per_page=100",
    "API detail": "/api/v1/services/akta-kelahiran",
}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite"})
        with app.app_context():
            upgrade()
            load_demo()
            db.session.commit()
        client = app.test_client()
        print(f"Citizen pages, {REQUESTS} warm requests each (ms):")
        print(f"  {'page':32} {'median':>7} {'p95':>7} {'gzip KB':>8}")
        for name, path in PAGES.items():
            body = client.get(path).get_data()
            timings = []
            for _ in range(REQUESTS):
                start = time.perf_counter()
                client.get(path)
                timings.append((time.perf_counter() - start) * 1000)
            p95 = statistics.quantiles(timings, n=20)[-1]
            size = len(gzip.compress(body, 9)) / 1024
            print(f"  {name:32} {statistics.median(timings):7.2f} {p95:7.2f} {size:8.2f}")
        css = len(gzip.compress(client.get("/static/site.css").get_data(), 9)) / 1024
        page = len(gzip.compress(client.get(PAGES["service KTP-el"]).get_data(), 9)) / 1024
        print(f"KTP-el page + CSS, gzip: {page + css:.2f} KB (budget 14 KB)")


if __name__ == "__main__":
    main()
