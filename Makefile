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
.PHONY: help install run test lint model eval bench samples clean

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-zA-Z_-]*:.*## / {printf "  make %-9s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

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

test: $(STAMP) ## Run the test suite
	$(BIN)/python -m pytest -q

lint: $(STAMP) ## Check style with ruff
	$(BIN)/ruff check pipeline tests

model: $(STAMP) ## Build the spaCy pipeline into models/ from the rule files
	$(BIN)/python -m pipeline.nlp.build

eval: $(STAMP) ## Measure extraction accuracy on the labelled corpora (target: verdicts >= 0.98)
	@echo "== tests/corpus (generated, eval phrasing)";  $(BIN)/python -m pipeline.evaluate tests/corpus
	@echo "== tests/corpus_hand (hand-written)";         $(BIN)/python -m pipeline.evaluate tests/corpus_hand
	@echo "== inputs/samples";                           $(BIN)/python -m pipeline.evaluate inputs/samples
	@echo "== tests/heldout (hand-written, never tuned on: reported, not gated)"; \
	  $(BIN)/python -m pipeline.evaluate tests/heldout || true

bench: $(STAMP) ## Benchmark against the floor and peers (N=2000 documents; N=20000 for scale)
	@$(COMPILE)
	$(BIN)/python -m pipeline.bench --n $(N)

samples: $(STAMP) ## Regenerate the sample reviews in inputs/samples and the labelled corpus
	$(BIN)/python -m pipeline.synth samples inputs/samples
	$(BIN)/python -m pipeline.synth corpus tests/corpus

clean: ## Remove the virtual environment, caches and outputs (keeps outputs/README.md)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info .bench
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find $(OUTPUT) -mindepth 1 ! -name README.md -exec rm -rf {} + 2>/dev/null || true
