"""Path converters for a certificate's verification token and serial.

They accept only the characters a token or a serial is made of, so an address holding
anything else (a NUL character, which PostgreSQL cannot compare) is a 404 before any query.
"""

from django.urls.converters import StringConverter


class VerificationTokenConverter(StringConverter):
    """A token from ``secrets.token_urlsafe``: URL-safe base64."""

    regex = r"[A-Za-z0-9_-]+"


class SerialConverter(StringConverter):
    """A serial as ``normalised_serial`` writes it, e.g. RLA-2026-000123."""

    regex = r"[0-9A-Z-]+"
