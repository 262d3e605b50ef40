"""The benchmark's baseline: a Wagtail page of our own with nothing but a body."""

from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page

from cms.blocks import BaseStreamBlock


class BaselinePage(Page):
    """The same StreamField body as an article, rendered by a bare template: no menus,
    footer, settings or account links. ``bench_pages`` divides every page's time by this
    page's, a ratio that holds on a noisy machine. Only ``bench_seed`` creates it."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    is_creatable = False
    template = "bench/baseline_page.html"

    class Meta:
        verbose_name = "benchmark baseline page"
