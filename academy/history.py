"""Reading django-simple-history records: who changed what, when, field by field.

Shared by every admin "Change history" page (enrolments, attempts, certificates, pairings)."""

from django.contrib.auth import get_user_model

ALWAYS_HIDDEN = {"id", "mentee_notified_at", "updated_at", "created_at"}
LONGEST_VALUE = 300


def history_of(records, hidden=()) -> list:
    """django-simple-history records as entries a person reads: when, who, what was done,
    and for each changed field its old and new value. Newest first. ``hidden`` names fields
    not worth showing (the parent a record hangs off, bulky working data)."""
    records = list(records.select_related("history_user").order_by("history_date", "history_id"))
    if not records:
        return []
    model = records[0].instance_type
    hidden = ALWAYS_HIDDEN | set(hidden)
    fields = [field for field in model._meta.fields if field.name not in hidden]
    person_fields = [
        field for field in fields if field.is_relation and field.related_model is get_user_model()
    ]
    people = get_user_model().objects.in_bulk(
        {getattr(record, field.attname) for record in records for field in person_fields} - {None}
    )

    def shown(field, value):
        if value is None or value == "":
            return "—"
        if field in person_fields:
            return str(people.get(value, value))
        if field.choices:
            return str(dict(field.flatchoices).get(value, value))
        text = str(value)
        return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"

    previous, entries = {}, []
    for record in records:
        before = previous.get(record.id)
        changes = [
            (
                field.verbose_name,
                shown(field, getattr(before, field.attname)) if before else "",
                shown(field, getattr(record, field.attname)),
            )
            for field in fields
            if before is None or getattr(before, field.attname) != getattr(record, field.attname)
        ]
        if before is None:
            changes = [change for change in changes if change[2] != "—"]
        previous[record.id] = record
        if record.history_type == "~" and not changes:
            continue
        entries.append(
            {
                "when": record.history_date,
                "who": record.history_user,
                "action": record.get_history_type_display(),
                "object": str(record.instance),
                "changes": [] if record.history_type == "-" else changes,
            }
        )
    entries.reverse()
    return entries
