import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """200 when the database and the cache answer, 503 otherwise; for load balancers."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means unhealthy
        logger.exception("Health check: the database did not answer")
        checks["database"] = "error"
    try:
        cache.set("healthz", "ok", 5)
        checks["cache"] = "ok" if cache.get("healthz") == "ok" else "error"
    except Exception:  # noqa: BLE001 - any failure means unhealthy
        logger.exception("Health check: the cache did not answer")
        checks["cache"] = "error"
    healthy = all(state == "ok" for state in checks.values())
    return JsonResponse(checks, status=200 if healthy else 503)


def csrf_failure(request, reason=""):
    """A form refused for its missing or stale CSRF token: the site's 403 page, which says
    what to do, instead of Django's technical page. Django has already logged the reason."""
    return render(request, "403.html", {"csrf_failure": True}, status=403)
