# Two commands on a fresh Debian machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every package version is locked here (what CI tested is what a fresh machine installs); `make lock` updates it.
LOCK := constraints.txt
I18N := timeline_app/i18n
QM := $(patsubst %.ts,%.qm,$(wildcard $(I18N)/*.ts))

.PHONY: run test lint typecheck pytest system-deps clean tagger-scores translations translations-update lock \
	bundle bundle-test bench-start

$(STAMP): pyproject.toml $(LOCK)
	@$(MAKE) --no-print-directory system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c $(LOCK) --upgrade pip
	$(BIN)/pip install --quiet -c $(LOCK) -e '.[dev]'
	touch $(STAMP)

# Qt's xcb/offscreen platform needs a few shared libraries that a minimal Debian lacks.
system-deps:
	@sh build/install-system-deps.sh

# The interface translations: .ts sources (edited by hand or in Qt Linguist) -> .qm files Qt loads.
$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After adding or changing tr() texts: refresh the .ts files (new texts arrive unfinished; translate them).
translations-update: $(STAMP)
	$(BIN)/python build/update_translations.py

run: $(STAMP) translations
	$(BIN)/timeline-app

lint: $(STAMP)
	$(BIN)/ruff check timeline_app tests bench build

typecheck: $(STAMP)
	$(BIN)/mypy

# The storage, services and CLI suites also run on PostgreSQL: build/pg_cluster.py starts a throwaway
# cluster around pytest and stops it afterwards (also when tests fail). Under CI=true a missing or
# broken PostgreSQL fails the run instead of skipping those tests. BUNDLE=1 also builds the
# one-folder app and checks that it starts, imports and exports.
PG_REQUIRE := $(if $(filter true 1 yes,$(CI)),--require,)
pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python build/pg_cluster.py run $(PG_REQUIRE) -- $(BIN)/pytest -q
ifeq ($(BUNDLE),1)
	@$(MAKE) --no-print-directory bundle-test
endif

test: lint typecheck pytest

# Re-resolve the newest versions pyproject.toml allows in a fresh venv and lock them in $(LOCK).
lock:
	rm -rf build/out/lock-venv
	$(PYTHON) -m venv build/out/lock-venv
	build/out/lock-venv/bin/pip install --quiet --upgrade pip
	build/out/lock-venv/bin/pip install --quiet -e '.[dev,bundle]'
	{ sed -n '1,3p' $(LOCK); build/out/lock-venv/bin/pip freeze --all --exclude-editable \
		| grep -v -e '^setuptools==' -e '^wheel==' | sort -f; } > $(LOCK).new
	mv $(LOCK).new $(LOCK)
	rm -rf build/out/lock-venv

# A standalone one-folder app (no Python needed on the target machine): build/dist/timeline-app/.
bundle: $(STAMP) translations
	$(BIN)/pip install --quiet -c $(LOCK) -e '.[dev,bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath build/dist --workpath build/out/pyinstaller \
		build/timeline-app.spec

# Start the bundle offscreen, import a sample, export a PNG (tests/bundle/, skipped unless the bundle exists).
bundle-test: bundle
	QT_QPA_PLATFORM=offscreen TIMELINE_APP_BUNDLE=build/dist/timeline-app $(BIN)/pytest -q tests/bundle

# Start time of the desktop app on a 1,000-article archive (BENCHMARKS.md, "Start time").
bench-start: $(STAMP) translations
	$(BIN)/python bench/bench_start.py

# Tagger scores on every development file, whole and per half (A develop, B check), with error classes and the
# speed ratio against dateparser's search_dates, also on 200 real Timeline17 articles (tests/data/tagger/SCORES.md). TIMEX_CORPORA and
# TIMEX_SCORER point at the shared corpora and scorer.
tagger-scores: $(STAMP)
	$(BIN)/python bench/tagger_scores.py --baseline --classes --real 200

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build/out build/dist $(I18N)/*.qm
