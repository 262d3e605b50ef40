# Rule of Law Academy: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help check-system install messages migrate seed run test e2e lint format worker bench bench-throughput bench-certificates backup restore clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

check-system: ## Name every missing system package (one message, with the apt-get line)
	@PYTHON=$(PYTHON) scripts/check_system.sh

install: check-system $(VENV)/.installed node_modules/.package-lock.json ## Create .venv and install Python and npm packages

messages: install ## Compile the kk and ru translations
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

migrate: messages ## Apply database migrations
	$(MANAGE) migrate --no-input

seed: migrate ## Load the demo content and demo accounts (idempotent)
	DEBUG=$${DEBUG:-1} $(MANAGE) seed_demo

run: seed ## Install, migrate, load demo content and serve http://127.0.0.1:8000/
	$(MANAGE) runserver $(HOST):$(PORT)

test: messages ## Run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(BIN)/pytest -n $${PYTEST_WORKERS:-auto}

e2e: messages ## Run only the real-browser tests
	$(BIN)/pytest tests/e2e

lint: install ## ruff check, ruff format --check, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

worker: messages ## Celery worker with beat, against CELERY_BROKER_URL
	$(BIN)/celery -A config worker --beat --loglevel=info

BENCH_DATABASE_URL ?= sqlite:///$(CURDIR)/bench/bench-$(or $(SCALE),small).sqlite3
# The benchmark's app (its baseline page type) is installed for benchmark runs only.
bench bench-throughput: export BENCHMARK = 1

bench: messages ## Seed SCALE=tiny|small|large into a fresh database and time the key pages
	rm -f bench/bench-$(or $(SCALE),small).sqlite3
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} $(MANAGE) migrate --no-input -v 0
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} $(MANAGE) bench_seed --scale $(or $(SCALE),small)
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} $(MANAGE) bench_pages --label pages-$(or $(SCALE),small)

bench-throughput: messages ## gunicorn + wrk for 60 s per page on the bench data (needs wrk)
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} $(BIN)/python bench/throughput.py --seconds 60

bench-certificates: messages ## Time certificate PDFs and a bulk run of 500 (see bench/)
	$(BIN)/python bench/certificates.py --count $${COUNT:-500}

backup: ## pg_dump of DATABASE_URL, the public and the private media into backups/<time>/ (PostgreSQL)
	scripts/backup.sh

restore: ## Restore BACKUP=backups/<time> into DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT (PostgreSQL)
	scripts/restore.sh $(BACKUP)

clean: ## Remove the virtualenv, node_modules and compiled files
	rm -rf $(VENV) node_modules staticfiles
	find . -name '*.mo' -not -path './.venv/*' -delete
