import secrets

from django.db import migrations

TOKEN_BYTES = 8


def layout_with_tokens(layout) -> list:
    """The layout with a token for each choice, matching option and matching row, as
    ``academy.attempts.add_tokens`` gives them (kept here as it stood: migrations must not
    change with the code). Entries that have tokens keep them."""
    used = {
        token
        for entry in layout
        for token in [*entry.get("tokens", {}).values(), *entry.get("row_tokens", {}).values()]
    }

    def new_token():
        token = secrets.token_urlsafe(TOKEN_BYTES)
        while token in used:
            token = secrets.token_urlsafe(TOKEN_BYTES)
        used.add(token)
        return token

    result = []
    for entry in layout:
        entry = dict(entry)
        if "order" in entry and "tokens" not in entry:
            entry["tokens"] = {item: new_token() for item in entry["order"]}
            if entry["type"] == "matching":
                entry["row_tokens"] = {pair: new_token() for pair in entry["order"]}
        result.append(entry)
    return result


def add_tokens_to_open_attempts(apps, schema_editor):
    """Attempts in progress keep going: their forms now name choices by tokens only.
    Submitted attempts keep their layout; their review reads ids, not tokens."""
    Attempt = apps.get_model("academy", "Attempt")
    for attempt in Attempt.objects.filter(status="in-progress").only("layout").iterator():
        layout = layout_with_tokens(attempt.layout)
        if layout != attempt.layout:
            Attempt.objects.filter(pk=attempt.pk).update(layout=layout)


class Migration(migrations.Migration):
    dependencies = [("academy", "0007_h5p_permissions")]

    operations = [
        migrations.RunPython(add_tokens_to_open_attempts, migrations.RunPython.noop),
    ]
