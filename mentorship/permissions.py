"""Who may see which pairing and its records: the one place mentorship views ask.

A mentor sees only their own pairings, a mentee only theirs, staff see all. Views fetch
through these querysets so that anything outside them is a 404, not a 403 that would
confirm the record exists.
"""

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


def may_log_meeting(user, pairing) -> bool:
    return is_academy_staff(user) or pairing.mentor_id == user.pk


def essays_gradable_by(user):
    """Essay answers this user may grade: staff all; a mentor those of their active mentees
    in the courses linked to the mentee's programme."""
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
