"""A worker killed with SIGKILL while it sends a mentor's weekly digest: after a restart the
digest goes out once. Real worker processes on Redis (``tests/celery_worker.py``; how a
killed worker's message comes back is explained in tests/certificates/test_worker_killed.py).

``send_mentor_digest`` takes the mentor's ``MentorDigest`` row for the week (unique per mentor
and week) under a row lock, sends the digest and sets ``sent_at`` in that one transaction.
A kill before the e-mail went out rolls the row back and the redelivered task sends the
digest; a kill after the commit leaves a row that says "sent", and the redelivered task sends
nothing.

The order is a decision: at least once. Between the mail server accepting the digest and the
commit, a kill makes the mentor get it twice (the row rolled back with the connection), and
no order closes that window, since the mail server and the database do not commit together.
Committing the row first would make the same window lose the week's digest (at most once). A
digest that says which mentees went quiet and which essays wait is worth more than the
nuisance of a rare copy, and the copy carries the same Message-ID, by which mail systems
recognise it as the same message. The test pins both sides of that decision.
"""

import pytest
from django.utils import timezone

from mentorship.models import MentorDigest
from mentorship.services import week_of
from tests.celery_worker import real_workers  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

KILL_POINTS = [
    pytest.param("before:mentorship.tasks.send_to", 1, id="while-composing-the-digest"),
    pytest.param(
        "after:django.core.mail.backends.filebased.EmailBackend.send_messages",
        2,
        id="e-mail-sent-before-the-row-was-committed",
    ),
    pytest.param(
        "task-done:mentorship.tasks.send_mentor_digest", 1, id="done-before-the-acknowledgement"
    ),
]


@pytest.mark.parametrize(("pause", "emails"), KILL_POINTS)
def test_a_worker_killed_while_sending_a_digest_sends_it_once_after_a_restart(
    real_workers,  # noqa: F811 - the fixture
    pairing,
    other_pairing,
    pause,
    emails,
):
    mentor = pairing.mentor
    week = week_of(timezone.localdate()).isoformat()
    second = real_workers.killed_then_restarted(
        pause, "mentorship.tasks.send_mentor_digest", mentor.pk, week
    )
    real_workers.wait_for(
        lambda: (
            MentorDigest.objects.filter(mentor=mentor, sent_at__isnull=False).exists()
            and real_workers.idle()
        ),
        second,
        "the digest sent and acknowledged",
    )
    assert MentorDigest.objects.filter(mentor=mentor).count() == 1
    messages = real_workers.messages()
    assert [str(message["To"]) for message in messages] == [mentor.email] * emails
    for message in messages:
        assert str(pairing.mentee) in message.get_content()
        assert str(other_pairing.mentee) not in message.get_content()
    assert len({message["Message-ID"] for message in messages}) == 1
