"""What the academy announces; mentorship and certificates listen, academy never imports them."""

from django.dispatch import Signal

#: Sent once per enrolment, after the commit that completes it. Arguments: ``enrollment``.
course_completed = Signal()

#: Sent when a trainee completes a lesson. Arguments: ``completion``.
lesson_completed = Signal()

#: Sent when an attempt's grade becomes final (after its essays are graded, if any), after
#: the commit. Arguments: ``attempt``.
attempt_graded = Signal()
