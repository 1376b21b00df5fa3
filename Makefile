# Two commands on a fresh machine (Debian, Python 3.11+):
#   make run    install everything, set up the SQLite database with the bank and demo users,
#               serve on http://127.0.0.1:5000 and print the demo logins
#   make test   install the test dependencies and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test bench-smoke translations catalog clean

run: $(VENV)/.run-deps
	@scripts/system-packages.sh run
	$(BIN)/pybabel compile -d translations
	$(BIN)/flask --app app init
	@echo "Serving on http://$(HOST):$(PORT)/ - log in with one of the demo logins above."
	$(BIN)/flask --app app run --host $(HOST) --port $(PORT)

test: $(VENV)/.test-deps
	@scripts/system-packages.sh test
	scripts/test.sh $(ARGS)

bench-smoke: $(VENV)/.run-deps
	@for bench in bench/*.py; do echo "== $$bench --smoke"; $(BIN)/python $$bench --smoke || exit 1; done

# Re-extract user-facing strings and merge them into the catalogs (then translate the new ones).
catalog: $(VENV)/.run-deps
	$(BIN)/pybabel extract -F babel.cfg -k _l -k N_ --sort-output --no-location -o translations/messages.pot .
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-deps: requirements.txt | $(VENV)/bin/python
	$(BIN)/pip install -q --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.test-deps: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(BIN)/pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@ $(VENV)/.run-deps

clean:
	rm -rf $(VENV) instance .pytest_cache
