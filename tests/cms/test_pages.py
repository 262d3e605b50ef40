import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from academy.models import AcademyIndexPage
from cms.models import (
    ArticlePage,
    CampaignPage,
    EventPage,
    FundingStatement,
    HomePage,
    NewsIndexPage,
    StandardPage,
)
from tests.conftest import LANGUAGES, STATEMENTS
from tests.html.outline import skipped_headings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_every_language_with_the_funding_statement(
    client, site_tree, language
):
    pages = [
        site_tree.homes[language],
        site_tree.about[language],
        site_tree.news[language],
        site_tree.articles[language],
        site_tree.campaigns[language],
        site_tree.forums[language],
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert page.title in html
        assert STATEMENTS[language] in html, f"footer statement missing on {page.url}"
        assert f'<html lang="{language}">' in html


def test_footer_falls_back_to_the_built_in_statement_in_the_visitors_language(client, site_tree):
    FundingStatement.objects.filter(locale__language_code="en").delete()
    response = client.get(site_tree.homes["en"].url)
    assert "funded by the European Union" in response.content.decode()


def test_home_page_shows_latest_news_campaign_and_next_forum(client, site_tree):
    html = client.get("/ru/").content.decode()
    assert site_tree.articles["ru"].title in html
    assert site_tree.campaigns["ru"].title in html
    assert site_tree.forums["ru"].title in html
    assert site_tree.articles["en"].title not in html


def test_main_menu_lists_the_pages_shown_in_menus_of_the_current_language(client, site_tree):
    html = client.get("/kk/").content.decode()
    assert site_tree.about["kk"].url in html
    assert site_tree.about["en"].url not in html


def test_breadcrumbs_lead_from_home_to_the_article(client, site_tree):
    html = client.get(site_tree.articles["en"].url).content.decode()
    assert 'aria-label="Breadcrumbs"' in html
    assert f'href="{site_tree.news["en"].url}"' in html


def test_unknown_address_gives_the_404_page_in_the_visitors_language(client, site_tree):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    assert "Страница не найдена" in response.content.decode()


def test_news_index_filters_by_category_and_ignores_unknown_categories(client, site_tree):
    url = site_tree.news["en"].url
    assert site_tree.articles["en"].title in client.get(url + "?category=news").content.decode()
    html = client.get(url + "?category=statement").content.decode()
    assert site_tree.articles["en"].title not in html
    assert client.get(url + "?category=<script>").status_code == 200


@pytest.mark.parametrize("language", ["en", "kk"])
def test_every_page_type_of_the_site_skips_no_heading_level(client, site_tree, language):
    for page in (
        site_tree.homes[language],
        site_tree.about[language],
        site_tree.news[language],
        site_tree.articles[language],
        site_tree.campaigns[language],
        site_tree.forums[language],
    ):
        html = client.get(page.url).content.decode()
        assert skipped_headings(html) == [], page.url


def test_end_date_before_start_date_is_refused(site_tree):
    forum = site_tree.forums["en"]
    forum.end_date = forum.start_date.replace(year=forum.start_date.year - 1)
    with pytest.raises(ValidationError) as error:
        forum.full_clean()
    assert "end_date" in error.value.message_dict


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_lives_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children(self):
        # The academy adds its catalogue when it loads; cms itself does not name it.
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, NewsIndexPage, CampaignPage, EventPage, AcademyIndexPage}
        )

    def test_articles_live_only_in_a_news_index(self):
        self.assertAllowedParentPageTypes(ArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertAllowedSubpageTypes(NewsIndexPage, {ArticlePage})

    def test_campaigns_and_forums_have_no_children(self):
        self.assertAllowedSubpageTypes(CampaignPage, set())
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedParentPageTypes(EventPage, {HomePage})
