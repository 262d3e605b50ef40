import pytest

from academy.models import Enrollment
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, EnrollmentFactory
from tests.factories.accounts import UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages
from tests.factories.cms import translate

COURSE_TITLES = {
    "en": "Trial monitoring",
    "ru": "Мониторинг судебных процессов",
    "kk": "Сот процестерінің мониторингі",
}


@pytest.fixture
def certified_course(site_tree, locales):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    for code in ["ru", "kk"]:
        translate(catalogue, code)
    course = CoursePageFactory(parent=catalogue, title=COURSE_TITLES["en"], estimated_hours=12)
    for code in ["ru", "kk"]:
        translate(course, code, title=COURSE_TITLES[code], estimated_hours=12)
    course_certificate(course, template_in_three_languages(locales), issue_automatically=False)
    return course


@pytest.fixture
def graduate(certified_course):
    """A trainee who completed the certified course."""
    user = UserFactory(first_name="Әсел", last_name="Құрманғалиева", preferred_language="kk")
    EnrollmentFactory(user=user, course=certified_course, status=Enrollment.Status.COMPLETED)
    return user
