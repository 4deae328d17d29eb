# eventpipe — `make run` and `make test` do all set-up on a machine with Python 3.11+ and make.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo python3 -m uv)
# The interpreter of the environment: the operating system's CPython 3.11-3.13 where there is one.
# Debian and Ubuntu build it with link-time and profile-guided optimisation: the coder executes 11%
# fewer instructions on it than on a plain source build such as pyenv's (README, "Speed"). Without one, uv picks
# the first Python 3.11+ it finds. `make PYTHON=/path/to/python3 install` chooses another.
PYTHON ?= $(firstword $(wildcard /usr/bin/python3.13 /usr/bin/python3.12 /usr/bin/python3.11))
VENV := .venv
BIN := $(VENV)/bin
GOLD ?= ../shared/dev-gold
PLOVER ?= ../shared/reference/cameo/plover

.PHONY: install run test test-ui dev eval bench manifest clean

install: $(VENV)/.installed

# Bytecode is compiled at install: where PYTHONDONTWRITEBYTECODE is set, every process (dbt, coding
# workers, tests) would otherwise compile dagster, dbt and pandas from source, about 20 s each.
$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv
	$(UV) sync --frozen --compile-bytecode $(if $(PYTHON),--python $(PYTHON))
	$(BIN)/python -m compileall -q orchestration >/dev/null
	@touch $@

manifest: install
	$(BIN)/eventpipe prepare

run: manifest
	$(BIN)/eventpipe run

test: manifest
	$(BIN)/python -m pytest

# browser test of the Dagster UI (tests/ui): dagster dev + headless Chromium; not part of `make test`
CHROMIUM ?= /usr/bin/chromium
test-ui:
	@test -x "$(CHROMIUM)" || { echo "make test-ui: no Chromium at $(CHROMIUM); install Debian's chromium: apt-get install chromium (or set CHROMIUM=/path/to/chromium)" >&2; exit 1; }
	@$(MAKE) --no-print-directory manifest
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest tests/ui -m ui -s

dev: install
	$(BIN)/eventpipe dev

eval: install
	$(BIN)/eventpipe evaluate $(GOLD)
	$(BIN)/python benchmarks/plover_eval.py $(PLOVER)

# every benchmark, figures printed and written to BENCHMARKS.md (not part of `make test`);
# BENCH_ARGS="--quick" for small sizes, "--sizes 10000,100000,1000000" for the million
BENCH_ARGS ?=
bench: install
	$(BIN)/python benchmarks/run_all.py $(BENCH_ARGS)

clean:
	rm -rf data/warehouse*.duckdb* data/dagster_home data/inbox dbt_project/target dbt_project/logs
