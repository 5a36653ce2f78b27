"""Schemathesis against the API, over HTTP, with every check.

The test suite runs it briefly (tests/web/test_api_schemathesis.py); `make fuzz-api` runs
it deeper on a fresh demo database: `python -m tests.api_fuzz [max_examples]`.
"""
from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from werkzeug.serving import WSGIRequestHandler, make_server

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
# The SKM period's `from` may not lie after its `to`: a rule between two parameters that
# JSON Schema cannot state, so a 400 for it is a valid answer to "valid" data (the other
# statuses are Schemathesis's defaults for this check).
CONFIG = """
[[operations]]
include-operation-id = "getAgencySkm"
checks.positive_data_acceptance.expected-statuses = [
    "2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]
"""


class QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Thousands of generated requests: the report says what matters."""


@contextlib.contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app on a free local port, in a thread, for as long as the block runs."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietHandler)
    base_url = f"http://127.0.0.1:{server.server_port}"
    # Links and the document's server point at this server (they never use the Host).
    app.config["PUBLIC_BASE_URL"] = base_url
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base_url
    finally:
        server.shutdown()
        thread.join()


def run_schemathesis(base_url: str, max_examples: int,
                     seed: int | None = None) -> dict[str, Any]:
    """Run `schemathesis run` with all checks and all phases; its JSON report, plus output."""
    with tempfile.TemporaryDirectory(prefix="schemathesis-") as folder:
        report = Path(folder) / "report.json"
        config = Path(folder) / "schemathesis.toml"
        config.write_text(CONFIG)
        command = [str(SCHEMATHESIS), "--config-file", str(config), "run",
                   f"{base_url}/api/v1/openapi.json",
                   "--checks", "all", "--max-examples", str(max_examples), "--workers", "1",
                   "--report", "json", "--report-json-path", str(report)]
        if seed is not None:
            command += ["--seed", str(seed)]
        # Run in the temporary folder: Schemathesis keeps a cache in its working directory.
        finished = subprocess.run(command, capture_output=True, text=True, timeout=1800,
                                  check=False, cwd=folder)
        result: dict[str, Any] = json.loads(report.read_text()) if report.exists() else {}
    result["output"] = finished.stdout + finished.stderr
    result["returncode"] = finished.returncode
    return result


def summary(result: dict[str, Any]) -> str:
    cases = result.get("test_cases", {})
    operations = result.get("operations", {})
    errors = len(result.get("errors", []))
    return (f"operations tested {operations.get('tested')}/{operations.get('total')}, "
            f"cases {cases.get('generated')}, with failures {cases.get('with_failures')}, "
            f"unique failures {cases.get('unique_failures')}, errors {errors}")


def main() -> int:
    from flask_migrate import upgrade

    from registry import create_app
    from registry.extensions import db
    from registry.services.demo import load_demo

    max_examples = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory(prefix="registry-fuzz-") as folder:
        app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/fuzz.sqlite",
                          "API_RATE_LIMIT": "1000000 per minute",
                          "POSTER_DIR": f"{folder}/posters"})
        with app.app_context():
            upgrade()
            load_demo()
            db.session.commit()
        with serving(app) as base_url:
            result = run_schemathesis(base_url, max_examples)
    print(result["output"])
    print(summary(result))
    return int(result["returncode"])


if __name__ == "__main__":
    sys.exit(main())
