"""The framework's floor: a bare Flask app answering each benchmarked path with fixed bytes.

`make bench` fetches every page once from the registry, writes the bodies and their
Content-Type to BENCH_FLOOR_PAGES (a JSON file), and serves this app with the same
gunicorn settings (deploy/gunicorn.conf.py): whatever the registry costs beyond this is
the registry's own work.
"""
from __future__ import annotations

import base64
import json
import os

from flask import Flask, Response, request

app = Flask(__name__)
with open(os.environ["BENCH_FLOOR_PAGES"], encoding="utf-8") as file:
    PAGES = {path: (base64.b64decode(page["body"]), page["content_type"])
             for path, page in json.load(file).items()}


@app.route("/", defaults={"path": ""})
@app.route("/<path:path>")
def page(path: str) -> Response:
    body, content_type = PAGES[request.full_path.rstrip("?")]
    return Response(body, content_type=content_type)
