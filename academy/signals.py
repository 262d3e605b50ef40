"""What the academy announces; mentorship and certificates listen, academy never imports them."""

from django.dispatch import Signal

#: Sent once per enrolment, after the commit that completes it. Arguments: ``enrollment``.
course_completed = Signal()

#: Sent when a trainee completes a lesson. Arguments: ``completion``.
lesson_completed = Signal()

#: Sent when an attempt's grade becomes final (after its essays are graded, if any), after
#: the commit. Arguments: ``attempt``.
attempt_graded = Signal()

#: A Wagtail hook: each function registered under this name is called with ``user`` and
#: ``course`` on the page of a course the user has completed and returns (label, URL) pairs
#: of what comes next (certificates: the certificate).
COURSE_COMPLETED_LINKS_HOOK = "academy_course_completed_links"
