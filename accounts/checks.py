from django.conf import settings
from django.core import checks

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def shared_cache(app_configs, **kwargs):
    """Rate limits count in the default cache: each app process would count on its own."""
    if settings.DEBUG or settings.CACHES["default"]["BACKEND"] not in PER_PROCESS_CACHES:
        return []
    return [
        checks.Warning(
            "Rate limits and the page cache need a shared cache: set CACHE_URL.",
            hint="With a per-process cache every worker counts failed sign-ins and certificate "
            "look-ups on its own, and a publish refreshes the cached pages of one worker only.",
            id="accounts.W001",
        )
    ]
