import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import FundingStatement
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_anonymous_pages_are_served_from_the_cache(client, site_tree):
    url = site_tree.articles["ru"].url
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert len(queries) <= 2


def test_each_language_is_its_own_page(client, site_tree):
    client.get("/en/")
    russian = client.get("/ru/")
    assert '<html lang="ru">' in russian.content.decode()


def test_publishing_any_page_empties_the_cache(client, site_tree):
    client.get("/en/")
    article = site_tree.articles["en"]
    article.title = "Freshly published title"
    article.save_revision().publish()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "Freshly published title" in response.content.decode()


def test_changing_the_funding_statement_empties_the_cache(client, site_tree):
    client.get("/en/about/")
    statement = FundingStatement.objects.get(locale__language_code="en")
    statement.text = "A new statement of funding."
    statement.save()
    assert "A new statement of funding." in client.get("/en/about/").content.decode()


@pytest.mark.parametrize("case", ["signed-in", "query string", "not found"])
def test_what_is_never_cached(client, site_tree, case):
    url = "/en/"
    if case == "signed-in":
        client.force_login(UserFactory())
    elif case == "query string":
        url = site_tree.news["en"].url + "?category=news"
    elif case == "not found":
        url = "/en/no-such-page/"
    client.get(url)
    assert client.get(url).get("X-Page-Cache") != "hit"


def test_a_pending_message_is_shown_not_a_cached_page(client, site_tree, trainee):
    client.get("/en/")
    client.force_login(trainee)
    client.post("/en/accounts/logout/")
    response = client.get("/en/")
    assert response.get("X-Page-Cache") != "hit"
    assert "You have signed out." in response.content.decode()


def test_a_password_protected_page_is_never_shared(client, site_tree):
    from django.test import Client
    from wagtail.models import PageViewRestriction

    about = site_tree.about["en"]
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="monitors-only"
    )
    form = client.get(about.url)
    assert "monitors-only" not in form.content.decode()
    client.post(
        f"/en/_util/authenticate_with_password/{restriction.id}/{about.id}/",
        {"password": "monitors-only", "return_url": about.url},
    )
    unlocked = client.get(about.url)
    assert about.title in unlocked.content.decode()
    client.get(about.url)

    stranger = Client().get(about.url)
    assert stranger.get("X-Page-Cache") != "hit"
    assert "password" in stranger.content.decode().lower()


def _page_urls(site_tree):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course = CoursePageFactory(parent=catalogue, slug="fair-trial")
    return {
        "home": "/en/",
        "standard page in ru": site_tree.about["ru"].url,
        "article": site_tree.articles["en"].url,
        "course page": course.url,
        # Django's feed view sets its own Content-Type and Last-Modified.
        "news feed": site_tree.news["en"].url + "feed/",
    }


@pytest.mark.parametrize(
    "page_type", ["home", "standard page in ru", "article", "course page", "news feed"]
)
def test_a_cached_page_carries_the_same_headers_as_a_fresh_one(client, site_tree, page_type):
    url = _page_urls(site_tree)[page_type]
    miss = client.get(url)
    hit = client.get(url)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert miss.headers["Content-Security-Policy"]
    ignored = {"Date", "X-Page-Cache"}
    assert {k: v for k, v in hit.headers.items() if k not in ignored} == {
        k: v for k, v in miss.headers.items() if k not in ignored
    }
