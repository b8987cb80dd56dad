# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make run    creates .venv, installs the application, opens the window
#   make test   creates .venv, installs the application with its test tools, runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshot bench translations bundle bundle-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/ifg-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Style, types (mypy, strict) and the layers (lint-imports: the contracts in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy ifg_desktop
	$(BIN)/lint-imports --no-cache --no-logo

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshot.py docs/window.png

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# English and French: extract every marked string into resources/translations/*.ts, then
# compile the .qm files the program loads (tools/translations.py; fill translates).
translations: $(STAMP)
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py compile

# A folder an administrator can copy to a PC without Python: dist/ifg-wegwijzer/ (README,
# "Installing on a PC without Python"). PyInstaller goes into the venv only for this.
bundle: $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || \
		$(BIN)/python -m pip install --quiet "pyinstaller>=6.10,<7"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
		packaging/ifg-wegwijzer.spec

# The built program answers `find` and opens its window (offscreen), without the venv.
bundle-check: bundle
	packaging/check-bundle.sh dist/ifg-wegwijzer/ifg-wegwijzer

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache .mypy_cache
