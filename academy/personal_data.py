"""The academy's part of a person's data: enrolments, lessons done, attempts and answers."""

from academy.models import (
    AssessmentPage,
    Attempt,
    CoursePage,
    Enrollment,
    H5PActivity,
    H5PResult,
    H5PStatement,
    LessonCompletion,
    LessonPage,
    Response,
)
from academy.services import localized_titles
from accounts.personal_data import PersonalDataSection

# Answers the person wrote in their own words; choices and numbers are not about them.
FREE_TEXT_ANSWERS = ("essay", "short_answer")


def export_learning(user) -> dict:
    enrollments = list(Enrollment.objects.filter(user=user).order_by("created_at"))
    completions = list(LessonCompletion.objects.filter(user=user).order_by("completed_at"))
    attempts = list(
        Attempt.objects.filter(user=user).prefetch_related("responses").order_by("started_at")
    )
    courses = localized_titles(CoursePage, [e.course_key for e in enrollments], live=False)
    lessons = localized_titles(LessonPage, [c.lesson_key for c in completions], live=False)
    assessments = localized_titles(AssessmentPage, [a.assessment_key for a in attempts], live=False)
    return {
        "enrolments": [
            {
                "course": courses.get(e.course_key, str(e.course_key)),
                "status": e.status,
                "source": e.source,
                "enrolled_at": e.created_at,
                "completed_at": e.completed_at,
            }
            for e in enrollments
        ],
        "lessons_completed": [
            {
                "lesson": lessons.get(c.lesson_key, str(c.lesson_key)),
                "completed_at": c.completed_at,
            }
            for c in completions
        ],
        "attempts": [
            {
                "assessment": assessments.get(a.assessment_key, str(a.assessment_key)),
                "number": a.number,
                "status": a.status,
                "started_at": a.started_at,
                "submitted_at": a.submitted_at,
                "score": a.score,
                "max_score": a.max_score,
                "percent": a.percent,
                "passed": a.passed,
                "answers": [
                    {
                        "question": r.question_id,
                        "type": r.question_type,
                        "answer": r.answer,
                        "score": r.score,
                        "max_score": r.max_score,
                        "feedback": r.feedback,
                    }
                    for r in a.responses.all()
                ],
            }
            for a in attempts
        ],
        **export_h5p(user),
    }


def export_h5p(user) -> dict:
    results = H5PResult.objects.filter(user=user).select_related("activity").order_by("pk")
    statements = H5PStatement.objects.filter(user=user).select_related("activity")
    return {
        "h5p_results": [
            {
                "activity": r.activity.title,
                "best_score": r.best_score,
                "max_score": r.max_score,
                "attempts": r.attempts,
                "completed": r.completed,
                "completed_at": r.completed_at,
            }
            for r in results
        ],
        "h5p_statements": [
            {
                "activity": s.activity.title,
                "verb": s.verb,
                "received_at": s.received_at,
                "statement": s.statement,
            }
            for s in statements.order_by("received_at")
        ],
        "h5p_uploads": [
            {"title": a.title, "uploaded_at": a.created_at}
            for a in H5PActivity.objects.filter(uploaded_by=user).order_by("created_at")
        ],
    }


def erase_learning(user, _answer=None) -> None:
    """Records stay (they count in course figures); the person's own words go, also from
    the answers' change history."""
    responses = Response.objects.filter(attempt__user=user)
    responses.filter(question_type__in=FREE_TEXT_ANSWERS).update(answer={})
    responses.exclude(feedback="").update(feedback="")
    history = Response.history.filter(attempt__user=user)
    history.filter(question_type__in=FREE_TEXT_ANSWERS).update(answer={})
    history.exclude(feedback="").update(feedback="")
    # Raw xAPI statements may hold typed answers; the results they led to stay.
    H5PStatement.objects.filter(user=user).delete()


LEARNING_SECTION = PersonalDataSection(
    name="learning",
    models=(
        "academy.Enrollment",
        "academy.LessonCompletion",
        "academy.Attempt",
        "academy.Response",
        "academy.H5PResult",
        "academy.H5PStatement",
        # Activities and libraries only point at the staff member who uploaded them.
        "academy.H5PActivity",
        "academy.H5PLibrary",
    ),
    export=export_learning,
    erase=erase_learning,
    order=10,
)
