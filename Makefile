# The two commands a new user needs:
#   make site   set up and build the sample site into site/
#   make test   set up and run the whole test suite (installs Debian's chromium, and Java and
#               npm for the HTML checker, when missing)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site site-properdocs test lint lint-js generate messages serve check benchmark clean

site: $(VENV)/.installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build

# The same site built by ProperDocs, the MkDocs 1.6 fork (README: Building with ProperDocs).
site-properdocs: $(VENV)/.installed-properdocs
	NO_MKDOCS_2_WARNING=1 $(BIN)/properdocs build -f mkdocs.yml

# The editors' preview: each rebuild writes only the pages an edit changes
# (hooks/signpost_preview.py), so MkDocs' warning about a dirty build does not apply.
serve: $(VENV)/.installed
	SIGNPOST_PREVIEW=1 NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dirty

check: $(VENV)/.installed
	$(BIN)/signpost check .

test: $(VENV)/.installed-test node_modules/.installed lint lint-js
	scripts/install-chromium
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

# The gates (ARCHITECTURE.md: Gates), zero findings: ruff's rules, then mypy's strict types
# (both run, so one failing does not hide the other's findings).
lint: $(VENV)/.installed-test
	$(BIN)/ruff check; status=$$?; $(BIN)/mypy || status=1; exit $$status

# The JavaScript gate, zero findings: ESLint (the version package-lock.json pins, installed
# with the HTML checker) with the rules eslint.config.js gives and says why, on the site's
# scripts and the browser tests' own.
lint-js: node_modules/.installed
	node_modules/.bin/eslint --max-warnings 0 eslint.config.js hooks/signpost/theme/assets \
		hooks/signpost/features tests/browser/js

# The schemas in schemas/ and the field tables of docs/content-model.md, made from the
# declarations in hooks/signpost/kinds.py (docs/adding-a-field.md).
generate: $(VENV)/.installed
	$(BIN)/python scripts/generate.py

# Signpost's own words: hooks/signpost/locale/signpost.pot from the English marked for gettext
# (babel.cfg), and each language's catalogue brought up to date with it (language.py).
messages: $(VENV)/.installed
	$(BIN)/python scripts/messages.py

# Java for the HTML checker, and the npm tools package-lock.json pins.
node_modules/.installed: package.json package-lock.json
	scripts/install-html-checker
	touch $@

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

$(VENV)/.installed-properdocs: $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt properdocs
	touch $@

# Issue 14's figures (docs/performance.md): builds at 1,000 and 5,000 services against both
# baselines, page weights, Lighthouse on the 5,000-service site (npm's, with Debian's
# Chromium) and the editors' preview at 1,000. BENCHMARK_ARGS="20 --no-baseline" for a quick
# look; `benchmarks/scale.py --help` lists the rest.
BENCHMARK_ARGS ?= 1000 5000 --lighthouse --preview 1000
benchmark: $(VENV)/.installed node_modules/.installed
	scripts/install-chromium
	$(BIN)/python benchmarks/scale.py $(BENCHMARK_ARGS)

clean:
	rm -rf site $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
