"""Certificates › Course settings: each course by its title, in the viewer's language."""

import pytest

from accounts.roles import Role
from certificates.models import CourseCertificate
from tests.certificates.conftest import COURSE_TITLES
from tests.factories.academy import CoursePageFactory
from tests.factories.accounts import UserFactory
from tests.factories.certificates import template_in_three_languages

pytestmark = pytest.mark.django_db

BASE = "/admin/certificates/courses/"


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_listing_shows_the_course_title_in_the_viewers_language_with_the_edit_link(
    client, certified_course, language
):
    staff = UserFactory(role=Role.ACADEMY_STAFF, preferred_language=language)
    client.force_login(staff)
    row = CourseCertificate.objects.get()

    page = client.get(BASE, HTTP_ACCEPT_LANGUAGE=language).content.decode()

    assert f'href="{BASE}edit/{row.pk}/"' in page
    assert COURSE_TITLES[language] in page
    assert str(row.course_key) not in page


def test_a_course_not_translated_into_the_viewers_language_shows_its_default_title(
    client, certified_course, locales
):
    english_only = CoursePageFactory(parent=certified_course.get_parent(), title="Court access")
    CourseCertificate.objects.create(
        course_key=english_only.translation_key, template=template_in_three_languages(locales)
    )
    client.force_login(UserFactory(role=Role.ACADEMY_STAFF, preferred_language="kk"))

    page = client.get(BASE, HTTP_ACCEPT_LANGUAGE="kk").content.decode()

    assert "Court access" in page


def test_the_created_message_names_the_course(client, academy_staff, certified_course, locales):
    other = CoursePageFactory(parent=certified_course.get_parent(), title="Court access")
    template = template_in_three_languages(locales)
    client.force_login(academy_staff)

    response = client.post(
        BASE + "new/",
        {
            "course_key": str(other.translation_key),
            "template": template.pk,
            "issue_automatically": "on",
            "validity_months": "",
        },
        follow=True,
    )

    shown = [str(message) for message in response.context["messages"]]
    assert any("Court access" in message for message in shown), shown
    assert not any(str(other.translation_key) in message for message in shown), shown


@pytest.mark.parametrize("courses", [1, 12])
def test_listing_queries_stay_flat(
    client, academy_staff, certified_course, locales, courses, django_assert_max_num_queries
):
    template = template_in_three_languages(locales)
    for number in range(courses - 1):
        course = CoursePageFactory(parent=certified_course.get_parent(), title=f"Course {number}")
        CourseCertificate.objects.create(course_key=course.translation_key, template=template)
    client.force_login(academy_staff)

    with django_assert_max_num_queries(20):
        page = client.get(BASE).content.decode()

    assert page.count(f'href="{BASE}edit/') >= courses


def test_wagtails_history_of_the_settings_names_the_course(
    client, academy_staff, certified_course, locales
):
    other = CoursePageFactory(parent=certified_course.get_parent(), title="Court access")
    client.force_login(academy_staff)
    client.post(
        BASE + "new/",
        {
            "course_key": str(other.translation_key),
            "template": template_in_three_languages(locales).pk,
            "issue_automatically": "on",
            "validity_months": "",
        },
    )
    row = CourseCertificate.objects.get(course_key=other.translation_key)

    page = client.get(f"{BASE}history/{row.pk}/").content.decode()

    assert "Court access" in page
    assert str(other.translation_key) not in page
