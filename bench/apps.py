from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's commands: bench_seed builds data, bench_pages measures pages."""

    name = "bench"
    verbose_name = "Benchmark"
