# Recul: the one list of commands, for people and for CI.
# From a fresh clone, only python3 is needed: every target builds .venv first.

VENV    := .venv
BIN     := $(VENV)/bin
PY      := $(BIN)/python
STAMP   := $(VENV)/.installed
# Only the packages that exist, so the targets work while the tree grows.
PACKAGES     := $(wildcard domain projections api workers recul)
# Coverage gate on the core: the domain and the read models.
COV_PACKAGES := $(wildcard domain projections)

.DEFAULT_GOAL := help
.PHONY: help venv run test lint fmt bench lock models clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-7s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(PY):
	python3 -m venv $(VENV)

# Reinstalls only when the dependency declaration or the lock changes.
$(STAMP): pyproject.toml requirements.lock | $(PY)
	$(PY) -m pip install -r requirements.lock
	$(PY) -m pip install --no-deps -e .
	touch $@

venv: $(STAMP) ## create .venv and install the locked dependencies (idempotent)

run: venv ## serve the API on http://127.0.0.1:8000/graphql (loads the worked example on first start, prints an admin token)
	$(BIN)/recul serve

test: venv ## lint, type-check, check layers, then run the tests with coverage (needs PostgreSQL and Redis)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy $(PACKAGES)
	$(BIN)/lint-imports
	$(BIN)/pytest $(addprefix --cov=,$(COV_PACKAGES)) --cov-report=term-missing:skip-covered --cov-fail-under=85

lint: venv ## ruff, mypy and the import-linter layer contracts
	$(BIN)/ruff check .
	$(BIN)/mypy $(PACKAGES)
	$(BIN)/lint-imports

fmt: venv ## format the code and apply ruff's safe fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: venv ## run the benchmarks in tests/benchmarks (not part of make test)
	$(BIN)/pytest tests/benchmarks -p no:cacheprovider -s -o addopts=""

$(BIN)/pip-compile: | $(PY)
	$(PY) -m pip install 'pip-tools>=7.4'

# Index lines are left out so the lock does not carry this machine's pip config.
models: venv ## retrain the linters' text models on tests/data (after changing the labelled corpus)
	$(PY) tools/train_lint_models.py

lock: | $(BIN)/pip-compile ## regenerate requirements.lock after changing pyproject.toml dependencies
	$(BIN)/pip-compile --extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements.lock pyproject.toml

clean: ## remove .venv, var/ and every cache
	rm -rf $(VENV) var build .pytest_cache .mypy_cache .ruff_cache .import_linter_cache \
		.coverage .coverage.* htmlcov *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
