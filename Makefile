# Taawun — the two commands that matter: `make demo` and `make test`.
PYTHON ?= python3.12
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
export UV_PYTHON_DOWNLOADS := never
# CI sets TAAWUN_TEST_POSTGRES (e.g. postgres://postgres@127.0.0.1:5432/taawun) to run the
# suite a second time on PostgreSQL; with CI=1 and no server the run fails instead of skipping.
TAAWUN_TEST_POSTGRES ?=
# The suite runs on every core (pytest-xdist, one module per worker so that a module's world is
# built once), then the browser journeys one after the other: a live server and Chromium
# competing with another worker for two cores time out at random.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(PYTEST_WORKERS) --dist loadfile

.PHONY: install demo serve test lint check security pytest pytest-postgres messages bench bench-quick clean backup

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --user uv
	$(UV) sync --locked
	@mkdir -p var
	$(PY) manage.py build_fonts
	@touch $@

demo: install
	@mkdir -p var
	DEBUG=true $(PY) manage.py migrate --noinput
	DEBUG=true $(PY) manage.py load_demo
	@# The background worker (PDFs rendered ahead, later e-mails and reminders) runs beside the
	@# server and stops with it.
	DEBUG=true $(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DEBUG=true $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install lint check security pytest pytest-postgres

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: install
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# Security lint: bandit on the application code (tests and migrations aside) at medium severity
# and medium confidence or more; a finding is fixed, or justified on its line with `# nosec BXXX`
# and a comment saying why. `check --deploy` with production settings runs in the suite
# (taawun/core/tests/test_foundations.py), the security headers in tests/test_security_headers.py.
security: install
	$(VENV)/bin/bandit -q -r taawun -ll -ii -x '*/tests/*,*/migrations/*'

# A backup of the database and the file storages (see README, "Backups").
BACKUP ?= var/backups/taawun-$(shell date -u +%Y%m%dT%H%M%SZ).tar.gz
backup: install
	$(PY) manage.py backup $(BACKUP)

pytest: install
	$(PY) -m pytest -p no:randomly $(PYTEST_PARALLEL) -m "not browser"
	$(PY) -m pytest -p no:randomly -m browser

pytest-postgres: install
	@if [ -n "$(TAAWUN_TEST_POSTGRES)" ]; then \
		echo "== the suite again on PostgreSQL =="; \
		DATABASE_URL="$(TAAWUN_TEST_POSTGRES)" $(PY) -m pytest -p no:randomly $(PYTEST_PARALLEL) \
			-m "not browser" --create-db; \
	elif [ -n "$$CI" ]; then \
		echo "CI must run the suite on PostgreSQL: set TAAWUN_TEST_POSTGRES" >&2; exit 1; \
	else \
		echo "PostgreSQL run skipped: set TAAWUN_TEST_POSTGRES=postgres://user@host/db to run it"; \
	fi

# Benchmarks (benchmarks/bench.py): commune and national scale, SQLite and, when
# TAAWUN_BENCH_POSTGRES names a server, PostgreSQL. Figures only, no timing asserted.
bench: install
	$(PY) benchmarks/bench.py

bench-quick: install
	$(PY) benchmarks/bench.py --quick

messages: install
	$(PY) manage.py makemessages -l ar -l fr -l en -e html,txt,py,css --no-obsolete --add-location=file \
		--ignore=.venv --ignore=var --ignore=tests --ignore=benchmarks --ignore="*/tests/*"
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) var
