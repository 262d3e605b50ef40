"""Mentoring e-mails, sent through Celery in the recipient's preferred language.

Each task may run twice (acks_late, a worker killed mid-way): a meeting or goal notice is
marked as sent in the same transaction that sends it, a digest is keyed by mentor and week.
A worker killed after the mail server accepted an e-mail and before that commit makes the
task send it again (at least once, never lost), with the same Message-ID.
"""

import logging

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from config.celery import message_id
from mentorship.models import Goal, Meeting, MentorDigest
from mentorship.services import digest_for, mentors_with_active_pairings, week_of

logger = logging.getLogger(__name__)


def absolute_url(name, language, **kwargs):
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse(name, kwargs=kwargs or None)


def send_to(person, template, context, *, about):
    """E-mail ``person`` in their preferred language; ``about`` makes the Message-ID, the
    same if the task sends it again."""
    language = person.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {**context, "recipient": person}
        subject = render_to_string(f"mentorship/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"mentorship/email/{template}_body.txt", context)
    headers = {"Message-ID": message_id(template, *about)}
    EmailMessage(subject, body, to=[person.email], headers=headers).send()


def _notify_once(model, object_id, template, context_name):
    with transaction.atomic():
        record = (
            model.objects.select_for_update()
            .select_related("pairing__mentee", "pairing__mentor")
            .filter(pk=object_id, mentee_notified_at__isnull=True)
            .first()
        )
        if record is None:
            return
        mentee = record.pairing.mentee
        send_to(
            mentee,
            template,
            {
                context_name: record,
                "pairing": record.pairing,
                "url": absolute_url(
                    "mentorship:my_mentoring", mentee.preferred_language or settings.LANGUAGE_CODE
                ),
            },
            about=[record.pk],
        )
        record.mentee_notified_at = timezone.now()
        record.save(update_fields=["mentee_notified_at"])


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def notify_mentee_of_meeting(meeting_id):
    """Tell the mentee that their mentor logged a meeting (once)."""
    _notify_once(Meeting, meeting_id, "meeting", "meeting")


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def notify_mentee_of_goal(goal_id):
    """Tell the mentee that a goal was set for them (once)."""
    _notify_once(Goal, goal_id, "goal", "goal")


@shared_task(acks_late=True)
def send_weekly_digests():
    """Celery beat, Monday morning: one digest task per mentor with an active pairing."""
    week = week_of(timezone.localdate()).isoformat()
    mentor_ids = list(mentors_with_active_pairings().values_list("pk", flat=True))
    for mentor_id in mentor_ids:
        send_mentor_digest.delay(mentor_id, week)
    return len(mentor_ids)


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_mentor_digest(mentor_id, week):
    """The weekly digest of one mentor: inactive mentees and essays waiting; at most once a
    week, even when the task runs twice, and not at all when there is nothing to report."""
    mentor = get_user_model().objects.filter(pk=mentor_id, is_active=True).first()
    if mentor is None:
        return False
    with transaction.atomic():
        try:
            with transaction.atomic():
                mark, _created = MentorDigest.objects.get_or_create(mentor=mentor, week=week)
        except IntegrityError:
            mark = MentorDigest.objects.get(mentor=mentor, week=week)
        mark = MentorDigest.objects.select_for_update().get(pk=mark.pk)
        if mark.sent_at is not None:
            return False
        digest = digest_for(mentor=mentor)
        worth_sending = bool(digest["inactive"] or digest["essays_count"])
        if worth_sending:
            language = mentor.preferred_language or settings.LANGUAGE_CODE
            send_to(
                mentor,
                "digest",
                {**digest, "url": absolute_url("mentorship:dashboard", language)},
                about=[mentor.pk, week],
            )
        else:
            logger.info("Mentor %s: nothing to report this week, no digest sent", mentor_id)
        mark.sent_at = timezone.now()
        mark.save(update_fields=["sent_at"])
    return worth_sending
