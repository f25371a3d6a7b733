# reviews: expert reviews of MIP and PKE content -> spreadsheets and a report.
# `make help` lists the targets.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INPUT  ?= inputs/samples
OUTPUT ?= outputs
N      ?= 2000
JOBS   ?=

.DEFAULT_GOAL := help
.PHONY: help install run test test-slow test-all lint model eval bench samples clean

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-zA-Z_-]*:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# pip byte-compiles the packages it installs, but not an editable one: without this, every run
# (the command and the workers' fork server) compiles the package from source when Python may not
# write bytecode itself (PYTHONDONTWRITEBYTECODE). Only changed files are compiled again (~0.1 s).
COMPILE := $(BIN)/python -m compileall -q pipeline >/dev/null

install: $(STAMP) ## Create the virtual environment and install the package (+ dev tools)

run: $(STAMP) ## Run the pipeline on the bundled samples (INPUT=..., OUTPUT=...)
	@$(COMPILE)
	$(BIN)/reviews run $(INPUT) -o $(OUTPUT) $(if $(JOBS),--jobs $(JOBS)) || test $$? -eq 1

# The tests start many interpreters (workers, fork servers, the installed program): let them keep
# their bytecode even where PYTHONDONTWRITEBYTECODE is set, so that each does not compile it again.
PYTEST := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q

# The quick set runs on two processes (pytest-xdist): its tests are independent, and it halves
# the time. The slow set keeps one: its time limits and memory ceilings want the machine to itself.
test: $(STAMP) ## Run the tests, the slow set apart (under a minute)
	$(PYTEST) -m "not slow" -n 2

test-slow: $(STAMP) ## Run the slow set: real corpus, time limits, crashes, scale, rendering
	$(PYTEST) -m slow

test-all: test test-slow ## Run every test (as .ci/run does)

lint: $(STAMP) ## Check style with ruff
	$(BIN)/ruff check pipeline tools tests

model: $(STAMP) ## Build the spaCy pipeline into models/ from the rule files
	$(BIN)/python -m pipeline.nlp.build

eval: $(STAMP) ## Measure extraction accuracy on the labelled corpora (target: verdicts >= 0.98)
	@echo "== tests/corpus (generated, eval phrasing)";  $(BIN)/python -m tools.evaluate tests/corpus
	@echo "== tests/corpus_hand (hand-written)";         $(BIN)/python -m tools.evaluate tests/corpus_hand
	@echo "== inputs/samples";                           $(BIN)/python -m tools.evaluate inputs/samples
	@echo "== tests/heldout (hand-written; a development set since it was measured)"; \
	  $(BIN)/python -m tools.evaluate tests/heldout || true
	@for d in tests/blind/*/; do d=$${d%/}; \
	  if [ -f "$$d/expected.csv" ]; then \
	    echo "== $$d (written blind; see tests/blind/README.md for when it was measured)"; \
	    $(BIN)/python -m tools.evaluate "$$d" || true; \
	  fi; \
	done

bench: $(STAMP) ## Benchmark against the floor and peers (N=2000 documents; N=20000 for scale)
	@$(COMPILE)
	$(BIN)/python -m tools.bench --n $(N)

samples: $(STAMP) ## Regenerate the sample reviews in inputs/samples and the labelled corpus
	$(BIN)/python -m tools.synth samples inputs/samples
	$(BIN)/python -m tools.synth corpus tests/corpus

clean: ## Remove the virtual environment, caches and outputs (keeps outputs/README.md)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info .bench
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find $(OUTPUT) -mindepth 1 ! -name README.md -exec rm -rf {} + 2>/dev/null || true
