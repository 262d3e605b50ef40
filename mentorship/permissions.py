"""Who may see which pairing and its records: the one place mentorship views ask.

A mentor sees only their own pairings, a mentee only theirs, staff see all. Views fetch
through these querysets so that anything outside them is a 404, not a 403 that would
confirm the record exists. Only an active pairing takes new records; a paused or completed
one stays readable by its pair and staff, and its mentor no longer follows the mentee's
progress.
"""

import enum

from django.db.models import Q
from wagtail.models import PagePermissionTester

from academy.attempts import essay_answers
from academy.permissions import is_academy_staff
from mentorship.models import Pairing


def pairings_of_mentor(user):
    """Pairings the user may open as a mentor: their own, or every one for staff."""
    pairings = Pairing.objects.all()
    if is_academy_staff(user):
        return pairings
    return pairings.filter(mentor=user)


def pairings_visible_to(user):
    """Pairings whose meetings and goals the user may read: as mentor, mentee or staff."""
    pairings = Pairing.objects.all()
    if is_academy_staff(user):
        return pairings
    return pairings.filter(Q(mentor=user) | Q(mentee=user))


def may_read_notes(user, pairing) -> bool:
    """Private notes are for the pairing's mentor and staff, never the mentee."""
    return is_academy_staff(user) or pairing.mentor_id == user.pk


class Record(enum.Enum):
    """What a person may add to a pairing."""

    MEETING = "meeting"
    GOAL = "goal"
    GOAL_STATUS = "goal_status"
    NOTE = "note"


RECORDS_THE_MENTEE_ADDS = frozenset({Record.GOAL, Record.GOAL_STATUS})


def open_pairings():
    """The pairings that take new records and let their mentor follow the mentee: the
    active ones."""
    return Pairing.objects.filter(status=Pairing.Status.ACTIVE)


def is_open(pairing) -> bool:
    """The same rule as ``open_pairings``, for a pairing already fetched."""
    return pairing.status == Pairing.Status.ACTIVE


def writes_record(user, pairing, record) -> bool:
    """Whether this kind of record is the person's to write on the pairing, open or not:
    its mentor and staff write anything, its mentee goals and goal statuses."""
    if pairing.mentor_id == user.pk or is_academy_staff(user):
        return True
    return record in RECORDS_THE_MENTEE_ADDS and pairing.mentee_id == user.pk


def may_add_record(user, pairing, record) -> bool:
    """Whether the person may add this record to the pairing now: theirs to write, and the
    pairing active. Every view and service that writes to a pairing asks this."""
    return is_open(pairing) and writes_record(user, pairing, record)


def addable_records(user, pairing) -> frozenset:
    """The records (their values, for templates) the person may add to the pairing now."""
    return frozenset(record.value for record in Record if may_add_record(user, pairing, record))


def may_follow_mentee(user, pairing) -> bool:
    """Whether the person sees the mentee's current progress, results and essays through
    this pairing: its mentor and staff, while the pairing is active."""
    return is_open(pairing) and (pairing.mentor_id == user.pk or is_academy_staff(user))


def essays_gradable_by(user):
    """Essay answers this user may grade: staff all; a mentor those of the mentees of their
    open pairings in the courses linked to the mentee's programme."""
    from mentorship.services import active_mentee_courses

    essays = essay_answers()
    if is_academy_staff(user):
        return essays
    allowed = active_mentee_courses(mentor=user)
    if not allowed:
        return essays.none()
    condition = Q(pk__in=[])
    for mentee_id, keys in allowed.items():
        condition |= Q(attempt__user_id=mentee_id, attempt__course_key__in=keys)
    return essays.filter(condition)


class ProgrammePagePermissionTester(PagePermissionTester):
    """A programme page holds its pairings (who mentors whom): in the admin it is for Academy
    staff only. Anyone else has no permission on it, so Wagtail refuses them its editor,
    history, revisions, comparisons, previews, copy, move and delete."""

    def __init__(self, user, page):
        super().__init__(user, page)
        self.is_academy_staff = is_academy_staff(user)
        if not self.is_academy_staff:
            self.permissions = set()

    # These may also answer yes through ownership or a moderation task, not only permissions.
    def can_edit(self):
        return self.is_academy_staff and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return self.is_academy_staff and super().can_delete(ignore_bulk=ignore_bulk)

    def can_lock(self):
        return self.is_academy_staff and super().can_lock()

    def can_unlock(self):
        return self.is_academy_staff and super().can_unlock()

    def can_submit_for_moderation(self):
        return self.is_academy_staff and super().can_submit_for_moderation()

    def can_view_revisions(self):
        return self.is_academy_staff and super().can_view_revisions()
