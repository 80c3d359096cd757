# Dateline: `make demo` and `make test` work on a fresh machine.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared
DEMO_OUT ?= demo-output

.PHONY: install demo test bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,postgres,cluster]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m dateline.demo --out $(DEMO_OUT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

eval: $(STAMP)
	for s in timeml:timeml/timebank geo:geo/lgl.xml acled:events/acled-2023-dev.csv \
	         case:events/case2021-task2-dev.tsv plover:events/plover-gsr-dev.jsonl tls:tls; do \
	  $(BIN)/dateline eval $${s%%:*} $(SHARED)/eval/$${s#*:} || exit 1; done

clean:
	rm -rf $(VENV) $(DEMO_OUT) dateline.db .pytest_cache
