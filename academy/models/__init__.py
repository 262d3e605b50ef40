from academy.models.assessments import AssessmentPage, Attempt, Response
from academy.models.h5p import H5PActivity, H5PLibrary, H5PResult, H5PStatement
from academy.models.pages import AcademyIndexPage, CoursePage, LessonPage
from academy.models.records import Enrollment, LessonCompletion

__all__ = [
    "AcademyIndexPage",
    "AssessmentPage",
    "Attempt",
    "CoursePage",
    "Enrollment",
    "H5PActivity",
    "H5PLibrary",
    "H5PResult",
    "H5PStatement",
    "LessonCompletion",
    "LessonPage",
    "Response",
]
