"""The document outline of a rendered page, as assistive technology reads it."""

import re

from bs4 import BeautifulSoup

HEADING = re.compile(r"<h([1-6])[\s>]")


def skipped_headings(html):
    """Each place where a heading goes more than one level deeper than the one before it."""
    levels = [int(level) for level in HEADING.findall(html)]
    pairs = zip(levels, levels[1:], strict=False)
    return [(before, after) for before, after in pairs if after > before + 1]


IMPLICIT_ROLES = {"nav": "navigation", "aside": "complementary", "main": "main"}
NAMED_ONLY_ROLES = {"section": "region", "form": "form"}  # landmarks only when named


def accessible_name(element, page):
    if element.get("aria-labelledby"):
        parts = (page.find(id=part) for part in element["aria-labelledby"].split())
        return " ".join(part.get_text(" ", strip=True) for part in parts if part)
    return element.get("aria-label", "").strip()


def landmarks(html):
    """(role, accessible name) of every landmark of the page, in document order."""
    page = BeautifulSoup(html, "html.parser")
    found = []
    for element in page.find_all(True):
        name = accessible_name(element, page)
        role = element.get("role") or IMPLICIT_ROLES.get(element.name)
        if role is None and name:
            role = NAMED_ONLY_ROLES.get(element.name)
        if element.name in ("header", "footer") and not element.find_parent(
            ["article", "aside", "main", "nav", "section"]
        ):
            role = "banner" if element.name == "header" else "contentinfo"
        if role in LANDMARK_ROLES:
            found.append((role, name))
    return found


LANDMARK_ROLES = {
    "banner",
    "complementary",
    "contentinfo",
    "form",
    "main",
    "navigation",
    "region",
    "search",
}


def repeated_landmarks(html):
    """Landmarks that share both role and name, which a screen reader cannot tell apart."""
    found = landmarks(html)
    return sorted({landmark for landmark in found if found.count(landmark) > 1})
