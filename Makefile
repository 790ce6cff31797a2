# Two commands on a fresh machine:
#   make dream PREMISE="I froze at my piano recital in front of my whole family"
#   make test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PREMISE ?= I froze at my piano recital in front of my whole family
ARGS ?=

.PHONY: install dream test lint bench clean

$(BIN)/dreamwright: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/dreamwright

install: $(BIN)/dreamwright

dream: install
	$(BIN)/dreamwright dream "$(PREMISE)" $(ARGS)

lint: install
	$(BIN)/dreamwright banks check
	$(BIN)/mypy
	$(BIN)/ruff check src tests benchmarks

test: lint
	$(BIN)/pytest

bench: install
	$(BIN)/python benchmarks/bench_compose.py
	$(BIN)/python benchmarks/bench_analyze.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
