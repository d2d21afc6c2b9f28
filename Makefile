# Portal de Comunicación Social — Pelican's Makefile conventions.
#   make html       build output/ from content/ (sets up .venv on first run)
#   make test       the whole test suite (installs its own needs, Debian included)
#   make devserver  preview at http://localhost:8000 rebuilding on every change
#   make publish    build the public site with publishconf.py
#   make bench-images  photo pipeline vs Sigal (BENCH_ARGS=--small for a quick look)

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
OUTPUTDIR := output
PORT ?= 8000

.PHONY: html publish devserver test lint clean help bench-images

help:
	@echo "make html | make test | make devserver | make publish | make bench-images | make lint | make clean"

$(BIN)/.installed: requirements.txt
	test -x $(PYTHON) || $(PY) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/.installed-dev: requirements-dev.txt requirements.txt $(BIN)/.installed
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

html: $(BIN)/.installed
	$(PYTHON) scripts/build.py -s pelicanconf.py -o $(OUTPUTDIR)

publish: $(BIN)/.installed
	$(PYTHON) scripts/build.py -s publishconf.py -o $(OUTPUTDIR)

devserver: $(BIN)/.installed
	$(PYTHON) scripts/devserver.py --port $(PORT)

test-deps: $(BIN)/.installed-dev
	bash scripts/install-test-deps.sh

test: test-deps
	$(BIN)/ruff check plugins scripts tests pelicanconf.py publishconf.py
	$(BIN)/pytest

bench-images: $(BIN)/.installed
	$(PYTHON) scripts/bench_images.py $(BENCH_ARGS)

lint: $(BIN)/.installed-dev
	$(BIN)/ruff check plugins scripts tests pelicanconf.py publishconf.py
	$(BIN)/ruff format --check plugins scripts tests pelicanconf.py publishconf.py

clean:
	rm -rf $(OUTPUTDIR) .output-staging cache .pytest_cache
