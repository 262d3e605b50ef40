"""The site's name as people read it: in e-mails, never the host name."""

from django.conf import settings
from wagtail.models import Site


def site_name(request=None) -> str:
    """The Wagtail site's name for this request (or the default site's), else the setting."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
