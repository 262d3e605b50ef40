"""Pairings entered in the programme page editor: valid ones are saved, invalid ones are
refused with a message and nothing changes; translations never copy them."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from academy.services import enrol
from accounts.roles import Role
from mentorship.models import MentorshipProgrammePage, Pairing
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import GoalFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def pairing_form(mentor, mentee, pk=None, status="active", starts_on="2026-09-01", **extra):
    row = {
        "mentor": mentor.pk if mentor else "",
        "mentee": mentee.pk if mentee else "",
        "starts_on": starts_on,
        "ends_on": "",
        "status": status,
        "focus": "Hearing reports",
        **extra,
    }
    if pk:
        row["id"] = pk
    return row


def publish(client, programme, pairings, courses, existing=0):
    data = nested_form_data(
        {
            "title": programme.title,
            "slug": programme.slug,
            "intro": programme.intro,
            "description": rich_text(""),
            "starts_on": programme.starts_on.isoformat(),
            "ends_on": "",
            "pairings": inline_formset(pairings, initial=existing),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    # A multiple choice is a repeated key, which nested_form_data would number instead.
    data["courses"] = [course.pk for course in courses]
    return client.post(reverse("wagtailadmin_pages:edit", args=[programme.pk]), data)


@pytest.fixture
def staff_client(client, academy_staff):
    client.force_login(academy_staff)
    return client


@pytest.fixture
def enrolled_trainee(course):
    person = UserFactory(role=Role.TRAINEE)
    enrol(user=person, course=course)
    return person


def test_staff_pair_a_mentor_with_an_enrolled_trainee(
    staff_client, programme, course, mentor, enrolled_trainee
):
    response = publish(staff_client, programme, [pairing_form(mentor, enrolled_trainee)], [course])
    assert response.status_code == 302
    pairing = Pairing.objects.get()
    assert (pairing.mentor, pairing.mentee, pairing.programme_id) == (
        mentor,
        enrolled_trainee,
        programme.pk,
    )
    assert pairing.history.count() == 1


def refused(response):
    assert response.status_code == 200
    assert Pairing.objects.count() == 0
    return response.content.decode()


def test_a_mentor_cannot_mentor_themselves(staff_client, programme, course, mentor):
    enrol(user=mentor, course=course)
    page = refused(publish(staff_client, programme, [pairing_form(mentor, mentor)], [course]))
    assert "cannot mentor themselves" in page


def test_the_mentor_must_be_in_the_mentors_group(staff_client, programme, course, enrolled_trainee):
    not_a_mentor = UserFactory(role=Role.TRAINEE, first_name="Nurlan", last_name="Ospanov")
    page = refused(
        publish(staff_client, programme, [pairing_form(not_a_mentor, enrolled_trainee)], [course])
    )
    assert "Nurlan Ospanov is not in the Mentors group" in page


def test_the_mentee_must_be_enrolled_in_a_linked_course(staff_client, programme, course, mentor):
    stranger = UserFactory(role=Role.TRAINEE, first_name="Aliya", last_name="Bekova")
    page = refused(publish(staff_client, programme, [pairing_form(mentor, stranger)], [course]))
    assert "Aliya Bekova is not enrolled in any of the programme" in page


def test_enrolment_counts_only_in_the_courses_chosen_in_the_same_form(
    staff_client, programme, course, mentor, enrolled_trainee
):
    page = refused(publish(staff_client, programme, [pairing_form(mentor, enrolled_trainee)], []))
    assert "is not enrolled in any of the programme" in page


def test_two_active_pairings_of_the_same_people_are_refused(
    staff_client, programme, course, mentor, enrolled_trainee
):
    rows = [pairing_form(mentor, enrolled_trainee), pairing_form(mentor, enrolled_trainee)]
    page = refused(publish(staff_client, programme, rows, [course]))
    assert "already have an active pairing" in page


def test_a_completed_and_an_active_pairing_of_the_same_people_are_allowed(
    staff_client, programme, course, mentor, enrolled_trainee
):
    rows = [
        pairing_form(mentor, enrolled_trainee, status="completed"),
        pairing_form(mentor, enrolled_trainee),
    ]
    assert publish(staff_client, programme, rows, [course]).status_code == 302
    assert Pairing.objects.count() == 2


def test_a_pairing_cannot_end_before_it_starts(
    staff_client, programme, course, mentor, enrolled_trainee
):
    row = pairing_form(mentor, enrolled_trainee, starts_on="2026-09-01", ends_on="2026-08-01")
    page = refused(publish(staff_client, programme, [row], [course]))
    assert "cannot end before it starts" in page


def test_a_pairing_with_meetings_cannot_be_deleted(
    staff_client, programme, course, mentor, enrolled_trainee
):
    publish(staff_client, programme, [pairing_form(mentor, enrolled_trainee)], [course])
    pairing = Pairing.objects.get()
    MeetingFactory(pairing=pairing)
    row = pairing_form(mentor, enrolled_trainee, pk=pairing.pk, DELETE="1")
    response = publish(staff_client, programme, [row], [course], existing=1)
    assert response.status_code == 200
    assert "set its status to completed instead" in response.content.decode()
    assert Pairing.objects.filter(pk=pairing.pk).exists()


def test_a_pairing_with_goals_left_out_of_the_form_is_not_deleted(
    staff_client, programme, course, mentor, enrolled_trainee
):
    publish(staff_client, programme, [pairing_form(mentor, enrolled_trainee)], [course])
    pairing = Pairing.objects.get()
    GoalFactory(pairing=pairing)
    response = publish(staff_client, programme, [], [course])
    assert response.status_code == 200
    assert "cannot be removed" in response.content.decode()
    assert Pairing.objects.filter(pk=pairing.pk).exists()


def test_a_pairing_without_records_can_be_deleted(
    staff_client, programme, course, mentor, enrolled_trainee
):
    publish(staff_client, programme, [pairing_form(mentor, enrolled_trainee)], [course])
    pairing = Pairing.objects.get()
    row = pairing_form(mentor, enrolled_trainee, pk=pairing.pk, DELETE="1")
    assert publish(staff_client, programme, [row], [course], existing=1).status_code == 302
    assert not Pairing.objects.exists()


def test_unknown_people_ids_are_refused_without_a_crash(staff_client, programme, course, mentor):
    row = {**pairing_form(mentor, None), "mentee": 987654}
    response = publish(staff_client, programme, [row], [course])
    assert response.status_code == 200
    assert Pairing.objects.count() == 0


def test_a_translated_programme_does_not_copy_the_pairings(programme, pairing, locales):
    translation = programme.copy_for_translation(locales["ru"])
    assert translation.pairings.count() == 0
    assert Pairing.objects.count() == 1
    assert Pairing.objects.get().programme_id == programme.pk


def test_wagtail_localize_sync_keeps_the_pairings_on_the_source(programme, pairing, locales):
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(programme)
    source.create_or_update_translation(locales["kk"], fallback=True)
    translated = MentorshipProgrammePage.objects.get(
        translation_key=programme.translation_key, locale=locales["kk"]
    )
    assert translated.pairings.count() == 0
    assert list(Pairing.objects.values_list("programme_id", flat=True)) == [programme.pk]
    assert set(translated.courses.all()) == set(programme.courses.all())
