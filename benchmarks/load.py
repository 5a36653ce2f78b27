"""Load-test building blocks for `make bench`: a demo database, the app's environment,
the load generator (wrk) and the tools it needs."""
from __future__ import annotations

import json
import os
import shutil
import signal
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

from deploy.local import nginx_binary  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
THREADS = 2  # wrk threads: one per core of the machine the figures were taken on

# wrk prints this JSON line when a run is done (its own summary is text).
REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %.0f, "duration_us": %.0f, "p50_us": %.0f, "p99_us": %.0f, '
    .. '"connect": %.0f, "read": %.0f, "write": %.0f, "status": %.0f, "timeout": %.0f}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def exit_cleanly_on_sigterm() -> None:
    """A stopped benchmark (kill, timeout) still stops the servers it started."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


def ensure_tools() -> None:
    """wrk and nginx, from Debian when missing (as root), else say exactly what to run."""
    missing = [name for name, found in (("wrk", shutil.which("wrk")),
                                        ("nginx", nginx_binary())) if not found]
    if not missing:
        return
    command = ["apt-get", "install", "-y", "-q", *missing]
    if os.geteuid() != 0:
        raise SystemExit(f"make bench needs {' and '.join(missing)}: run "
                         f"`sudo apt-get install -y {' '.join(missing)}`, then make bench again")
    print(f"installing {' '.join(missing)} (apt-get)...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def wrk(url: str, connections: int, seconds: int = SECONDS) -> dict[str, Any]:
    """req/s, p50/p99 (ms) and errors (connect/read/write/timeouts and non-2xx/3xx)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(REPORT)
    try:
        result = subprocess.run(
            ["wrk", "-t", str(min(THREADS, connections)), "-c", str(connections),
             "-d", f"{seconds}s", "--timeout", "2s", "-s", script.name, url],
            capture_output=True, text=True, check=True)
    finally:
        os.unlink(script.name)
    raw = json.loads(result.stdout.strip().splitlines()[-1])
    errors = sum(raw[name] for name in ("connect", "read", "write", "status", "timeout"))
    return {"rps": raw["requests"] / (raw["duration_us"] / 1e6),
            "p50_ms": raw["p50_us"] / 1000, "p99_ms": raw["p99_us"] / 1000,
            "errors": errors, "timeouts": raw["timeout"], "non_2xx": raw["status"],
            "requests": raw["requests"]}


def warm(url: str, seconds: int = 3) -> None:
    """A few seconds of light load, so every worker has imported and rendered once."""
    subprocess.run(["wrk", "-t", "2", "-c", "8", "-d", f"{seconds}s", "--timeout", "30s", url],
                   capture_output=True, check=False)
    BASELINE[url] = min(one_request(url) for _ in range(3))


BASELINE: dict[str, float] = {}


def one_request(url: str) -> float:
    """Seconds one GET takes (the benchmark's self-signed certificate is not checked)."""
    context = ssl._create_unverified_context()
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120, context=context) as response:
        response.read()
    return time.perf_counter() - start


def settle(url: str, limit: float = 60) -> None:
    """Wait until the server has worked off what the last run left queued (requests of
    connections wrk has closed are still answered): one GET as fast as after warming."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and one_request(url) > 2 * BASELINE.get(url, 0.05):
        time.sleep(0.5)


def demo_database(folder: Path) -> str:
    """A migrated SQLite file holding the demo region."""
    import logging

    from flask_migrate import upgrade

    from registry import create_app
    from registry.extensions import db
    from registry.services.demo import load_demo

    url = f"sqlite:///{folder / 'bench.sqlite'}"
    app = create_app({"SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        logging.getLogger("alembic").setLevel(logging.WARNING)
        upgrade()
        load_demo()
        db.session.commit()
        db.engine.dispose()
    return url


def app_env(database: str, folder: Path) -> dict[str, str]:
    """Production settings for gunicorn: behind one proxy, the API's limit out of the way
    (one load generator is one client address)."""
    return {"DATABASE_URL": database, "SECRET_KEY": "bench", "PUBLIC_BASE_URL":
            "https://layanan.example.go.id", "TRUSTED_PROXIES": "1",
            "API_RATE_LIMIT": "100000000 per minute", "POSTER_DIR": str(folder / "posters"),
            "IMPORT_UPLOAD_FOLDER": str(folder / "uploads")}
