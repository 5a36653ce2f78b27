"""gunicorn settings for the registry: `gunicorn -c deploy/gunicorn.conf.py` from the
checkout (README, "Deployment"). Command-line flags override them (`-b`, `-w`).

Workers and class: 2 gthread workers x 4 threads on the 2-core reference machine
(WEB_CONCURRENCY and REGISTRY_THREADS change them). `make bench-workers` measures the
candidates on the KTP-el and home pages at 50 and 200 connections.
- A page costs CPU (query, template, sheet), so one process per core: a third or fourth
  process adds memory and context switches, not throughput.
- gthread rather than sync: a sync worker holds one connection at a time and closes it
  after each response, so at 200 direct connections the others wait in the listen queue
  (issue 12: 715 timeouts at c200 with 2 sync workers on an idle machine). Threads keep
  nginx's upstream connections alive (keepalive below), let one worker answer while another
  request waits for PostgreSQL or Redis (the GIL is released on I/O), and a slow client
  never ties up a whole process. 4 threads cover those waits; more would queue on the GIL.
- Measured 2026-12-01 (`make bench-workers`, SQLite demo, 10 s a cell) while 8 other jobs
  loaded the 2 cores (load average 12-17), req/s:
      candidate     service c50  c200   home c50  c200
      sync x2               15     9         28    26
      sync x4                8     9         25    33
      gthread 2x4            9     6         21    26
      gthread 3x4            7     9         19    39
      gthread 4x2            5     4         17    12
  with timeouts (wrk, 2 s) in every cell. The same candidate moved as much between runs
  (sync x2, service c50: 5 req/s in an earlier run, 15 here) as the candidates differ, so
  this run does not separate sync x2 from gthread 2x4; it does show that more processes
  (x4, 3x4, 4x2) bought nothing consistent. The class follows from the reasons above; repeat
  `make bench-workers` on a quiet machine (and on PostgreSQL) before changing it.
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
