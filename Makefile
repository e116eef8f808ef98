# The two commands a new user needs:
#   make site   set up and build the sample site into site/
#   make test   set up and run the whole test suite (installs Debian's chromium, and Java and
#               npm for the HTML checker, when missing)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test serve check benchmark clean

site: $(VENV)/.installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build

serve: $(VENV)/.installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

check: $(VENV)/.installed
	$(BIN)/signpost check .

test: $(VENV)/.installed-test
	scripts/install-chromium
	scripts/install-html-checker
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

benchmark: $(VENV)/.installed
	$(BIN)/python benchmarks/scale.py $(BENCHMARK_ARGS)

clean:
	rm -rf site $(VENV) node_modules .pytest_cache
