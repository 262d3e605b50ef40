import pytest

from tests.factories.academy import AcademyIndexPageFactory, course_with_lessons
from tests.factories.cms import translate


@pytest.fixture
def catalogue(site_tree):
    catalogue = {"en": AcademyIndexPageFactory(parent=site_tree.homes["en"])}
    for code in ["ru", "kk"]:
        catalogue[code] = translate(catalogue["en"], code, title=f"Academy {code}")
    return catalogue


@pytest.fixture
def course(catalogue):
    """An open course with three required lessons, in English."""
    course, _lessons = course_with_lessons(catalogue["en"], lessons=3, slug="monitoring")
    return course


@pytest.fixture
def lessons(course):
    return list(course.get_children().specific())
