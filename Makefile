VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench clean

$(STAMP): pyproject.toml setup.py
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/greenroom --demo

test: $(STAMP)
	$(VENV)/bin/ruff check tui tests bench
	$(VENV)/bin/ruff format --check tui tests bench
	$(PY) -m pytest -q -n 2

lint: $(STAMP)
	$(VENV)/bin/ruff check tui tests bench

format: $(STAMP)
	$(VENV)/bin/ruff format tui tests bench
	$(VENV)/bin/ruff check --fix tui tests bench

bench: $(STAMP)
	$(PY) bench/ingest.py
	$(PY) bench/search.py
	$(PY) bench/eval_analysis.py
	$(PY) bench/analysis_speed.py
	$(PY) bench/app.py

clean:
	rm -rf $(VENV) build *.egg-info
