# Learning Journal: `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test venv lint screenshots clean

# The venv is (re)installed when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/journal-app $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

.PHONY: package smoke install-desktop icons

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# A one-folder application in dist/journal-app (PyInstaller).
package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/journal-app.spec

# Start the built application: version, a journal opened offscreen, a PDF exported.
smoke: package
	packaging/smoke-test.sh dist/journal-app/journal-app

# Desktop integration for the current user (applications menu, .ljournal file type, icons).
install-desktop: $(STAMP)
	packaging/linux/install-desktop.sh "$(abspath $(VENV))/bin/journal-app"
