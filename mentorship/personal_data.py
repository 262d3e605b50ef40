"""Mentorship's part of a person's data: their pairings, meetings, goals and the notes on them."""

from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Revision

from accounts.personal_data import PersonalDataSection
from mentorship.models import Goal, Meeting, MentorDigest, MentorNote, Pairing


def _pairing(pairing, user):
    return {
        "programme": pairing.programme.title,
        "role": "mentee" if pairing.mentee_id == user.pk else "mentor",
        "mentor": str(pairing.mentor),
        "mentee": str(pairing.mentee),
        "status": pairing.status,
        "starts_on": pairing.starts_on,
        "ends_on": pairing.ends_on,
        "focus": pairing.focus,
        "meetings": [
            {
                "held_on": meeting.held_on,
                "minutes": meeting.duration_minutes,
                "format": meeting.format,
                "topics": meeting.topics,
                "actions": meeting.actions,
                "next_meeting_on": meeting.next_meeting_on,
            }
            for meeting in pairing.meetings.all()
        ],
        "goals": [
            {"text": goal.text, "due_on": goal.due_on, "status": goal.status}
            for goal in pairing.goals.all()
        ],
        # Notes are private to the mentor on the site's pages, but they are about the mentee,
        # who receives them here.
        "private_notes": [
            {"written_at": note.created_at, "author": str(note.author), "text": note.text}
            for note in pairing.notes.all()
        ],
    }


def export_mentoring(user) -> dict:
    pairings = (
        Pairing.objects.filter(Q(mentor=user) | Q(mentee=user))
        .select_related("programme", "mentor", "mentee")
        .prefetch_related("meetings", "goals", "notes__author")
        .order_by("starts_on", "pk")
    )
    return {
        "pairings": [_pairing(pairing, user) for pairing in pairings],
        "weekly_digests_sent": [
            digest.week for digest in MentorDigest.objects.filter(mentor=user).order_by("week")
        ],
    }


def mentor_refusal(user):
    if Pairing.objects.filter(mentor=user, status=Pairing.Status.ACTIVE).exists():
        return _(
            "You mentor people in an active pairing. Ask Academy staff to complete or hand "
            "over your pairings first, then delete your account."
        )
    return None


def erase_mentoring(user, _answer=None) -> None:
    """A mentee's pairings stay (they count in programme figures) but end; what was written
    about the mentee (focus, minutes, goals) is erased, also from the change history, and
    the mentor's private notes on them are deleted."""
    pairings = Pairing.objects.filter(mentee=user)
    pairing_ids = list(pairings.values_list("pk", flat=True))
    for pairing in pairings.filter(status=Pairing.Status.ACTIVE):
        pairing.status = Pairing.Status.COMPLETED
        pairing.save()
    pairings.update(focus="")
    Pairing.history.filter(id__in=pairing_ids).update(focus="")
    for model, fields in ((Meeting, {"topics": "", "actions": ""}), (Goal, {"text": ""})):
        model.objects.filter(pairing_id__in=pairing_ids).update(**fields)
        model.history.filter(pairing_id__in=pairing_ids).update(**fields)
    MentorNote.objects.filter(pairing_id__in=pairing_ids).delete()
    _erase_focus_from_programme_revisions(user, pairings.values_list("programme_id", flat=True))


def _erase_focus_from_programme_revisions(user, programme_ids) -> None:
    """Pairings are edited inline, so every saved revision of their programme page holds a
    copy of each pairing, focus included."""
    revisions = Revision.page_revisions.filter(
        object_id__in=[str(pk) for pk in set(programme_ids)]
    ).only("content")
    for revision in revisions.iterator():
        changed = False
        for pairing in revision.content.get("pairings", []):
            if pairing.get("mentee") == user.pk and pairing.get("focus"):
                pairing["focus"] = ""
                changed = True
        if changed:
            revision.save(update_fields=["content"])


MENTORING_SECTION = PersonalDataSection(
    name="mentoring",
    models=(
        "mentorship.Pairing",
        "mentorship.Meeting",
        "mentorship.Goal",
        "mentorship.MentorNote",
        "mentorship.MentorDigest",
    ),
    export=export_mentoring,
    erase=erase_mentoring,
    refusal=mentor_refusal,
    order=20,
)
