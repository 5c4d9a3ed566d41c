# POEMS triage assistant. Two commands do everything: `make run` and `make test`.
# Both go through `make setup`, which is idempotent and quick when nothing changed.

SHELL := /bin/bash
# Referral text is health data: Rasa's telemetry and error reporting stay off everywhere.
export RASA_TELEMETRY_ENABLED ?= false
VENV  ?= .venv
BIN   := $(VENV)/bin
MODEL := models/poems.tar.gz
# pytest-xdist workers for `make test`: one per core, at most 4 (each builds the NLU pipelines).
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ "$$n" -gt 4 ] && n=4; echo $$n)
# Everything that changes what the Rasa model is (the NLU component code and its rule files too).
MODEL_INPUTS := domain.yml config.yml $(shell find data nlu -type f \( -name '*.yml' -o -name '*.yaml' -o -name '*.py' -o -name '*.json' -o -name '*.jsonl' \) 2>/dev/null)

.PHONY: setup train web browser services run test test-fast eval bench constraints clean help

help:
	@echo "make run    - set up, train when needed, start the assistant"
	@echo "make test   - set up, train when needed, run every test"
	@echo "make setup  - create $(VENV) and install (idempotent)"
	@echo "make train  - train the Rasa model when its inputs changed"
	@echo "make web    - install the web chat page's front-end packages (npm ci)"
	@echo "make eval   - NLU and verdict accuracy on the annotated corpus"
	@echo "make bench  - throughput, latency and training benchmarks"

setup: $(VENV)/.setup-stamp

$(VENV)/.setup-stamp: pyproject.toml constraints.txt scripts/find-python.sh
	@scripts/timed.sh install scripts/setup.sh "$(VENV)"
	@touch $@

train: setup $(MODEL)

$(MODEL): $(MODEL_INPUTS)
	@scripts/timed.sh training $(BIN)/rasa train --fixed-model-name poems --out models --quiet
	@touch $@

# The web chat page's front-end packages (socket.io-client), from web/package-lock.json.
web: web/node_modules/.package-lock.json

web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	@cd web && npm ci --no-audit --no-fund --loglevel=error

# Debian's chromium + chromedriver for the browser test (installed when root, else it skips).
browser:
	@scripts/ensure-browser.sh

# PostgreSQL and Redis for the scale-out tests (started, or installed when root; else they skip).
services:
	@scripts/ensure-services.sh || echo "PostgreSQL/Redis unavailable: the scale-out tests will skip and say why"

run: train web
	@scripts/run.sh

test: train web browser services
	@scripts/timed.sh tests $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup --durations=15 $(PYTEST_ARGS)

test-fast: setup
	@$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup -m "not e2e and not slow" $(PYTEST_ARGS)

eval: setup
	@$(BIN)/poems-triage eval

bench: train
	@$(BIN)/python -m benchmarks

constraints: $(VENV)/.setup-stamp
	@scripts/freeze-constraints.sh "$(VENV)"

clean:
	rm -rf $(VENV) models .rasa
