"""Helpers for demo content: stable keys and pages created in every language at once."""

import uuid

from django.conf import settings
from django.dispatch import Signal

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEMO_NAMESPACE = uuid.UUID("5b0f3f4e-2a41-4c1e-9a55-3f7c0d1e8a21")

#: Sent by ``seed_demo`` after the site's own pages, so that later apps add their demo
#: content without cms importing them. Arguments: ``homes`` and ``locales`` (by language
#: code), ``users`` (by demo e-mail, empty when DEBUG is off) and ``report`` (a callable
#: taking a label and an optional page, for the command's summary).
seed_demo_content = Signal()

#: Sent after ``seed_demo_content``, with the same arguments, for demo learners' activity
#: (enrolments, attempts) that needs every app's content in place first.
seed_demo_activity = Signal()


def demo_key(name):
    """A stable translation key, so running seed_demo again finds what it made."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def translated_page(model, key, parents, locales, fields_by_language, report, **shared):
    """Create (once) each language's version of a page under that language's parent."""
    pages = {}
    for code in LANGUAGE_CODES:
        existing = model.objects.filter(translation_key=demo_key(key), locale=locales[code]).first()
        if existing:
            pages[code] = existing
            continue
        page = model(
            locale=locales[code],
            translation_key=demo_key(key),
            **{**shared, **fields_by_language[code]},
        )
        parents[code].add_child(instance=page)
        page.save_revision().publish()
        pages[code] = page
        report(f"{model._meta.verbose_name} [{code}]: {page.title}", page)
    return pages
