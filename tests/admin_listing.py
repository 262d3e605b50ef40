"""Reading the row actions of a Wagtail admin listing, as staff see them."""

import re
from pathlib import PurePosixPath

from wagtail import hooks


def registered_icons():
    """The names of the icons the admin's sprite holds."""
    icons = []
    for register in hooks.get_hooks("register_icons"):
        icons = register(icons)
    return {PurePosixPath(path).stem for path in icons}


def row_action(html, url):
    """(classes, icon) of the link to ``url`` in a listing; None when there is none.

    A top-level listing button has Wagtail's "button-small" class; an action of the row's
    "More" menu has not.
    """
    match = re.search(rf'<a\b[^>]*href="{re.escape(url)}"[^>]*>(.*?)</a>', html, flags=re.DOTALL)
    if match is None:
        return None
    tag = match.group(0)
    classes = re.search(r'class="([^"]*)"', tag)
    icon = re.search(r'href="#icon-([\w-]+)"', match.group(1))
    return (classes.group(1) if classes else "", icon.group(1) if icon else None)
