"""Staff read who changed a pairing, its meetings and goals, field by field."""

import pytest
from django.urls import reverse

from academy.history import history_of
from mentorship.models import Goal
from tests.factories.mentorship import GoalFactory

pytestmark = pytest.mark.django_db


def test_goal_history_lists_each_change_with_its_author(client, pairing, academy_staff):
    goal = GoalFactory(pairing=pairing, text="Observe two hearings")
    client.force_login(pairing.mentee)
    client.post(reverse("mentorship:goal_status", args=[goal.pk]), {"status": "achieved"})
    entries = history_of(Goal.history.filter(pairing_id=pairing.pk))
    assert [entry["action"] for entry in entries] == ["Changed", "Created"]
    changed, created = entries
    assert changed["who"] == pairing.mentee
    assert changed["changes"] == [("status", "Not started", "Achieved")]
    assert ("goal", "", "Observe two hearings") in created["changes"]


def test_staff_see_the_history_page_with_people_by_name(client, pairing, academy_staff):
    pairing.status = "paused"
    pairing.save()
    client.force_login(academy_staff)
    page = client.get(reverse("pairing:audit", args=[pairing.pk])).content.decode()
    assert "Paused" in page
    assert "Active" in page
    assert str(pairing.mentor) in page
