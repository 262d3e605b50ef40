from io import StringIO

import pytest
from django.core.management import call_command

from academy.h5p.services import lesson_rule_met
from academy.models import H5PActivity, H5PLibrary, LessonPage
from accounts.models import User

pytestmark = pytest.mark.django_db


def test_seed_demo_puts_the_truefalse_activity_in_a_lesson_in_each_language(settings, client):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())

    activities = H5PActivity.objects.order_by("pk")
    assert [a.metadata["language"] for a in activities] == ["en", "ru", "kk"]
    assert all(a.is_ready and a.libraries.count() == 10 for a in activities)
    assert H5PLibrary.objects.count() == 10, "the three uploads share the libraries"
    lessons = LessonPage.objects.filter(completion_rule=LessonPage.CompletionRule.H5P_COMPLETED)
    assert lessons.count() == 3
    ru = lessons.get(locale__language_code="ru")
    assert [block.value["activity"] for block in ru.body if block.block_type == "h5p"] == [
        activities.get(metadata__language="ru")
    ]

    learner = User.objects.get(email="trainee@demo.local")
    assert not lesson_rule_met(user=learner, lesson=ru)
    client.force_login(learner)
    response = client.get(ru.url)
    assert response.status_code == 200
    assert 'class="h5p-activity__frame"' in response.content.decode()
