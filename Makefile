# medatlas: two commands do everything on a fresh machine.
#   make run    set up .venv, build the atlas on the embedded store, write out/
#   make test   the same set-up, then lint and the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus
DOCS   ?=
STORE  ?= out/store
OUT    ?= out

CORPUS_ARG := $(if $(wildcard $(CORPUS)/*),--corpus $(CORPUS),)
DOCS_ARG   := $(foreach d,$(DOCS),--docs $(d))

.PHONY: setup run test lint format bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

run: setup
	$(BIN)/medatlas build --store $(STORE) --out $(OUT) $(CORPUS_ARG) $(DOCS_ARG)
	$(BIN)/medatlas view landscape --store $(STORE) -o $(OUT)/landscape.html
	$(BIN)/medatlas stats --store $(STORE)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PY) -m pytest

lint: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf out .pytest_cache
