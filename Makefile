# Portal de Comunicación Social — Pelican's Makefile conventions; each target runs
# one command of the portal package (python -m portal ORDEN, see portal/commands/).
#   make html       build output/ from content/ (sets up .venv on first run)
#   make test       ruff, then both test tiers: unit, then site (installs its own
#                   needs, Debian included)
#   make test-unit  the fast tier only: each module's logic, no site built
#   make test-site  the tier that builds sites, runs commands, drives Chromium
#   make test-order the suite in reverse and in a random order, then each
#                   test module alone: no test needs another's side effects
#   make devserver  preview at http://localhost:8000: the saved page at once, then the site
#   make publish    build the public site with publishconf.py
#   make check      validate all content without building (the pre-commit hook)
#   make nuevo TIPO=boletin TITULO="…"   a ready-to-fill file (boletin, galeria,
#                   plan, informe, evento, pagina, video, audio, campana, proveedor,
#                   contrato, presupuesto, tiempos, aclaracion,
#                   gobierno, pregunta; FECHA=AAAA-MM-DD optional)
#   make hook       install the git pre-commit hook
#   make editor     the staff editor (Decap CMS) at http://localhost:8000/admin/,
#                   saving each change as a git commit (README «Editor de contenido»)
#   make rsync_upload  publish, then send only what changed to the server
#   make bench-images  photo pipeline vs Sigal (BENCH_ARGS=--small for a quick look)
#   make bench-media   video and audio pipeline vs plain FFmpeg, in s per minute of source
#   make bench      whole-site builds vs stock Pelican and Hugo, and make devserver vs hugo server
#                   (SIZE=small: a few min; BENCH_SITE_ARGS="--reuse-image-cache" or "--steps …")

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
OUTPUTDIR := output
PORT ?= 8000

.PHONY: html publish devserver test test-unit test-site test-order test-deps lint clean help bench-images bench-media bench check nuevo hook rsync_upload
.PHONY: editor

help:
	@echo "make html | make test | make test-unit | make test-site | make test-order | make devserver | make publish | make check | make nuevo TIPO=… TITULO=… | make hook | make editor | make rsync_upload | make bench-images | make bench-media | make bench [SIZE=small] | make lint | make clean"

# The portal installs itself (pyproject.toml): portal/ and plugins/ import by name.
# The build needs Debian programs: jpegtran (libjpeg-turbo-progs) turns the
# press copies upright without re-encoding them (plugins/images/press.py), and
# ffmpeg with ffprobe reads and transcodes the videoteca and fonoteca (plugins/media/);
# WeasyPrint makes the printed edition with Pango (libpango-1.0-0, libpangoft2-1.0-0,
# libharfbuzz-subset0 for the font subsets) and embeds Liberation Serif and Sans
# (fonts-liberation2) in it (plugins/print_edition/).
PRINT_FONT := /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf
$(BIN)/.installed: requirements.txt pyproject.toml
	command -v jpegtran >/dev/null 2>&1 && command -v ffmpeg >/dev/null 2>&1 \
	  && test -f $(PRINT_FONT) && ldconfig -p | grep -q libpangoft2-1.0.so.0 \
	  && ldconfig -p | grep -q libharfbuzz-subset.so.0 || { \
	  echo "Instalando los paquetes de Debian libjpeg-turbo-progs (jpegtran), ffmpeg, Pango y fonts-liberation2"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends libjpeg-turbo-progs ffmpeg \
	    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation2; }
	test -x $(PYTHON) || $(PY) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(BIN)/.installed-dev: requirements-dev.txt requirements.txt $(BIN)/.installed
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

html: $(BIN)/.installed
	$(PYTHON) -m portal build -s pelicanconf.py -o $(OUTPUTDIR)

publish: $(BIN)/.installed
	$(PYTHON) -m portal publish -s publishconf.py -o $(OUTPUTDIR)

devserver: $(BIN)/.installed
	$(PYTHON) -m portal serve --port $(PORT)

test-deps: $(BIN)/.installed-dev
	bash tests/install-deps.sh

# Two tiers (pytest.ini), every test in exactly one (tests/conftest.py refuses
# a test with none or both): the fast one first, so a broken unit stops early.
# The site tier runs on two pytest-xdist workers, test by test except an
# xdist_group (one vnu run per build); the sample builds are still made once
# (tests/conftest.py), and a fresh cache starts from copies of what the session's
# builds already made (tests/cache_seeds.py). On the 2-core machine, quiet: 783 s for
# 959 tests with the editor, the preview and the cache seeds (2026-12-02, one full run;
# the unit tier 36 s); 1,078 s for 940 tests before the seeds, with clarifications, the informe, the press room and distribution (2026-12-02;
# 724 s for 662 tests from a fresh clone with the videoteca and publicity; 436 s for
# 521 tests before the videoteca;
# at 355 tests it was 266 s against 493 s in one
# process; by module, --dist loadscope: 339-454 s). SITE_WORKERS=0: one process.
SITE_WORKERS ?= 2
SITE_TIER := $(BIN)/pytest -m site -n $(SITE_WORKERS) --dist loadgroup

test: test-deps
	$(BIN)/ruff check portal plugins tools tests pelicanconf.py publishconf.py
	$(BIN)/pytest -m unit
	$(SITE_TIER)

# The unit tier needs no browser, Java or nginx: only the Python packages.
test-unit: $(BIN)/.installed-dev
	$(BIN)/pytest -m unit

test-site: test-deps
	$(SITE_TIER)

# Independence, not run by make test (it builds the sample site once per
# module): a failure in the random order repeats with --random-order-seed=N,
# the seed pytest prints at the top.
test-order: test-deps
	$(BIN)/pytest --reverse
	$(BIN)/pytest --random-order-bucket=global
	for module in tests/test_*.py; do $(BIN)/pytest -q "$$module" || exit 1; done

check: $(BIN)/.installed
	$(PYTHON) -m portal check

nuevo: $(BIN)/.installed
	$(PYTHON) -m portal nuevo "$(TIPO)" "$(TITULO)" $(if $(FECHA),--fecha "$(FECHA)")

hook: $(BIN)/.installed
	$(PYTHON) -m portal hook

# Deploy: only files whose content changed travel (--checksum), deleted ones go.
SSH_HOST ?= comunicacion.sanisidrodelmonte.gob.mx
SSH_USER ?= portal
SSH_TARGET_DIR ?= /srv/portal/output
rsync_upload: publish
	rsync -rlvz --checksum --delete --delay-updates --exclude .DS_Store \
	  $(OUTPUTDIR)/ $(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)/

bench-images: $(BIN)/.installed
	$(PYTHON) tools/bench/bench_images.py $(BENCH_ARGS)

bench-media: $(BIN)/.installed
	$(PYTHON) tools/bench/bench_media.py $(BENCH_ARGS)

SIZE ?= full
bench: $(BIN)/.installed
	$(PYTHON) tools/bench/bench_site.py --size $(SIZE) $(BENCH_SITE_ARGS)

lint: $(BIN)/.installed-dev
	$(BIN)/ruff check portal plugins tools tests pelicanconf.py publishconf.py
	$(BIN)/ruff format --check portal plugins tools tests pelicanconf.py publishconf.py

# The staff editor (issue 18): Decap CMS and decap-server, pinned in package.json,
# installed by npm ci when node_modules lacks them (tests/install-deps.sh does the
# same for the test suite); builds once, then serves the site and /admin/.
EDITOR_PROXY_PORT ?= 8081
editor: $(BIN)/.installed
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { \
	  echo "Instalando Node.js y npm de Debian para el editor"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends nodejs npm; }
	@if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund --loglevel=error; fi
	$(PYTHON) -m portal editor --port $(PORT) --proxy-port $(EDITOR_PROXY_PORT)

clean:
	rm -rf $(OUTPUTDIR) .output-staging .output-state.json .output-pages.pickle cache .pytest_cache
