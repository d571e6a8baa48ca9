# Two entry points (see README): `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast i18n bench lint clean bundle selftest

$(STAMP): pyproject.toml
	-bash scripts/system-deps.sh
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m ntm_desktop.devtools.i18n compile
	$(BIN)/ntm-desktop $(ARGS)

test: $(STAMP)
	$(BIN)/python -m ntm_desktop.devtools.i18n compile
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

i18n: $(STAMP)
	$(BIN)/python -m ntm_desktop.devtools.i18n update

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check ntm_desktop tests

# One-folder PyInstaller bundle in dist/ntm-desktop/ (see docs/packaging.md), then its
# self-tests. `selftest` checks the current (non-frozen) installation instead. Order-only
# prerequisites: an existing venv is used as it is (no reinstall, no network).
$(BIN)/pyinstaller:
	$(MAKE) $(STAMP)
	$(BIN)/pip install --quiet -e ".[build]"

$(BIN)/ntm:
	$(MAKE) $(STAMP)

bundle: | $(BIN)/pyinstaller
	$(BIN)/python -m ntm_desktop.devtools.check_catalogs
	$(BIN)/pyinstaller build.spec --noconfirm
	dist/ntm-desktop/ntm selftest
	QT_QPA_PLATFORM=offscreen dist/ntm-desktop/ntm-desktop --self-test

selftest: | $(BIN)/ntm
	$(BIN)/python -m ntm_desktop.devtools.i18n compile
	$(BIN)/ntm selftest
	QT_QPA_PLATFORM=offscreen $(BIN)/ntm-desktop --self-test

clean:
	rm -rf $(VENV) build dist
