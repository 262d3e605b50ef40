"""The same statement posted twice at once on PostgreSQL is stored and counted once."""

import threading
import uuid

import pytest
from django.db import connection

from academy.h5p.services import activity_iri, actor_mailbox, record_statement
from academy.models import H5PResult, H5PStatement
from tests.conftest import skip_or_fail

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_racing_replays_store_one_statement_and_one_attempt(h5p_lesson, activity, enrolled_trainee):
    if connection.vendor != "postgresql":
        skip_or_fail("the race needs PostgreSQL's concurrent transactions (set DATABASE_URL)")
    value = {
        "id": str(uuid.uuid4()),
        "actor": {"mbox": actor_mailbox(enrolled_trainee.pk), "objectType": "Agent"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": activity_iri(activity), "objectType": "Activity"},
        "result": {"score": {"raw": 1, "max": 1}},
    }
    barrier = threading.Barrier(4)
    errors = []

    def send():
        try:
            barrier.wait(timeout=10)
            record_statement(
                user=enrolled_trainee, activity=activity, lesson=h5p_lesson, statement=value
            )
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert H5PStatement.objects.filter(user=enrolled_trainee).count() == 1
    assert H5PResult.objects.get(user=enrolled_trainee).attempts == 1
