# kewei (科委) — `make` or `make help` lists the targets.
# Everything runs inside .venv, created and installed on demand from pyproject.toml.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
KEWEI  := $(VENV)/bin/kewei
STAMP  := $(VENV)/.kewei-installed
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)
LAB_ARGS ?=
# Papermill/nbconvert and the font cache write under these; keep them inside the project tree.
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1
export LANG := C.UTF-8
export LC_ALL := C.UTF-8

.PHONY: help setup data notebooks briefings lab test lint bench browser clean

help: ## Show this help
	@echo "kewei 科委 — tables and briefings from district S&T commission documents"
	@echo
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo
	@echo "Start with: make briefings   (then open build/html/index.html)"

setup: $(STAMP) ## Create .venv (if missing) and install kewei with its dependencies

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "kewei needs Python 3.11 or newer; found " + sys.version.split()[0] + " (set PYTHON=python3.11)")'
	@test -x $(PY) || { echo "creating $(VENV) …"; $(PYTHON) -m venv $(VENV); }
	@echo "installing kewei and its dependencies into $(VENV) (about a minute the first time) …"
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@# This machine may set PYTHONDONTWRITEBYTECODE: compile once so each kernel starts fast.
	@$(PY) -m compileall -q -j 0 $(VENV)/lib lib > /dev/null || true
	@touch $(STAMP)

data: $(STAMP) ## Extract the documents in seeds/ into tables in data/
	$(KEWEI) extract

notebooks: $(STAMP) ## Execute the notebook grid (notebooks/briefings.yml) into build/executed/
	$(KEWEI) build --jobs $(JOBS) --no-publish

briefings: $(STAMP) ## Extract, execute the notebooks and publish HTML briefings to build/html/
	$(KEWEI) build --jobs $(JOBS)
	@echo "open build/html/index.html"

lab: $(STAMP) data ## Open JupyterLab on the notebooks with the project's kernel (LAB_ARGS=…)
	cd notebooks && ../$(VENV)/bin/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

browser: ## Install headless Chromium and a CJK font for the HTML tests (Debian, needs root)
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk\|noto sans sc"; then \
	  exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium and fonts-wqy-microhei with apt-get …"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei) > /dev/null; \
	else \
	  echo "The HTML safety tests need Chromium and a CJK font: sudo apt-get install chromium fonts-wqy-microhei"; exit 1; \
	fi

lint: $(STAMP) ## Check the code style with ruff
	$(VENV)/bin/ruff check lib tests

test: $(STAMP) browser ## Run the whole test suite: lint, library tests, notebook tests (nbval)
	$(VENV)/bin/ruff check lib tests
	$(PY) -m pytest tests
	@# Notebooks are committed stripped; their check cells' expected outputs live in tests/.
	$(PY) tests/nbval_refs.py build/nbval
	$(PY) -m pytest --nbval-lax --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg \
	  -p no:cacheprovider build/nbval

bench: $(STAMP) ## Benchmark extraction and the build; writes build/bench.json
	$(PY) -m kewei.bench

clean: ## Remove build outputs and generated tables (keeps .venv)
	rm -rf build data/*.csv data/*.parquet .pytest_cache .ruff_cache
