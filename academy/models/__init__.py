from academy.models.assessments import AssessmentPage, Attempt, Response
from academy.models.pages import AcademyIndexPage, CoursePage, LessonPage
from academy.models.records import Enrollment, LessonCompletion

__all__ = [
    "AcademyIndexPage",
    "AssessmentPage",
    "Attempt",
    "CoursePage",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
    "Response",
]
