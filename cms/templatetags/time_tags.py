import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def datetime_attribute(value):
    """The value of a <time datetime> attribute: a day as YYYY-MM-DD, a moment to the second
    in the site's time zone (HTML allows at most three digits of a fraction of a second)."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
