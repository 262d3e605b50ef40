from django import template
from django.utils.text import Truncator
from django.utils.translation import gettext as _

register = template.Library()

#: Fields that say what a page is about, in the order a description is taken from them.
DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "hero_text")
#: Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160


@register.simple_tag
def page_description(page=None):
    """The page's meta description: its search description, else its summary or introduction
    shortened, else what the Academy is, for pages that say nothing of themselves."""
    for field in DESCRIPTION_FIELDS:
        text = " ".join(str(getattr(page, field, "") or "").split())
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return _(
        "Courses on criminal-justice monitoring and fair-trial standards, mentoring and "
        "certificates anyone can verify, from the Rule of Law Academy of the National "
        "Network for the Rule of Law in Kazakhstan."
    )
