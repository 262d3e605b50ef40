import feedparser
import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_news_feed_is_valid_rss_2_in_the_page_language(client, site_tree, language):
    response = client.get(site_tree.news[language].url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.language == language
    assert [entry.title for entry in feed.entries] == [site_tree.articles[language].title]
    assert feed.entries[0].link.endswith(site_tree.articles[language].url)


def test_sitemap_lists_pages_in_every_language(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    for language in ["en", "ru", "kk"]:
        assert site_tree.articles[language].url in body
        assert site_tree.forums[language].url in body


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_accounts(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /kk/accounts/" in body
