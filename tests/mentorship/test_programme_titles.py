"""A programme's title is shown in the reader's language wherever a pairing shows it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.services import enrol
from mentorship.models import Pairing
from tests.factories.cms import translate
from tests.factories.mentorship import MentorshipProgrammePageFactory, PairingFactory

pytestmark = pytest.mark.django_db

KAZAKH_TITLE = "Сот мониторингі бойынша тәлімгерлік"


@pytest.fixture
def kazakh_programme(programme):
    programme.title = "Trial monitoring mentorship"
    programme.save_revision().publish()
    return translate(programme, "kk", title=KAZAKH_TITLE)


@pytest.mark.parametrize("reader", ["mentor", "mentee"])
def test_the_programme_title_is_in_kazakh_on_kazakh_mentoring_pages(
    client, pairing, kazakh_programme, reader
):
    pages = {
        "mentor": ["/kk/mentoring/", f"/kk/mentoring/mentees/{pairing.pk}/"],
        "mentee": ["/kk/my-mentoring/"],
    }[reader]
    client.force_login(getattr(pairing, reader))
    for url in pages:
        html = client.get(url).content.decode()
        assert KAZAKH_TITLE in html, url
        assert "Trial monitoring mentorship" not in html, url


def test_a_programme_without_a_translation_keeps_its_own_title(client, pairing, programme):
    client.force_login(pairing.mentee)
    assert programme.title in client.get("/kk/my-mentoring/").content.decode()


def test_a_closed_pairing_on_the_dashboard_shows_the_kazakh_title(
    client, pairing, kazakh_programme
):
    pairing.status = pairing.Status.COMPLETED
    pairing.save()
    client.force_login(pairing.mentor)
    html = client.get("/kk/mentoring/").content.decode()
    assert KAZAKH_TITLE in html
    assert "Trial monitoring mentorship" not in html


def my_mentoring_queries(client, mentee):
    client.force_login(mentee)
    client.get("/kk/my-mentoring/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/kk/my-mentoring/")
    assert response.status_code == 200
    return len(queries)


def test_my_mentoring_takes_as_many_queries_for_one_programme_as_for_four(
    client, catalogue, course, trainee
):
    enrol(user=trainee, course=course)

    def add_programme(number):
        programme = MentorshipProgrammePageFactory(parent=catalogue["en"], title=f"P{number}")
        programme.courses.set([course])
        programme.save_revision().publish()
        translate(programme, "kk", title=f"Бағдарлама {number}")
        PairingFactory(programme=programme, mentee=trainee, status=Pairing.Status.COMPLETED)

    add_programme(1)
    one = my_mentoring_queries(client, trainee)
    for number in range(2, 5):
        add_programme(number)
    four = my_mentoring_queries(client, trainee)

    assert one == four
