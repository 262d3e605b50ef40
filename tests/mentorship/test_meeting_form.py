"""The meeting form offers the formats only: no empty "---------" choice."""

import pytest
from django.urls import reverse

from mentorship.forms import MeetingForm
from mentorship.models import Meeting

pytestmark = pytest.mark.django_db


def test_the_format_field_offers_only_the_formats(pairing):
    form = MeetingForm(pairing=pairing)
    assert [value for value, _label in form.fields["format"].choices] == list(Meeting.Format.values)


def test_the_meeting_page_shows_no_empty_format_and_none_chosen(client, pairing):
    client.force_login(pairing.mentor)
    html = client.get(reverse("mentorship:log_meeting", args=[pairing.pk])).content.decode()
    assert "---------" not in html
    assert 'name="format" value=""' not in html
    assert "checked" not in html


def test_a_meeting_without_a_format_is_refused(client, pairing):
    client.force_login(pairing.mentor)
    response = client.post(
        reverse("mentorship:log_meeting", args=[pairing.pk]),
        {"held_on": "2026-01-01", "duration_minutes": "60", "topics": "Interpreters"},
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Meeting.objects.exists()
