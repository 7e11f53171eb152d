# Pequeno: `make run` to chat, `make test` to check everything. Both set themselves up.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# llama-cpp-python compiles llama.cpp on install; use both cores (pip caches the wheel).
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2

.PHONY: run test lint bench bench-scale setup starter translations screenshot package package-check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# Compiled translations are built, never committed: the .ts files are the source.
QM := $(patsubst i18n/%.ts,assistant/i18n/%.qm,$(wildcard i18n/*.ts))

assistant/i18n/%.qm: i18n/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

setup: $(STAMP) translations

starter: setup
	$(PY) -m assistant models fetch-starter

run: starter
	$(PY) -m assistant

lint: setup
	$(VENV)/bin/ruff check assistant tests bench packaging
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest

bench: setup
	$(PY) bench/engine_overhead.py
	$(PY) bench/followup_ttft.py
	$(PY) bench/turn_overhead.py
	$(PY) bench/history_scale.py
	$(PY) bench/summarize.py
	$(PY) bench/return_ttft.py
	$(PY) bench/summary_plan.py --tokens 5000
	$(PY) bench/retrieval.py
	$(PY) bench/ask_ttft.py
	PEQUENO_KILL_ROUNDS=50 $(PY) -m pytest -q tests/core/history/test_history_kill.py

# Phi-3-mini at its real size (random weights with its exact shapes, 2.2 GB each for the 4K and
# 128K variants, written once to ~/.cache/pequeno-bench): minutes, and never beside the tests.
PHI3_4K = $$($(PY) bench/phi3_shaped.py 4k)
PHI3_128K = $$($(PY) bench/phi3_shaped.py 128k)
bench-scale: setup
	$(PY) bench/engine_overhead.py --model $(PHI3_4K) --rounds 3 --tokens 48
	$(PY) bench/context_scale.py --before --real-load
	$(PY) bench/return_ttft.py --model $(PHI3_4K)
	$(PY) bench/ui_stall.py --model $(PHI3_4K) --tokens 24 --repeat 2 --messages 200

# A real window on a virtual X screen (Debian's xvfb; installed here when missing).
screenshot: setup
	command -v xvfb-run >/dev/null && ldconfig -p | grep -q libxcb-icccm.so.4 || \
	  (apt-get update -qq && apt-get install -y -qq --no-install-recommends xvfb xauth \
	   libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	   libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxkbcommon-x11-0)
	fc-list :lang=zh | grep -q . || (apt-get update -qq && apt-get install -y -qq \
	  --no-install-recommends fonts-wqy-microhei)
	mkdir -p build
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tests/ui/screenshot.py \
	  build/screenshot$(if $(LANGUAGE),-$(LANGUAGE)).png $(LANGUAGE)
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) tests/ui/screenshots.py build/screenshots

# The installed app (PyInstaller, one folder) in dist/pequeno; see packaging/README.md.
package: setup
	$(PY) -m pip install --quiet -e '.[dev,packaging]'
	$(PY) packaging/make_icons.py build/icons
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/pequeno.spec
	@du -sh dist/pequeno

# The bundle's self-test on the starter model, with the network cut off where Linux allows.
package-check: package
	$(PY) packaging/check_bundle.py dist/pequeno/pequeno

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache assistant/i18n/*.qm
