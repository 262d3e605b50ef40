"""The weekly mentor digest through a real Celery worker process and Redis
(``tests/celery_worker.py``: a private queue, e-mails written to files)."""

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from academy.services import complete_lesson, enrol
from accounts.roles import Role
from mentorship.models import MentorDigest
from mentorship.services import week_of
from tests.celery_worker import real_workers  # noqa: F401 - the fixture
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import PairingFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_weekly_digest_runs_in_a_worker_and_sends_once(
    real_workers,  # noqa: F811 - the fixture
    pairing,
    other_pairing,
    programme,
    course,
    lessons,
):
    # Two mentors whose mentees never did anything; one of them reads Russian.
    russian_mentor = pairing.mentor
    russian_mentor.preferred_language = "ru"
    russian_mentor.save(update_fields=["preferred_language"])
    english_mentor = other_pairing.mentor
    # A third mentor with nothing to report: their mentee finished a lesson today.
    busy_mentee = UserFactory(role=Role.TRAINEE)
    enrol(user=busy_mentee, course=course)
    complete_lesson(user=busy_mentee, lesson=lessons[0], course=course)
    quiet_pairing = PairingFactory(
        programme=programme, mentor=UserFactory(role=Role.MENTOR), mentee=busy_mentee
    )
    mentor_ids = [russian_mentor.pk, english_mentor.pk, quiet_pairing.mentor_id]

    # The message waits in Redis while the worker starts.
    weekly = real_workers.send("mentorship.tasks.send_weekly_digests")
    worker = real_workers.start()
    real_workers.wait_for(weekly.ready, worker, "send_weekly_digests")
    assert weekly.get(timeout=5) == 3, "one digest task per mentor with an active pairing"
    real_workers.wait_for(
        lambda: (
            MentorDigest.objects.filter(mentor_id__in=mentor_ids, sent_at__isnull=False).count()
            == 3
        ),
        worker,
        "the three mentors' digests",
    )

    messages = real_workers.messages()
    assert len(messages) == 2, [message["To"] for message in messages]
    by_recipient = {str(message["To"]): message for message in messages}
    assert set(by_recipient) == {russian_mentor.email, english_mentor.email}
    for mentor, mentee, language in [
        (russian_mentor, pairing.mentee, "ru"),
        (english_mentor, other_pairing.mentee, "en"),
    ]:
        body = by_recipient[mentor.email].get_content()
        assert str(mentee) in body
        assert f"/{language}/mentoring/" in body
    assert str(pairing.mentee) not in by_recipient[english_mentor.email].get_content()
    with translation.override("ru"):
        russian = gettext("Your mentoring dashboard:")
    if russian != "Your mentoring dashboard:":  # the ru catalogue is compiled
        assert russian in by_recipient[russian_mentor.email].get_content()

    # Once a week: the same mentor and week again sends nothing.
    week = week_of(timezone.localdate()).isoformat()
    again = real_workers.send("mentorship.tasks.send_mentor_digest", english_mentor.pk, week)
    real_workers.wait_for(again.ready, worker, "the second send_mentor_digest")
    assert again.get(timeout=5) is False, "nothing sent the second time"
    assert len(real_workers.messages()) == 2
    assert MentorDigest.objects.filter(mentor_id__in=mentor_ids).count() == 3
