"""Loaded by pytest (``-p`` in pyproject.toml) before Django reads its settings: the tests
cover the benchmark too, so they run with its app installed."""

import os

os.environ.setdefault("BENCHMARK", "1")
