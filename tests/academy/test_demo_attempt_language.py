"""The demo trainee reads Kazakh: her attempt is on the Kazakh assessment, and the result
page says in which language an attempt was taken."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Locale

from academy.models import Attempt
from accounts.models import User

pytestmark = pytest.mark.django_db


def test_the_demo_trainee_took_the_kazakh_assessment_and_its_result_page_says_so(settings, client):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    trainee = User.objects.get(email="trainee@demo.local")
    assert trainee.preferred_language == "kk"
    attempt = Attempt.objects.select_related("page__locale").get(user=trainee)
    assert attempt.page.locale.language_code == "kk"
    assert attempt.status == Attempt.Status.GRADED
    first_prompt = next(
        block.value["prompt"] for block in attempt.page.questions if "prompt" in block.value
    )
    client.force_login(trainee)
    result = attempt.page.url + f"attempt/{attempt.pk}/result/"

    kazakh = client.get(result).content.decode()
    assert escape(first_prompt.splitlines()[0]) in kazakh
    assert "Қазақша" in kazakh

    english_page = attempt.page.get_translation(Locale.objects.get(language_code="en"))
    english = client.get(english_page.url + f"attempt/{attempt.pk}/result/").content.decode()
    assert "Taken in Қазақша" in english
