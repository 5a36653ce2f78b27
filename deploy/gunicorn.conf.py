"""gunicorn settings for the registry: `gunicorn -c deploy/gunicorn.conf.py` from the
checkout (README, "Deployment"). Command-line flags override them (`-b`, `-w`).

(measurement: see below)
"""
import os

wsgi_app = "wsgi:app"
bind = os.environ.get("REGISTRY_BIND", "127.0.0.1:8000")

workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("REGISTRY_THREADS", "4"))

# Connections from nginx are kept open (its upstream keepalive); a little longer than
# nginx keeps them idle so gunicorn never closes one nginx is about to reuse.
keepalive = 75
# A page answers within DATABASE_STATEMENT_TIMEOUT (5 s) or with a 503; large poster
# batches run longer, so a worker is killed only when it hangs far beyond that.
timeout = 120
graceful_timeout = 30
# Workers are replaced now and then (jittered, so not all at once): a slow leak in a
# library never grows without bound.
max_requests = 5000
max_requests_jitter = 500
# nginx logs every request; gunicorn logs errors only (to systemd's journal).
accesslog = None
errorlog = "-"
# No preload: every worker opens its own database connections after the fork.
preload_app = False
# gunicorn 24+ opens a control socket at one fixed path per user: several instances on a
# host would fight over it, and systemd reloads with a HUP signal anyway.
control_socket_disable = True
