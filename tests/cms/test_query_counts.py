"""Home and article pages keep a fixed number of SQL queries, however much content exists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.accounts import UserFactory
from tests.factories.cms import ArticlePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # These counts pin the cost of rendering; the page cache has its own tests.
    settings.PAGE_CACHE_SECONDS = 0


HOME_PAGE_QUERIES = 15
ARTICLE_PAGE_QUERIES = 16


def count_queries(client, url):
    client.get(url)  # the first request warms Wagtail's site-root cache, as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_content(site_tree, articles, menu_pages):
    for _ in range(articles):
        ArticlePageFactory(parent=site_tree.news["en"])
    for _ in range(menu_pages):
        StandardPageFactory(parent=site_tree.homes["en"])


def test_home_page_queries_are_pinned_and_flat(client, site_tree):
    add_content(site_tree, articles=1, menu_pages=1)
    small = count_queries(client, site_tree.homes["en"].url)
    add_content(site_tree, articles=40, menu_pages=10)
    large = count_queries(client, site_tree.homes["en"].url)
    assert small == large == HOME_PAGE_QUERIES


def test_article_page_queries_are_pinned_and_flat(client, site_tree):
    article = site_tree.articles["en"]
    add_content(site_tree, articles=1, menu_pages=1)
    small = count_queries(client, article.url)
    add_content(site_tree, articles=40, menu_pages=10)
    large = count_queries(client, article.url)
    assert small == large == ARTICLE_PAGE_QUERIES


def test_signed_in_visitors_cost_a_bounded_number_of_extra_queries(
    client, site_tree, django_assert_max_num_queries
):
    client.force_login(UserFactory())
    client.get(site_tree.homes["en"].url)
    # Session, user, the account menu's mentoring links, permissions for the user bar.
    with django_assert_max_num_queries(HOME_PAGE_QUERIES + 5):
        client.get(site_tree.homes["en"].url)
