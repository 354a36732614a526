# followup — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STAMP_DEV := $(VENV)/.installed-dev
SYSTEM_STAMP := $(VENV)/.system-packages
# Debian packages the test suite needs (real servers and a real browser).
SYSTEM_PACKAGES ?= dovecot-imapd openssl chromium fontconfig fonts-dejavu-core fonts-wqy-zenhei poppler-utils
# Debian packages only the benchmarks need (bench/video_check.py compares with ffmpeg).
BENCH_PACKAGES ?= ffmpeg

.PHONY: run test test-only lint bench system clean docs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(STAMP)

## make run: install and start the web app (it opens your browser where there is one, and
## prints its address where there is not). The guided terminal run is `followup welcome`.
run: $(STAMP)
	@$(BIN)/followup serve

## make system: install the Debian packages the tests need (only those missing).
system:
	@missing=""; for p in $(SYSTEM_PACKAGES) $(EXTRA_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

## make test: install everything, run the whole suite, then lint and type checks.
test: $(STAMP_DEV) system
	$(BIN)/python -m pytest
	$(MAKE) lint

test-only: $(STAMP_DEV)
	$(BIN)/python -m pytest

lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports

## make bench: the speed benchmarks (ratios against a baseline measured in the same run).
bench: $(STAMP_DEV)
	@$(MAKE) --no-print-directory system EXTRA_PACKAGES="$(BENCH_PACKAGES)"
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/check_speed.py
	$(BIN)/python bench/check_quality.py
	$(BIN)/python bench/tracking.py
	$(BIN)/python bench/video_check.py
	$(BIN)/python bench/outbox.py
	$(BIN)/python bench/template_limits.py

## make docs: regenerate the configuration and command references.
docs: $(STAMP)
	$(BIN)/followup config --reference > docs/configuration.md
	$(BIN)/python tools/cli_reference.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
