from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from accounts.models import User
from accounts.roles import Role
from accounts.services import has_role
from cms.models import (
    ArticlePage,
    CampaignPage,
    EventPage,
    FundingStatement,
    HomePage,
    NewsIndexPage,
    StandardPage,
)

pytestmark = pytest.mark.django_db


def seed():
    out, err = StringIO(), StringIO()
    call_command("seed_demo", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_seed_demo_builds_the_site_in_three_languages_and_is_idempotent(client):
    output, _ = seed()
    assert "Demo content created" in output
    assert "/ru/news/" in output

    counts = {
        model: model.objects.count()
        for model in (HomePage, StandardPage, NewsIndexPage, ArticlePage, CampaignPage, EventPage)
    }
    assert counts[HomePage] == counts[NewsIndexPage] == counts[EventPage] == 3
    assert counts[ArticlePage] == 12
    for model in counts:
        languages = set(model.objects.values_list("locale__language_code", flat=True))
        assert languages == {"en", "ru", "kk"}, model
    assert FundingStatement.objects.count() == 3
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage

    page_count = Page.objects.count()
    output, _ = seed()
    assert "nothing to do" in output
    assert Page.objects.count() == page_count

    for language in ["en", "ru", "kk"]:
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert FundingStatement.objects.get(locale__language_code=language).text in (
            response.content.decode()
        )


def test_demo_accounts_are_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    _, errors = seed()
    assert "DEBUG is off" in errors
    assert not User.objects.filter(email__endswith="@demo.local").exists()


def test_demo_accounts_with_their_roles_when_debug_is_on(settings, client):
    settings.DEBUG = True
    seed()
    expected = {
        "trainee@demo.local": Role.TRAINEE,
        "mentor@demo.local": Role.MENTOR,
        "editor@demo.local": Role.EDITOR,
        "staff@demo.local": Role.ACADEMY_STAFF,
    }
    for email, role in expected.items():
        user = User.objects.get(email=email)
        assert has_role(user=user, role=role)
        assert user.check_password("rule-of-law-demo")
    response = client.post(
        "/en/accounts/login/", {"login": "trainee@demo.local", "password": "rule-of-law-demo"}
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
    seed()
    assert User.objects.filter(email__endswith="@demo.local").count() == 6
