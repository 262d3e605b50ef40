"""Who may open what in the academy: the one place views ask."""

import enum

from accounts.roles import Role
from accounts.services import has_role


class LessonAccess(enum.Enum):
    ALLOWED = "allowed"
    LOGIN = "login"
    NOT_ENROLLED = "not-enrolled"
    LOCKED = "locked"


def is_academy_staff(user) -> bool:
    """Academy staff and superusers see every course, lesson and trainee record."""
    return user.is_authenticated and (
        user.is_superuser or has_role(user=user, role=Role.ACADEMY_STAFF)
    )


def lesson_access(*, user, lesson, course, lessons=None) -> LessonAccess:
    """Lessons are for staff and enrolled trainees; a sequential course locks lessons ahead."""
    if is_academy_staff(user):
        return LessonAccess.ALLOWED
    return study_access(user=user, lesson=lesson, course=course, lessons=lessons)


def study_access(*, user, lesson, course, enrollment=None, lessons=None) -> LessonAccess:
    """Whether the person's study of a lesson may be recorded (its completion, its H5P
    results): an enrolled trainee's, on a lesson that is not locked. Staff are no exception:
    these are learner records."""
    from academy.services import LOCKED, enrollment_for, lesson_state

    if not user.is_authenticated:
        return LessonAccess.LOGIN
    enrollment = enrollment or enrollment_for(user=user, course=course)
    if enrollment is None or not enrollment.is_studying:
        return LessonAccess.NOT_ENROLLED
    state = lesson_state(
        user=user, lesson=lesson, course=course, enrollment=enrollment, lessons=lessons
    )
    if state == LOCKED:
        return LessonAccess.LOCKED
    return LessonAccess.ALLOWED
