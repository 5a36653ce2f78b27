"""`make bench`: the registry's figures in one table, saved as benchmarks/results/latest.json.

(a) the KTP-el service page, home, search and the API list under gunicorn with the shipped
    settings (deploy/gunicorn.conf.py) at 50 and 200 connections, each beside the floor: a
    bare Flask app with the same settings serving the same bytes (benchmarks/floor.py),
    loaded right after it in the same run; then the same pages in process (test client).
(b) the same pages through the shipped nginx site (deploy/nginx-registry.conf, TLS), beside
    nginx serving a static copy of the same bytes with the same TLS and gzip settings.
(c) the gzip bytes of each page as nginx sends them, and the KTP-el page's weight budget.
(d) search p50/p95 at 165,000 services on SQLite and PostgreSQL (benchmarks/search.py, on
    the dataset of `make bench-data`).
(e) posters (benchmarks/posters.py) and imports (benchmarks/imports.py).

wrk drives the load (2 threads, 2 s timeout; a timeout or a non-2xx answer is an error).
Each load cell lasts BENCH_SECONDS (10 by default; BENCH_SECONDS=60 for the 60 s run).
Ports 5130-5135 on 127.0.0.1 (BENCH_PORT moves them).
"""
from __future__ import annotations

import base64
import json
import os
import platform
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import pages, posters  # noqa: E402
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
from deploy import local  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
PAGES = {"service KTP-el": "/kota-contoh/layanan/ktp-el", "home": "/kota-contoh/",
         "search 'akte kelahiran'": "/kota-contoh/cari?q=akte+kelahiran",
         "API list (per_page=100)": "/api/v1/services?per_page=100"}
CONNECTIONS = (50, 200)
BASE = int(os.environ.get("BENCH_PORT", "5130"))
APP, FLOOR, NGINX, STATIC, NGINX_HTTP = BASE, BASE + 1, BASE + 2, BASE + 3, BASE + 5

# nginx serving the static copy: the shipped site's TLS and gzip settings, files from disk.
STATIC_SITE = """server {
    listen 127.0.0.1:%(port)d ssl;
    ssl_certificate @CERT@;
    ssl_certificate_key @KEY@;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:static_tls:10m;
    gzip on;
    gzip_comp_level 5;
    gzip_min_length 512;
    gzip_vary on;
    gzip_types application/json;
    root %(root)s;
}
"""


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers=headers or {})
    context = ssl._create_unverified_context()  # the benchmark's own self-signed certificate
    with urllib.request.urlopen(request, timeout=120, context=context) as response:
        return response.read(), {k.lower(): v for k, v in response.getheaders()}


def copy_name(path: str, content_type: str) -> str:
    """The static copy's file name: one per page, its extension giving the Content-Type."""
    ext = "json" if "json" in content_type else "html"
    return f"{list(PAGES.values()).index(path)}.{ext}"


def snapshot_pages(folder: Path) -> dict[str, dict[str, Any]]:
    """Fetch every page once from the app; write the floor's bytes and the static copy."""
    bodies: dict[str, dict[str, Any]] = {}
    copy = folder / "copy"
    copy.mkdir()
    for path in PAGES.values():
        body, headers = fetch(f"http://127.0.0.1:{APP}{path}")
        content_type = headers["content-type"]
        (copy / copy_name(path, content_type)).write_bytes(body)
        bodies[path] = {"body": base64.b64encode(body).decode(), "content_type": content_type,
                        "bytes": len(body)}
    (folder / "floor.json").write_text(json.dumps(bodies), encoding="utf-8")
    return bodies


WARMED: set[str] = set()


def load_cell(url: str, floor_url: str, connections: int) -> dict[str, Any]:
    """The page and its floor, one right after the other, each warmed before its first run."""
    for address in {url, floor_url} - WARMED:
        warm(address)
        WARMED.add(address)
    page = wrk(url, connections)
    settle(url)
    floor = wrk(floor_url, connections)
    settle(floor_url)
    return {"page": page, "floor": floor, "ratio": page["rps"] / floor["rps"]
            if floor["rps"] else None}


def load_rows(part: str, name: str, connections: int, cell: dict[str, Any],
              floor_name: str) -> dict[str, str]:
    page, floor = cell["page"], cell["floor"]
    return {"part": part, "what": f"{name}, c{connections}",
            "result": f"{page['rps']:,.0f} req/s",
            "floor": f"{floor['rps']:,.0f} req/s {floor_name}",
            "ratio": f"{cell['ratio']:.2f}x" if cell["ratio"] is not None else "-",
            "latency": f"p50 {page['p50_ms']:.0f} / p99 {page['p99_ms']:.0f} ms "
                       f"(floor {floor['p50_ms']:.0f} / {floor['p99_ms']:.0f})",
            "errors": f"{page['errors']} ({floor['errors']})"}


def measure_load(folder: Path, env: dict[str, str]) -> tuple[dict[str, Any], list[dict]]:
    """Parts (a), (b) and (c): gunicorn, its floor, nginx and its static copy."""
    figures: dict[str, Any] = {"gunicorn": {}, "nginx": {}, "gzip": {}}
    rows: list[dict[str, str]] = []
    with local.gunicorn(APP, env, folder / "app.log"):
        bodies = snapshot_pages(folder)
        conf = local.write_nginx(folder / "nginx", [f"127.0.0.1:{APP}"], NGINX, NGINX_HTTP,
                                 {"static.conf": STATIC_SITE % {"port": STATIC,
                                                                "root": folder / "copy"}})
        floor_env = {"BENCH_FLOOR_PAGES": str(folder / "floor.json")}
        with local.gunicorn(FLOOR, floor_env, folder / "floor.log", app="benchmarks.floor:app",
                            ready_path=PAGES["home"]), local.nginx(conf, NGINX):
            for name, path in PAGES.items():
                static_path = "/" + copy_name(path, bodies[path]["content_type"])
                for connections in CONNECTIONS:
                    direct = load_cell(f"http://127.0.0.1:{APP}{path}",
                                       f"http://127.0.0.1:{FLOOR}{path}", connections)
                    proxied = load_cell(f"https://127.0.0.1:{NGINX}{path}",
                                        f"https://127.0.0.1:{STATIC}{static_path}", connections)
                    figures["gunicorn"][f"{name} c{connections}"] = direct
                    figures["nginx"][f"{name} c{connections}"] = proxied
                    rows.append(load_rows("a", name, connections, direct, "bare Flask"))
                    rows.append(load_rows("b", f"{name} via nginx", connections, proxied,
                                          "nginx static"))
                    print(f"  {name} c{connections}: {rows[-2]['result']} "
                          f"({rows[-2]['ratio']}), via nginx {rows[-1]['result']} "
                          f"({rows[-1]['ratio']})", flush=True)
                body, headers = fetch(f"https://127.0.0.1:{NGINX}{path}",
                                      {"Accept-Encoding": "gzip"})
                figures["gzip"][name] = {"bytes": bodies[path]["bytes"], "gzip_bytes": len(body),
                                         "encoding": headers.get("content-encoding")}
    rows.sort(key=lambda row: row["part"])
    for name, size in figures["gzip"].items():
        rows.append({"part": "c", "what": f"{name}, gzip as nginx sends it",
                     "result": f"{size['gzip_bytes']:,} B", "floor": f"{size['bytes']:,} B raw",
                     "ratio": f"{size['gzip_bytes'] / size['bytes']:.2f}x"})
    return figures, rows


def measure_search() -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Part (d), from benchmarks/search.py (its own JSON)."""
    script = ROOT / "benchmarks" / "search.py"
    if not script.exists():
        return {}, [{"part": "d", "what": "search at 165,000 services",
                     "result": "not measured: benchmarks/search.py is not on this branch"}]
    subprocess.run([sys.executable, str(script)], cwd=ROOT, check=True)
    report = json.loads((RESULTS / "search.json").read_text(encoding="utf-8"))
    rows = []
    for kind in ("sqlite", "postgresql"):
        found = report.get("databases", {}).get(kind)
        if found is None:
            rows.append({"part": "d", "what": f"search, {kind}",
                         "result": "no national dataset: run `make bench-data` first"})
            continue
        for scope in ("region", "national"):
            row = found[scope]
            rows.append({"part": "d", "what": f"search {scope}, {kind}, "
                                              f"{found['services']:,} services",
                         "result": f"p50 {row['p50_ms']:.1f} ms",
                         "latency": f"p95 {row['p95_ms']:.1f} ms (target 50)"})
    return report, rows


def measure_imports(folder: Path) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Imports in their own process: the zip bomb's peak memory is its alone."""
    out = folder / "imports.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "imports.py"), str(out)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    got = json.loads(out.read_text(encoding="utf-8"))
    return got, [
        {"part": "e", "what": f"import: zip bomb ({got['bomb_kib']} KiB -> 1 GiB), "
                              f"{got['database']}",
         "result": f"HTTP {got['bomb_status']} in {got['bomb_ms']:.0f} ms",
         "latency": f"peak memory +{got['bomb_peak_mb']:.0f} MB; check alone "
                    f"{got['bomb_check_ms']:.1f} ms"},
        {"part": "e", "what": f"import: {got['rows']:,} rows, preview / confirm",
         "result": f"{got['preview_s']:.1f} s / {got['confirm_s']:.1f} s",
         "latency": f"HTTP {got['preview_status']} / {got['confirm_status']}, "
                    f"{got['imported']:,} drafts"},
    ]


COLUMNS = {"part": "part", "what": "measurement", "result": "result",
           "floor": "floor (same run)", "ratio": "ratio", "latency": "latency / detail",
           "errors": "errors (floor)"}


def table(rows: list[dict[str, str]]) -> str:
    lines = ["| " + " | ".join(COLUMNS.values()) + " |",
             "|" + " --- |" * len(COLUMNS)]
    lines += ["| " + " | ".join(row.get(key, "") for key in COLUMNS) + " |" for row in rows]
    return "\n".join(lines)


def with_pages(measure_rows):
    """A part measured by a module (pages, posters): its figures and its rows."""
    def run() -> tuple[dict[str, Any], list[dict[str, str]]]:
        got = measure_rows.measure()
        return got, measure_rows.rows(got)
    return run


def main() -> None:
    exit_cleanly_on_sigterm()
    ensure_tools()
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    load_before = os.getloadavg()
    report: dict[str, Any] = {"started": started, "seconds_per_cell": SECONDS,
                              "cpus": os.cpu_count(), "python": platform.python_version(),
                              "nginx": subprocess.run(
                                  [local.nginx_binary() or "nginx", "-v"], capture_output=True,
                                  text=True).stderr.strip()}
    rows: list[dict[str, str]] = []
    failed = []
    with tempfile.TemporaryDirectory(prefix="registry-bench-") as name:
        folder = Path(name)
        env = app_env(demo_database(folder), folder)
        parts = {"load": ("(a)-(c) load", lambda: measure_load(folder, env)),
                 "in_process": ("(a) in process", with_pages(pages)),
                 "posters": ("(e) posters", with_pages(posters)),
                 "imports": ("(e) imports", lambda: measure_imports(folder)),
                 "search": ("(d) search", measure_search)}
        for key, (label, measure) in parts.items():
            print(f"{label}...", flush=True)
            # One part failing still leaves the others' figures, and says so.
            try:
                report[key], part_rows = measure()
            except Exception as error:  # noqa: BLE001 - reported in the table and exit code
                failed.append(label)
                part_rows = [{"part": label[1], "what": label, "result": f"FAILED: {error}"}]
            rows += part_rows
    rows.sort(key=lambda row: row["part"])  # stable: each part keeps its order
    report["rows"] = rows
    report["load_average"] = {"start": load_before, "end": os.getloadavg()}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(rows))
    print(f"\n{started}, {report['cpus']} CPUs, load average "
          f"{load_before[0]:.1f} -> {report['load_average']['end'][0]:.1f}; "
          f"{SECONDS} s per cell; saved {RESULTS / 'latest.json'}")
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
