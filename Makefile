# Shared Say. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1

.DEFAULT_GOAL := help
.PHONY: help run test lint format bench chromium demo

help: ## Show this help
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test,dev]"
	@touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run ## Install, migrate, load the demo and serve http://127.0.0.1:8000
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-test chromium ## Install test extras and run every test, browser tests included
	@mkdir -p var
	$(PY) -m pytest

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

bench: $(VENV)/.installed-test ## Run the benchmarks
	$(PY) bench/allocation.py
	$(PY) bench/answering.py
