import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-like-secret-key-of-sufficient-length-and-entropy-0123456789",
    "ALLOWED_HOSTS": "academy.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


def run_manage(*args, env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DEBUG",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DATABASE_URL",
            "CACHE_URL",
            "TRUSTED_PROXY_COUNT",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "BENCHMARK",
        }
    }
    env.update(env_overrides)
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_secret_key_or_allowed_hosts(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert f"{missing} must be set when DEBUG is off" in result.stderr


def test_deploy_check_is_clean_for_a_production_like_environment():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr


def test_deploy_check_warns_when_rate_limits_would_count_per_process():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "CACHE_URL"}
    result = run_manage("check", "--deploy", env_overrides=env)
    output = result.stdout + result.stderr
    assert "accounts.W001" in output
    assert "set CACHE_URL" in output


@pytest.mark.parametrize(("variable", "expected"), [(None, "0"), ("1", "1")])
def test_the_trusted_proxy_count_comes_from_the_environment(variable, expected):
    result = run_manage(
        "shell",
        "-c",
        "from allauth import app_settings; print(app_settings.TRUSTED_PROXY_COUNT)",
        env_overrides={} if variable is None else {"TRUSTED_PROXY_COUNT": variable},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected


@pytest.mark.parametrize(
    ("broker", "expected"), [("", "True"), ("redis://127.0.0.1:6379/0", "False")]
)
def test_celery_is_eager_exactly_when_no_broker_is_configured(broker, expected):
    result = run_manage(
        "shell",
        "-c",
        "from config.celery import app; print(app.conf.task_always_eager)",
        env_overrides={"CELERY_BROKER_URL": broker},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected


@pytest.mark.parametrize("private", ["{media}", "{media}/private", "{media}/./private/"])
def test_private_media_may_not_live_inside_the_public_media_root(tmp_path, private):
    media = tmp_path / "media"
    result = run_manage(
        "check",
        env_overrides={
            "MEDIA_ROOT": str(media),
            "PRIVATE_MEDIA_ROOT": private.format(media=media),
        },
    )
    assert result.returncode != 0
    assert "PRIVATE_MEDIA_ROOT must be outside MEDIA_ROOT" in result.stderr


def test_private_media_beside_the_public_media_root_is_accepted(tmp_path):
    result = run_manage(
        "check",
        env_overrides={
            "MEDIA_ROOT": str(tmp_path / "media"),
            "PRIVATE_MEDIA_ROOT": str(tmp_path / "media-private"),
        },
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("variable", "offered"), [(None, "False"), ("0", "False"), ("1", "True")])
def test_the_benchmark_page_type_exists_only_when_benchmarking(variable, offered):
    """Editors met "benchmark baseline page" among the page types of the explorer's filter."""
    result = run_manage(
        "shell",
        "-c",
        # The explorer's page type filter offers the content types of these models.
        "from wagtail.models import get_page_models; "
        "print(any(model._meta.app_label == 'bench' for model in get_page_models()))",
        env_overrides={} if variable is None else {"BENCHMARK": variable},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == offered
