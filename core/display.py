"""Values as staff read them in the admin: the same text on a listing, an inspect page, a
change history and an export."""

import datetime

from django.utils import formats, timezone

#: Shown where a value is empty, rather than "None" or a blank cell.
EMPTY = "—"


def local_time(value):
    """A date-time in the site's time zone (settings.TIME_ZONE), as a naive value for a
    spreadsheet cell; anything else unchanged."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.make_naive(value)
    return value


def shown(value) -> str:
    """A value as an admin listing shows it: date-times in the site's time zone and the
    active language's format, EMPTY for nothing."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, datetime.datetime):
        return formats.localize(timezone.localtime(value) if timezone.is_aware(value) else value)
    return formats.localize(value)
