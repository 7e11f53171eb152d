# Pequeno: `make run` to chat, `make test` to check everything. Both set themselves up.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# llama-cpp-python compiles llama.cpp on install; use both cores (pip caches the wheel).
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2

.PHONY: run test lint bench setup starter clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(STAMP)

starter: setup
	$(PY) -m assistant models fetch-starter

run: starter
	$(PY) -m assistant

lint: setup
	$(VENV)/bin/ruff check assistant tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest

bench: setup
	$(PY) bench/engine_overhead.py
	$(PY) bench/followup_ttft.py
	$(PY) bench/history_scale.py
	PEQUENO_KILL_ROUNDS=50 $(PY) -m pytest -q tests/core/test_history_kill.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
