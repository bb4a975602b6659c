# Two commands on a fresh Debian machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest system-deps clean tagger-scores

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Qt's xcb/offscreen platform needs a few shared libraries that a minimal Debian lacks.
system-deps:
	@sh build/install-system-deps.sh

run: $(STAMP)
	$(BIN)/timeline-app

lint: $(STAMP)
	$(BIN)/ruff check timeline_app tests bench build

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint typecheck pytest

# Tagger scores on every development file, whole and per half (A develop, B check), with error classes and the
# speed ratio against dateparser's search_dates, also on 200 real Timeline17 articles (tests/data/tagger/SCORES.md). TIMEX_CORPORA and
# TIMEX_SCORER point at the shared corpora and scorer.
tagger-scores: $(STAMP)
	$(BIN)/python bench/tagger_scores.py --baseline --classes --real 200

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
