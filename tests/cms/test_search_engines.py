"""What browsers and search engines read besides the page: favicon, description, sitemap."""

import re
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from tests.factories.cms import ArticlePageFactory, translate

pytestmark = pytest.mark.django_db

SITEMAP_QUERIES = 12


def head_of(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").head


def test_every_page_links_a_favicon_that_exists(client, site_tree):
    for url in (site_tree.homes["kk"].url, "/en/search/", "/ru/accounts/login/"):
        icons = head_of(client, url).find_all("link", rel="icon")
        assert {icon["type"] for icon in icons} == {"image/svg+xml", "image/png"}, url
        for icon in icons:
            assert finders.find(icon["href"].removeprefix("/static/")), icon["href"]


def description(client, url):
    meta = head_of(client, url).find("meta", attrs={"name": "description"})
    return meta["content"] if meta else None


def test_the_description_is_the_search_description_when_there_is_one(client, site_tree):
    article = site_tree.articles["ru"]
    article.search_description = "Переводчики в суде: что фиксирует наблюдатель."
    article.save_revision().publish()

    assert description(client, article.url) == "Переводчики в суде: что фиксирует наблюдатель."


def test_otherwise_the_summary_or_introduction_shortened(client, site_tree):
    article, news = site_tree.articles["kk"], site_tree.news["en"]
    article.search_description = ""
    article.summary = "Сот залындағы аудармашылар. " * 20
    article.save_revision().publish()
    news.search_description = ""
    news.intro = "Reports from the courts."
    news.save_revision().publish()

    shortened = description(client, article.url)
    assert shortened.startswith("Сот залындағы аудармашылар.")
    assert len(shortened) <= 160
    assert description(client, news.url) == "Reports from the courts."


def test_pages_without_their_own_text_describe_the_academy(client, site_tree):
    about = site_tree.about["en"]
    about.search_description = about.intro = ""
    about.save_revision().publish()
    for url in ("/kk/search/", site_tree.about["en"].url, "/en/accounts/signup/"):
        assert len(description(client, url)) > 40, url


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_entries(client):
    """{location: {language: alternate location}} of the sitemap."""
    urlset = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (ours)
    return {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href")
            for link in url.findall(f"{XHTML}link")
            if link.get("rel") == "alternate"
        }
        for url in urlset.findall(f"{SITEMAP}url")
    }


def test_the_sitemap_names_each_translation_of_a_page(client, site_tree):
    entries = sitemap_entries(client)
    articles = {code: page.get_full_url() for code, page in site_tree.articles.items()}

    for location in articles.values():
        assert entries[location] == articles
    assert all(re.match(r"https?://", location) for location in entries)


@pytest.mark.parametrize("extra_articles", [0, 30])
def test_the_sitemap_takes_the_same_queries_for_few_and_many_pages(
    client, site_tree, extra_articles, django_assert_max_num_queries
):
    for number in range(extra_articles):
        english = ArticlePageFactory(parent=site_tree.news["en"], slug=f"report-{number}")
        for code in ("ru", "kk"):
            translate(english, code, title=f"Report {number} {code}")
    client.get("/sitemap.xml")  # warms Wagtail's site-root cache, as in production

    with django_assert_max_num_queries(SITEMAP_QUERIES):
        response = client.get("/sitemap.xml")

    assert response.content.decode().count("<url>") == 18 + 3 * extra_articles
