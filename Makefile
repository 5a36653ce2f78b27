# Two commands: `make run` serves the registry with demo data; `make test` runs everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
STAMP := $(VENV)/.installed

.PHONY: run test fuzz fuzz-api bench bench-workers bench-data bench-search install translations clean lint

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,lint]'
	touch $(STAMP)

install: $(STAMP)

translations: $(STAMP)
	$(BIN)/pybabel compile -d registry/translations >/dev/null

run: translations
	$(BIN)/flask --app registry db upgrade
	$(BIN)/flask --app registry seed-demo --if-empty
	DEVELOPMENT_BASE_URL=http://127.0.0.1:$(PORT) $(BIN)/flask --app registry run --host 127.0.0.1 --port $(PORT)

test: translations
	$(BIN)/python -m pytest

# The property-based suite with many more examples per property (tests/properties).
fuzz: translations
	HYPOTHESIS_PROFILE=deep $(BIN)/python -m pytest tests/properties --hypothesis-show-statistics

lint: $(STAMP)
	$(BIN)/ruff check registry tests benchmarks deploy
	$(BIN)/mypy

# One table of figures (load under gunicorn and nginx beside their floors, gzip, search,
# posters, imports), saved as benchmarks/results/latest.json. BENCH_SECONDS=60 per cell for
# the full run (default 10). Installs wrk and nginx with apt when missing (as root).
bench: translations
	$(BIN)/python benchmarks/run.py

# The measurement behind deploy/gunicorn.conf.py's worker class and counts.
bench-workers: translations
	$(BIN)/python benchmarks/workers.py

# The national dataset for the search benchmark: 550 regions x 300 services, into
# instance/bench.sqlite and the PostgreSQL database registry_bench (BENCH_SQLITE,
# BENCH_DATABASE_URL override them).
bench-data: translations
	$(BIN)/python benchmarks/bench_data.py

# Search p50/p95 on both databases at national scale, and the labelled queries' accuracy.
bench-search: translations
	$(BIN)/python benchmarks/search.py

# Schemathesis against the API on a fresh demo database, deeper than the test suite's run.
fuzz-api: translations
	$(BIN)/python -m tests.api_fuzz $(or $(EXAMPLES),200)

clean:
	rm -rf $(VENV) instance/*.sqlite
