# The two commands of README.md. Both set up whatever is missing first (idempotent).
.PHONY: run test setup lint format bench

PORT ?= 8501
# GPU=cuda rebuilds llama-cpp-python with CUDA (needs the CUDA toolkit: nvcc); empty = CPU build.
GPU ?=
VENV := .venv
PY := $(VENV)/bin/python

run: setup
	$(PY) -m streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT)

test: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

setup:
	@GPU=$(GPU) bash scripts/setup.sh

lint:
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

format:
	$(PY) -m ruff format . && $(PY) -m ruff check --fix .

bench: setup
	for script in bench/*.py; do $(PY) $$script || exit 1; done
