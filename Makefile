# Shared Say. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
# uv installs from uv.lock, so every machine gets exactly the versions CI tested. `make lock`
# refreshes the lock after pyproject.toml changes.
UV_VERSION := 0.13.9
UV_SYNC := $(UV) sync --frozen --inexact --no-install-project --quiet
export UV_PYTHON_DOWNLOADS := never
# The wall time of the whole make run, installs included, printed at the end of `make test`.
START := $(shell date +%s)
PORT ?= 8000
HOST ?= 127.0.0.1

.DEFAULT_GOAL := help
.PHONY: help run test lint format bench chromium lock

help: ## Show this help
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

$(VENV)/.installed-run: pyproject.toml uv.lock | $(UV)
	$(UV_SYNC)
	@touch $@

$(VENV)/.installed-test: pyproject.toml uv.lock | $(UV)
	$(UV_SYNC) --extra test --extra dev
	@touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run ## Install, migrate, load the demo, start the task worker and serve http://$(HOST):$(PORT) (8000 unless PORT is set)
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --address http://$(HOST):$(PORT)
	@# The task worker (telling emails, search indexes; ADR 026) runs beside the server and stops with it.
	@# Quiet: the demo leaves about 800 tasks, whose lines would push the logins off the screen.
	@# A failed email still shows on the commissioner's telling screen.
	$(PY) manage.py db_worker --verbosity 0 & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-test chromium ## Install test extras and run every test, browser tests included
	@mkdir -p var
	@status=0; $(PY) -m pytest $(PYTEST_ARGS) || status=$$?; \
		echo "make test: $$(( $$(date +%s) - $(START) )) s wall time, installs included"; \
		exit $$status

chromium: ## Make sure Chromium is available for the browser tests
	@if [ -n "$$CHROMIUM" ]; then \
		[ -x "$$CHROMIUM" ] || { echo "CHROMIUM=$$CHROMIUM is not an executable file."; exit 1; }; \
	elif [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = "0" ]; then \
		echo "Installing Chromium with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "Chromium is missing. Install it with 'sudo apt-get install chromium'," \
			"or set CHROMIUM to a Chromium executable."; \
		exit 1; \
	fi

lint: $(VENV)/.installed-test ## Check code style with ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-test ## Format code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

lock: | $(UV) ## Refresh uv.lock after changing dependencies in pyproject.toml
	$(UV) lock

bench: $(VENV)/.installed-test ## Run the benchmarks
	$(PY) bench/allocation.py
	$(PY) bench/answering.py
	$(PY) bench/results.py
	$(PY) bench/load.py
	$(PY) bench/telling.py
