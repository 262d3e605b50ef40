import factory
import wagtail_factories

from academy.models import AcademyIndexPage, CoursePage, Enrollment, LessonPage
from tests.factories.cms import FACTORIES


class AcademyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AcademyIndexPage

    title = "Academy"
    slug = "academy"
    show_in_menus = True


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "Learn to monitor trials."
    topic = CoursePage.Topic.MONITORING
    level = CoursePage.Level.BEGINNER
    estimated_hours = 4


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>What a monitor records.</p>")])
    estimated_minutes = 15
    required = True


class EnrollmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrollment

    user = factory.SubFactory("tests.factories.accounts.UserFactory")
    course_key = factory.LazyAttribute(lambda o: o.course.translation_key)
    status = Enrollment.Status.ACTIVE
    source = Enrollment.Source.SELF

    class Params:
        course = None


def course_with_lessons(catalogue, lessons=3, **course_fields):
    """A live course under the catalogue with the given number of required lessons."""
    course = CoursePageFactory(parent=catalogue, **course_fields)
    pages = [LessonPageFactory(parent=course) for _ in range(lessons)]
    return course, pages


FACTORIES.update(
    {
        AcademyIndexPage: AcademyIndexPageFactory,
        CoursePage: CoursePageFactory,
        LessonPage: LessonPageFactory,
    }
)
