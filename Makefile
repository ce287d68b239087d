# Smart Municipality - one command per job. `make demo` and `make test` set up a fresh Debian/Ubuntu machine first.
#
# Debian's QGIS and geo stack live on /usr/bin/python3; pure-Python test tools go into .venv, made with
# --system-site-packages and installed --no-deps from pinned lists (requirements/), so pip never touches numpy,
# shapely, pandas or GDAL.

SHELL := /bin/bash
PYTHON_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
PLUGIN := smart_municipality
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
APT_PACKAGES := qgis python3-qgis qgis-providers python3-geopandas python3-scipy python3-shapely \
	python3-openpyxl python3-matplotlib gdal-bin xvfb xauth python3-venv pyqt5-dev-tools qttools5-dev-tools \
	postgresql postgresql-postgis postgis python3-psycopg2 zip unzip poppler-utils
# Also installed by `make setup`: PROJ's data (pyproj needs it), the font of the print layouts, Qt's own nl/fr
# translations.
SETUP_PACKAGES := proj-data fonts-dejavu-core qttranslations5-l10n
# The published web site's real-browser test (tests/web): headless Chromium and its driver, installed by `make setup`
# on the machine itself. Not in APT_PACKAGES, from which the matrix chroots are built: a `make` given its own
# APT_PACKAGES (as in a chroot) leaves them out, and tests/web skips there, saying why.
BROWSER_PACKAGES := chromium chromium-driver python3-selenium
ifeq ($(origin APT_PACKAGES),command line)
BROWSER_PACKAGES :=
endif
# `make test-matrix`: the suite and the demo in Debian chroots (scripts/matrix/), trixie = QGIS 3.40 LTR and
# sid = QGIS 3.44, each with Debian's own packages: ours minus rasterio, plus what a bare chroot lacks (mount: the
# full-disk test mounts a tmpfs).
MATRIX_SUITES ?= trixie sid
MATRIX_PACKAGES = $(filter-out python3-rasterio,$(APT_PACKAGES)) $(SETUP_PACKAGES) make git ca-certificates locales mount
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export QT_QPA_PLATFORM ?= offscreen
# Debian bookworm's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process.bin rejects:
# an empty QGIS_OPTS avoids it.
export QGIS_OPTS :=
MUNICIPALITY ?=

.PHONY: help setup system venv test test-matrix unit lint demo package deploy translations bench clean

help:
	@echo "make demo         run the main job on the bundled demo municipality (outputs in build/demo/)"
	@echo "make demo MUNICIPALITY=<NIS code>   the same for a real municipality from the live services"
	@echo "make test         lint + the whole test suite in real QGIS (offscreen)"
	@echo "make test-matrix  make test and make demo on QGIS 3.40 LTR (trixie) and 3.44 (sid), in cached chroots"
	@echo "make package      the zip for QGIS's 'Install from ZIP' (build/$(PLUGIN)-$(VERSION).zip)"
	@echo "make deploy       install into the default QGIS profile"
	@echo "make translations update i18n/*.ts from the code and compile the .qm files"
	@echo "make bench        run the benchmarks (each prints its anchor and the ratio)"

setup: system venv

# Install what is missing from Debian (needs root or sudo; nothing happens when everything is there).
system:
	@missing=""; for p in $(APT_PACKAGES) $(SETUP_PACKAGES) $(BROWSER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements/test.txt requirements/constraints.txt
	$(PYTHON_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -r requirements/test.txt
	touch $@

lint: venv
	$(VENV)/bin/ruff check .

unit: setup
	$(PY) -m pytest tests/unit -q

test: setup translations-compile
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q -ra

# Needs root (mmdebstrap, chroot); the chroots are cached in /var/cache/smart-municipality/chroots.
test-matrix:
	@command -v mmdebstrap >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -q mmdebstrap; }
	$(SUDO) scripts/matrix/test_matrix.sh "$(MATRIX_SUITES)" $(MATRIX_PACKAGES)

demo: setup translations-compile
	$(PY) scripts/run_demo.py --output $(BUILD)/demo $(if $(MUNICIPALITY),--municipality $(MUNICIPALITY))

bench: setup
	$(PY) bench/run_all.py

# ---- translations --------------------------------------------------------------------------------------------
TS_FILES := $(foreach l,nl fr en,i18n/$(PLUGIN)_$(l).ts)

translations: setup
	$(PY) scripts/update_translations.py
	$(MAKE) translations-compile

translations-compile:
	@command -v lrelease >/dev/null || $(MAKE) system
	lrelease -silent $(TS_FILES)

# ---- packaging -------------------------------------------------------------------------------------------------
package: setup
	$(PY) scripts/package.py --output $(BUILD)

QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: package
	mkdir -p $(QGIS_PROFILE)/python/plugins
	rm -rf $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	cd $(QGIS_PROFILE)/python/plugins && unzip -q $(CURDIR)/$(BUILD)/$(PLUGIN)-$(VERSION).zip
	@echo "Installed into $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

clean:
	rm -rf $(BUILD) $(VENV) $(foreach s,$(MATRIX_SUITES),.venv-$(s))
