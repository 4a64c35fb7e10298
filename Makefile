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

.PHONY: setup system-deps run test lint format bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

# System packages the tests use: Java for HermiT (owlready2's reasoner), Debian's Chromium and a
# CJK font for the browser tests of the views. Installed with apt-get when missing (as root, or
# through sudo); nothing happens when they are there.
system-deps:
	@missing=""; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -qi "noto sans cjk" || missing="$$missing fonts-noto-cjk fontconfig"; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

run: setup
	$(BIN)/medatlas build --store $(STORE) --out $(OUT) $(CORPUS_ARG) $(DOCS_ARG)
	$(BIN)/medatlas view landscape --store $(STORE) -o $(OUT)/landscape.html
	$(BIN)/medatlas stats --store $(STORE)

test: setup system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PY) -m pytest

lint: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf out .pytest_cache
