from django import template
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef

from accounts.roles import Role
from mentorship.models import Pairing

register = template.Library()


@register.simple_tag(takes_context=True)
def mentoring_roles(context):
    """Which mentoring links the account menu shows, read in one query per request."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    cached = getattr(request, "_mentoring_roles", None)
    if cached is None:
        row = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .annotate(
                mentor=Exists(
                    user.groups.through.objects.filter(
                        user_id=OuterRef("pk"), group__name__in=[Role.MENTOR, Role.ACADEMY_STAFF]
                    )
                ),
                mentee=Exists(Pairing.objects.filter(mentee_id=OuterRef("pk"))),
            )
            .values("mentor", "mentee")
            .first()
        ) or {}
        cached = {
            "mentor": row.get("mentor", False) or user.is_superuser,
            "mentee": row.get("mentee", False),
        }
        request._mentoring_roles = cached
    return cached
