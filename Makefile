# Learning Journal: `make run` starts the app, `make test` runs the whole suite headless (and its
# window tests again on a real X server when xvfb-run is installed).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test venv lint screenshots clean translations update-translations

# Translations: the .ts catalogues (resources/i18n, edited with Qt Linguist) are the source;
# the .qm files the window loads are built from them and not committed.
TS  := $(wildcard resources/i18n/*.ts)
QM  := $(TS:.ts=.qm)
I18N_SOURCES := $(shell find src/journal_app -name '*.py' 2>/dev/null)

# The venv is (re)installed when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing strings in the code: add them to the catalogues (then translate them).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(I18N_SOURCES) -source-language en -target-language cy -no-obsolete \
		-locations none -ts resources/i18n/journal_app_cy.ts
	$(VENV)/bin/pyside6-lupdate $(I18N_SOURCES) -source-language en -target-language en -no-obsolete \
		-locations none -pluralonly -ts resources/i18n/journal_app_en.ts

run: $(STAMP) $(QM)
	$(VENV)/bin/journal-app $(ARGS)

# The whole suite offscreen, then the window tests marked `realx` again on a real X server
# (tests/realx: Xvfb at 1366×768 with openbox; skipped without xvfb-run). A run of chosen tests
# (PYTEST_ARGS) skips the second pass unless REALX=1.
REALX ?= $(if $(PYTEST_ARGS),0,1)
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)
	@if [ "$(REALX)" = 1 ]; then tests/realx $(PY); fi

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py --lang cy

clean:
	rm -rf $(VENV) build dist .pytest_cache

.PHONY: package smoke install-desktop icons

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# A one-folder application in dist/journal-app (PyInstaller).
package: $(STAMP) $(QM)
	$(PY) -m pip install --quiet -e '.[test,package]'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/journal-app.spec

# Start the built application: version, a journal opened offscreen, a PDF exported.
smoke: package
	packaging/smoke-test.sh dist/journal-app/journal-app

# Desktop integration for the current user (applications menu, .ljournal file type, icons).
install-desktop: $(STAMP)
	packaging/linux/install-desktop.sh "$(abspath $(VENV))/bin/journal-app"
