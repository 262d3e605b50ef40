"""Reading django-simple-history records: who changed what, when, field by field.

Shared by every admin "Change history" page (enrolments, attempts, certificates, pairings)."""

import datetime
import uuid
from collections.abc import Hashable

from django.db import models
from wagtail.models import Page

from academy.services import localized_pages
from core.display import EMPTY, shown

ALWAYS_HIDDEN = {"id", "mentee_notified_at", "updated_at", "created_at"}
LONGEST_VALUE = 300


def is_page_key(field) -> bool:
    """Learner records point at a page by its translation key (course_key, lesson_key...)."""
    return (
        isinstance(field, models.UUIDField)
        and field.name.endswith("_key")
        and field.name != "translation_key"
    )


def history_of(records, hidden=(), labels=None) -> list:
    """django-simple-history records as entries a person reads: when, who, what was done,
    and for each changed field its old and new value. Newest first. ``hidden`` names fields
    not worth showing (the parent a record hangs off, bulky working data).

    Values read as on the admin's other pages: pages by their title in the viewer's language
    (not their translation key), related objects by name, times in the site's time zone.
    ``labels`` gives, by field name, what to show for a stored value (a question's prompt
    for its id)."""
    records = list(records.select_related("history_user").order_by("history_date", "history_id"))
    if not records:
        return []
    model = records[0].instance_type
    hidden = ALWAYS_HIDDEN | set(hidden)
    fields = [field for field in model._meta.fields if field.name not in hidden]
    labels = {name: dict(values) for name, values in (labels or {}).items()}
    page_keys = [
        field
        for field in model._meta.fields
        if is_page_key(field) and hasattr(records[0], field.attname)
    ]
    titles = localized_pages(
        Page,
        {getattr(record, field.attname) for record in records for field in page_keys} - {None},
        live=False,
        fields=["title"],
    )
    for field in page_keys:
        labels[field.name] = {key: page.title for key, page in titles.items()}
    # Every related object once, for the values shown and for each record's name (a
    # record's __str__ reads its trainee, its attempt...): a few queries, however many records.
    related = {
        field.name: field.related_model.objects.select_related().in_bulk(
            {getattr(record, field.attname) for record in records} - {None}
        )
        for field in model._meta.fields
        # A history may leave a field out (HistoricalRecords(excluded_fields=...)).
        if field.is_relation
        and field.name not in ALWAYS_HIDDEN
        and hasattr(records[0], field.attname)
    }
    for field in fields:
        if field.name in related and field.name not in labels:
            labels[field.name] = {pk: str(instance) for pk, instance in related[field.name].items()}

    def shown_value(field, value):
        if value is None or value == "":
            return EMPTY
        if field.name in labels and isinstance(value, Hashable) and value in labels[field.name]:
            return labels[field.name][value]
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        if isinstance(value, datetime.date | uuid.UUID) or field.is_relation:
            return shown(value)
        text = str(value)
        return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"

    def object_label(record):
        # A record's name can hold a key (a lesson's, a question's): named like its fields.
        instance = record.instance
        for name, objects in related.items():
            value = getattr(record, model._meta.get_field(name).attname)
            if value in objects:
                setattr(instance, name, objects[value])
        label = str(instance)
        for name, values in labels.items():
            value = getattr(record, model._meta.get_field(name).attname)
            if isinstance(value, Hashable) and value in values and str(value) in label:
                label = label.replace(str(value), values[value])
        return label

    previous, entries = {}, []
    for record in records:
        before = previous.get(record.id)
        changes = [
            (
                field.verbose_name,
                shown_value(field, getattr(before, field.attname)) if before else "",
                shown_value(field, getattr(record, field.attname)),
            )
            for field in fields
            if before is None or getattr(before, field.attname) != getattr(record, field.attname)
        ]
        if before is None:
            changes = [change for change in changes if change[2] != EMPTY]
        previous[record.id] = record
        if record.history_type == "~" and not changes:
            continue
        entries.append(
            {
                "when": record.history_date,
                "who": record.history_user,
                "action": record.get_history_type_display(),
                "object": object_label(record),
                "changes": [] if record.history_type == "-" else changes,
            }
        )
    entries.reverse()
    return entries
