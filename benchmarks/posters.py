"""Part (e) of `make bench`: how fast posters render, against bare WeasyPrint on the same HTML.

Builds its own temporary SQLite database (migrations + the demo region), then measures:
- the A4 poster render time (median of warm renders, cache bypassed),
- the same HTML rendered by bare WeasyPrint (the floor) and the ratio,
- a cold batch of every demo service (seconds, posters per second),
- PDF sizes.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WARM_RENDERS = 15


def median_seconds(action, runs: int = WARM_RENDERS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure() -> dict[str, Any]:
    from flask_babel import force_locale
    from flask_migrate import upgrade

    from registry import create_app
    from registry.extensions import db
    from registry.posters.printing import render as render_print
    from registry.services import catalogue, posters
    from registry.services.demo import load_demo
    from registry.services.posters import batches as poster_batches
    from registry.services.posters import engine, fitting, layout, wording
    from registry.services.sheet import service_sheet

    with tempfile.TemporaryDirectory(prefix="registry-bench-") as folder:
        app = create_app({
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite",
            "POSTER_DIR": os.path.join(folder, "posters"),
            "SERVER_NAME": "registry.example", "PUBLIC_BASE_URL": "https://registry.example",
        })
        with app.app_context(), force_locale("id"):
            import logging

            logging.getLogger("alembic").setLevel(logging.WARNING)
            upgrade()
            region = load_demo()
            db.session.commit()
            service = catalogue.service_by_slug(region, "ktp-el")
            sheet = service_sheet(service)
            poster = posters.poster_record(service, sheet.version, "a4", "id", actor="bench")
            page = posters.POSTER_FORMATS["a4"]

            def poster_render() -> bytes:
                """The whole pipeline without the cache: sheet, template, QR, layout, PDF."""
                fresh = service_sheet(service)
                html = layout.first_html(render_print, wording.service_print(fresh, poster, page))
                return fitting.fit_html(html, page).pdf

            html = layout.first_html(render_print, wording.service_print(sheet, poster, page))
            import weasyprint

            def floor_render() -> bytes:
                return weasyprint.HTML(string=html).write_pdf()

            shared_fonts = engine._engine()[1]

            def floor_shared_fonts() -> bytes:
                return weasyprint.HTML(string=html).write_pdf(font_config=shared_fonts)

            a4 = poster_render()
            floor_render()  # warm both paths: fonts, imports, caches
            render = median_seconds(poster_render)
            floor = median_seconds(floor_render)
            floor_fonts = median_seconds(floor_shared_fonts)

            services = [s for s in catalogue.region_services(region)
                        if service_sheet(s) is not None]
            count = len(services)
            batches = {}
            # Below PARALLEL_MIN_POSTERS a batch stays in one process (spawning costs more).
            app.config["POSTER_DIR"] = os.path.join(folder, "posters-cold")
            start = time.perf_counter()
            batch = posters.batch_pdf(services, "a4", "id", render_print, actor="bench")
            batches[1] = time.perf_counter() - start
            start = time.perf_counter()
            posters.batch_pdf(services, "a4", "id", render_print, actor="bench")
            cached_seconds = time.perf_counter() - start

            # 300 distinct posters (demo services under 300 different codes): HTML built
            # here, laid out by worker processes, as a large MPP batch would be.
            from registry.models import Poster

            workers = os.cpu_count() or 1
            start = time.perf_counter()
            prepared = []
            for number in range(300):
                item = services[number % count]
                item_sheet = service_sheet(item)
                record = Poster(code=f"B{number:05d}", service_id=item.id,
                                version_id=item_sheet.version.id, size="a4", language="id",
                                printed_at=poster.printed_at)
                record.version = item_sheet.version
                prepared.append(layout.first_html(
                    render_print, wording.service_print(item_sheet, record, page)))
            attempts = list(poster_batches.fitted_in_workers(prepared, page, workers))
            many_seconds = time.perf_counter() - start
            fitted = sum(1 for pdf in attempts if pdf)
            _, a3 = posters.service_poster(service, "a3", "id", render_print, actor="bench")
            banner = posters.banner_pdf(region, None, "x-banner", render_print)
            db.session.rollback()

        return {
            "a4_render_ms": render * 1000, "weasyprint_floor_ms": floor * 1000,
            "weasyprint_shared_fonts_ms": floor_fonts * 1000, "warm_renders": WARM_RENDERS,
            "batch_services": count, "batch_cold_s": batches[1],
            "batch_cached_s": cached_seconds, "distinct_300_s": many_seconds,
            "distinct_300_processes": workers, "distinct_300_first_fit": fitted,
            "pdf_kib": {"a4": len(a4) / 1024, "a3": len(a3) / 1024,
                        "x_banner": len(banner) / 1024, "batch": len(batch) / 1024},
        }


def rows(got: dict[str, Any]) -> list[dict[str, str]]:
    """The table's rows for part (e)."""
    count = got["batch_services"]
    sizes = got["pdf_kib"]
    return [
        {"part": "e", "what": f"A4 poster render (median of {got['warm_renders']} warm)",
         "result": f"{got['a4_render_ms']:.0f} ms",
         "floor": f"{got['weasyprint_floor_ms']:.0f} ms bare WeasyPrint",
         "ratio": f"{got['a4_render_ms'] / got['weasyprint_floor_ms']:.2f}x",
         "latency": f"shared fonts floor {got['weasyprint_shared_fonts_ms']:.0f} ms"},
        {"part": "e", "what": f"batch of {count} demo posters, cold, 1 process",
         "result": f"{got['batch_cold_s']:.1f} s = {count / got['batch_cold_s']:.1f}/s",
         "latency": f"from the cache {got['batch_cached_s']:.2f} s"},
        {"part": "e", "what": f"300 distinct A4 posters, {got['distinct_300_processes']} processes",
         "result": f"{got['distinct_300_s']:.1f} s = {300 / got['distinct_300_s']:.1f}/s",
         "latency": f"{got['distinct_300_first_fit']} fitted to the page"},
        {"part": "e", "what": "PDF sizes",
         "result": f"A4 {sizes['a4']:.0f} KiB, A3 {sizes['a3']:.0f} KiB, "
                   f"X-banner {sizes['x_banner']:.0f} KiB, batch {sizes['batch']:.0f} KiB"},
    ]
