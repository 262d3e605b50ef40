from academy.models.pages import AcademyIndexPage, CoursePage, LessonPage
from academy.models.records import Enrollment, LessonCompletion

__all__ = ["AcademyIndexPage", "CoursePage", "Enrollment", "LessonCompletion", "LessonPage"]
