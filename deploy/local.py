"""The shipped deployment, run on this machine for tests/test_deploy.py and `make bench`.

Renders deploy/nginx-registry.conf for loopback ports and temporary folders (every change
is a plain substitution that must match, so the test runs the file we ship), and starts
gunicorn with deploy/gunicorn.conf.py and nginx with its own prefix, never the system's.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
GUNICORN_CONF = DEPLOY / "gunicorn.conf.py"
SITE = DEPLOY / "nginx-registry.conf"
PROXY_INCLUDE = DEPLOY / "nginx-registry-proxy.conf"
STATIC = ROOT / "registry" / "static"


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(path, os.X_OK)),
        None)


def _replace(text: str, old: str, new: str) -> str:
    if old not in text:
        raise ValueError(f"deploy/nginx-registry.conf no longer contains {old!r}")
    return text.replace(old, new)


def render_site(upstreams: list[str], https_port: int, http_port: int, folder: Path,
                cert: Path, key: Path) -> str:
    """The shipped site with these upstreams, loopback ports, cache folder and certificate."""
    text = SITE.read_text(encoding="utf-8")
    text = _replace(text, "    server 127.0.0.1:8000;\n",
                    "".join(f"    server {address};\n" for address in upstreams))
    text = _replace(text, "/var/cache/nginx/registry", str(folder / "cache"))
    text = _replace(text, "listen 80;\n    listen [::]:80;", f"listen 127.0.0.1:{http_port};")
    text = _replace(text, "listen 443 ssl http2;\n    listen [::]:443 ssl http2;",
                    f"listen 127.0.0.1:{https_port} ssl;")
    text = _replace(text, "/etc/letsencrypt/live/layanan.example.go.id/fullchain.pem", str(cert))
    text = _replace(text, "/etc/letsencrypt/live/layanan.example.go.id/privkey.pem", str(key))
    text = _replace(text, "/srv/registry/app/registry/static/", f"{STATIC}/")
    text = _replace(text, "/etc/nginx/registry-proxy.conf", str(PROXY_INCLUDE))
    return text


def main_conf(folder: Path, sites: list[Path]) -> str:
    """An nginx.conf like Debian's, with everything it writes under `folder`."""
    includes = "".join(f"    include {site};\n" for site in sites)
    # As root, nginx's workers would run as nobody, who may not read a developer's tree.
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = "".join(f"    {name}_temp_path {folder / name};\n"
                   for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (f"{user}worker_processes auto;\npid {folder / 'nginx.pid'};\n"
            f"error_log {folder / 'error.log'} warn;\ndaemon off;\n"
            "events { worker_connections 4096; }\n"
            "http {\n    include /etc/nginx/mime.types;\n"
            "    default_type application/octet-stream;\n"
            "    sendfile on;\n    tcp_nopush on;\n    access_log off;\n"
            f"{temp}{includes}}}\n")


def self_signed(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


def write_nginx(folder: Path, upstreams: list[str], https_port: int, http_port: int,
                extra_sites: Mapping[str, str] | None = None) -> Path:
    """Write nginx.conf (the shipped site plus `extra_sites`) under `folder`; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = self_signed(folder)
    sites = [folder / "registry.conf"]
    sites[0].write_text(render_site(upstreams, https_port, http_port, folder, cert, key),
                        encoding="utf-8")
    for name, text in (extra_sites or {}).items():
        path = folder / name
        path.write_text(text.replace("@CERT@", str(cert)).replace("@KEY@", str(key)),
                        encoding="utf-8")
        sites.append(path)
    conf = folder / "nginx.conf"
    conf.write_text(main_conf(folder, sites), encoding="utf-8")
    return conf


def nginx_test(conf: Path) -> subprocess.CompletedProcess[str]:
    """`nginx -t` on a written config."""
    return subprocess.run([nginx_binary() or "nginx", "-t", "-c", str(conf),
                           "-p", str(conf.parent)], capture_output=True, text=True)


def wait_for_port(port: int, process: subprocess.Popen[bytes], ready_path: str | None = None,
                  seconds: float = 180) -> None:
    """Until `port` accepts connections and, with `ready_path`, answers it over HTTP (gunicorn
    listens before its workers have imported the app)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server for port {port} stopped (exit {process.returncode})")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            if ready_path is not None:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{ready_path}",
                                       timeout=deadline - time.monotonic()).close()
            return
        except (OSError, urllib.error.URLError):
            time.sleep(0.1)
    raise RuntimeError(f"nothing answers on port {port} after {seconds} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def running(command: list[str], port: int, env: Mapping[str, str] | None = None,
            log: Path | None = None,
            ready_path: str | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """A server process (its output in `log`), ready when `port` accepts connections."""
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})},
                               stdout=output, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, process, ready_path)
        yield process
    finally:
        stop(process)
        if log:
            output.close()  # type: ignore[union-attr]


def gunicorn(port: int, env: Mapping[str, str], log: Path | None = None, app: str = "wsgi:app",
             extra: list[str] | None = None, ready_path: str = "/health"):
    """gunicorn with the shipped settings (deploy/gunicorn.conf.py) on 127.0.0.1:port."""
    return running([sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONF),
                    "-b", f"127.0.0.1:{port}", *(extra or []), app], port, env, log,
                   ready_path)


def nginx(conf: Path, port: int):
    return running([nginx_binary() or "nginx", "-c", str(conf), "-p", str(conf.parent)], port,
                   log=conf.parent / "nginx.out")
