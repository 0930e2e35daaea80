# union-kg: the two commands are `make demo` (set up, build the graph, open the app)
# and `make test` (set up, start Neo4j and run every test).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: setup demo build test bench clean

$(BIN)/ukg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(BIN)/ukg

setup: $(BIN)/ukg

build: setup
	$(BIN)/ukg build

demo: build
	@echo "Opening the explorer at http://localhost:$(PORT)"
	$(BIN)/ukg app --server.port $(PORT) --server.headless true

test: setup
	./scripts/test

bench: build
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/app_queries.py
	./scripts/neo4j start && $(BIN)/python bench/neo4j_load.py; ./scripts/neo4j stop

clean:
	rm -rf .ukg test-artifacts
