"""Part (a) of `make bench`, in process: citizen page and API timings on a fresh demo
database (SQLite, Flask's test client, no server), the median and 95th percentile of N warm
requests per page, plus gzip sizes and the KTP-el page's weight with its stylesheet.
"""
from __future__ import annotations

import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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


def measure() -> dict[str, Any]:
    pages: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite"})
        with app.app_context():
            upgrade()
            load_demo()
            db.session.commit()
        client = app.test_client()
        for name, path in PAGES.items():
            body = client.get(path).get_data()
            timings = []
            for _ in range(REQUESTS):
                start = time.perf_counter()
                client.get(path)
                timings.append((time.perf_counter() - start) * 1000)
            pages[name] = {"path": path, "median_ms": statistics.median(timings),
                           "p95_ms": statistics.quantiles(timings, n=20)[-1],
                           "gzip9_bytes": len(gzip.compress(body, 9))}
        css = len(gzip.compress(client.get("/static/site.css").get_data(), 9))
        with app.app_context():
            db.engine.dispose()
    return {"requests": REQUESTS, "pages": pages,
            "ktp_el_with_css_gzip_bytes": pages["service KTP-el"]["gzip9_bytes"] + css}


def rows(got: dict[str, Any]) -> list[dict[str, str]]:
    """The table's rows: one per page, then the page-weight budget."""
    table = [{"part": "a", "what": f"in process (test client): {name}",
              "result": f"median {page['median_ms']:.1f} ms",
              "latency": f"p95 {page['p95_ms']:.1f} ms",
              "ratio": "", "floor": f"gzip -9 {page['gzip9_bytes']:,} B"}
             for name, page in got["pages"].items()]
    table.append({"part": "c", "what": "KTP-el page + site.css, gzip -9 (budget 14 KB)",
                  "result": f"{got['ktp_el_with_css_gzip_bytes'] / 1024:.2f} KB"})
    return table
