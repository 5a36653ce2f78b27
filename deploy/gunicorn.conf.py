"""gunicorn settings for the registry: `gunicorn -c deploy/gunicorn.conf.py` from the
checkout (README, "Deployment"). Command-line flags override them (`-b`, `-w`).

Workers and class: 2 gthread workers x 4 threads on the 2-core reference machine
(WEB_CONCURRENCY and REGISTRY_THREADS change them; `make bench-workers` measures the
candidates: sync x2, sync x4, gthread 2x4, 3x4, 4x2 on the KTP-el and home pages at 50
and 200 connections).
- A page costs CPU (query, template, sheet), so one process per core: a third or fourth
  process adds memory and context switches, not throughput. On an idle machine (issue 12)
  2 sync workers served the KTP-el page at 84-87 req/s; on 2026-12-01, with 8 jobs loading
  the machine (load average 12-20), every candidate stayed between 0 and 14 req/s at c50
  and c200 with timeouts: sync x4 did no better than sync x2 (3-7 against 2-5 req/s),
  nor gthread 3x4 than 2x4 - the extra processes bought nothing measurable.
- gthread rather than sync: a sync worker holds one connection at a time and closes it
  after each response, so at 200 direct connections the others wait in the listen queue
  (issue 12: 715 timeouts at c200 with 2 sync workers). Threads keep nginx's upstream
  connections alive (keepalive below), let one worker answer while another request waits
  for PostgreSQL or Redis (the GIL is released on I/O), and a slow client never ties up a
  whole process. 4 threads per worker is enough to cover those waits; more would only
  queue on the GIL.
- With gthread the worker's heartbeat comes from its main thread, so `timeout` below
  catches a hung process, not a long poster batch.
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
# A worker whose main thread is silent this long is hung and is replaced (a page answers
# within DATABASE_STATEMENT_TIMEOUT + DATABASE_CONNECT_TIMEOUT, or with a 503).
timeout = 30
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
