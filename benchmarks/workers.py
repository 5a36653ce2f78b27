"""`make bench-workers`: the measurement behind deploy/gunicorn.conf.py's worker settings.

Serves the demo region with gunicorn under each candidate (worker class x workers x
threads; everything else from deploy/gunicorn.conf.py) and loads the KTP-el page and the
home page with wrk at 50 and 200 connections, BENCH_SECONDS (10) each.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.load import (  # noqa: E402
    SECONDS,
    app_env,
    demo_database,
    ensure_tools,
    exit_cleanly_on_sigterm,
    settle,
    warm,
    wrk,
)
from deploy.local import gunicorn  # noqa: E402

PORT = 5134
CANDIDATES = {
    "sync x2": ["-k", "sync", "-w", "2"],
    "sync x4": ["-k", "sync", "-w", "4"],
    "gthread 2x4": ["-k", "gthread", "-w", "2", "--threads", "4"],
    "gthread 3x4": ["-k", "gthread", "-w", "3", "--threads", "4"],
    "gthread 4x2": ["-k", "gthread", "-w", "4", "--threads", "2"],
}
PAGES = {"service": "/kota-contoh/layanan/ktp-el", "home": "/kota-contoh/"}


def main() -> None:
    exit_cleanly_on_sigterm()
    ensure_tools()
    results = {}
    with tempfile.TemporaryDirectory(prefix="registry-bench-") as name:
        folder = Path(name)
        env = app_env(demo_database(folder), folder)
        print(f"| settings | page | conns | req/s | p50 ms | p99 ms | errors |  ({SECONDS} s each)")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for label, flags in CANDIDATES.items():
            with gunicorn(PORT, env, folder / "gunicorn.log", extra=flags):
                for page, path in PAGES.items():
                    warm(f"http://127.0.0.1:{PORT}{path}")
                    for connections in (50, 200):
                        got = wrk(f"http://127.0.0.1:{PORT}{path}", connections)
                        settle(f"http://127.0.0.1:{PORT}{path}")
                        results[f"{label} {page} c{connections}"] = got
                        print(f"| {label} | {page} | {connections} | {got['rps']:,.0f} | "
                              f"{got['p50_ms']:.0f} | {got['p99_ms']:.0f} | {got['errors']} |",
                              flush=True)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "workers.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
