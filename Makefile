# shinchoku — the two commands a new machine needs: `make run` and `make test`.
# Everything is installed into .venv from pyproject.toml; nothing is installed by hand.

# Django's current release needs Python 3.12+: use the newest 3.12/3.13 found, else python3.
PYTHON ?= $(shell for p in python3.13 python3.12 $$HOME/.pyenv/versions/3.13*/bin/python3 \
	$$HOME/.pyenv/versions/3.12*/bin/python3 python3; do \
	$$p -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install run test suite lint bench clean browser libreoffice pdftools

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# The browser tests (tests/browser) drive Debian's headless Chromium through chromedriver.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver)

# tests/exports/test_libreoffice.py converts the workbooks to PDF with headless LibreOffice Calc
# (no GUI packages); the reader tests print plans with LibreOffice Writer as a word processor
# prints them (tests/importers/test_writer_prints.py); the IPAex Gothic font gives the PDFs their
# Japanese glyphs.
libreoffice:
	@command -v soffice >/dev/null && test -e /usr/lib/libreoffice/program/libswlo.so && \
		fc-list :lang=ja | grep -q . || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		libreoffice-calc-nogui libreoffice-writer-nogui fonts-ipaexfont-gothic)

# The reader tests print the sample plans to PDF and re-extract them with poppler's pdftotext
# (plain and -layout), as a municipality's staff would; bench/parse.py uses pdfinfo/pdfunite.
pdftools:
	@command -v pdftotext >/dev/null && command -v pdfunite >/dev/null || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils)

run: $(STAMP)
	$(BIN)/shinchoku demo --port $(PORT)

test: $(STAMP) browser libreoffice pdftools
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy  # the importers, as [tool.mypy] in pyproject.toml says
	$(MAKE) --no-print-directory suite

# The suite alone (no lint): .ci/run's second run, on PostgreSQL, after `make test` checked the code once.
suite: $(STAMP) browser libreoffice pdftools
	$(BIN)/python manage.py makemigrations --check --dry-run >/dev/null
	$(BIN)/python -m pytest -n auto --dist loadfile  # one process per core; a test file stays in one process

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: $(STAMP)
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/exports.py
	$(BIN)/python bench/ops.py
	$(BIN)/python bench/round.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis var
