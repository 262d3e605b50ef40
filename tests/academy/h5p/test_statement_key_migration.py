"""Migration 0010 keys the statements stored before it: each by its id or content, a replay
stored twice before the constraint keeps its row under a key of its own."""

import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from academy.h5p.services import statement_key

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("academy", "0009_h5p_files_in_private_storage")]
AFTER = [("academy", "0010_h5p_statement_key")]


def test_statements_stored_before_the_migration_get_their_keys():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    user = old.get_model("accounts", "User").objects.create(email="old@example.org")
    activity = old.get_model("academy", "H5PActivity").objects.create(
        title="Old", package="h5p/packages/old.h5p"
    )
    statements = old.get_model("academy", "H5PStatement").objects
    with_id = {"id": str(uuid.uuid4()).upper(), "verb": {"id": "answered"}}
    without_id = {"verb": {"id": "interacted"}}
    bad_id = {"id": "not a uuid", "verb": {"id": "answered"}}
    rows = [
        statements.create(
            user=user, activity=activity, lesson_key=uuid.uuid4(), verb="x", statement=value
        )
        for value in (with_id, without_id, without_id, bad_id)
    ]

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    keys = dict(new.get_model("academy", "H5PStatement").objects.values_list("pk", "statement_key"))
    assert keys[rows[0].pk] == statement_key(with_id) == with_id["id"].lower()
    assert keys[rows[1].pk] == statement_key(without_id)
    assert keys[rows[2].pk] == f"{statement_key(without_id)}#{rows[2].pk}"
    assert keys[rows[3].pk].startswith("sha256:")
