import re
from urllib.parse import urlsplit

import pytest

from tests.factories.cms import ArticlePageFactory

pytestmark = pytest.mark.django_db


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'href="([^"]+)" hreflang="(\w+)"', nav))


def test_switcher_on_an_article_leads_to_its_translations(client, site_tree):
    html = client.get(site_tree.articles["en"].url).content.decode()
    links = {language: url for url, language in switcher_links(html).items()}
    assert links == {code: site_tree.articles[code].url for code in ["en", "ru", "kk"]}


def test_switcher_falls_back_to_the_home_page_of_a_language_without_translation(client, site_tree):
    only_english = ArticlePageFactory(parent=site_tree.news["en"], slug="only-english")
    html = client.get(only_english.url).content.decode()
    links = {language: url for url, language in switcher_links(html).items()}
    assert links["en"] == only_english.url
    assert links["ru"] == "/ru/"
    assert links["kk"] == "/kk/"


def test_switcher_on_a_non_page_view_keeps_the_path(client, site_tree):
    html = client.get("/ru/search/?q=x").content.decode()
    links = {language: url for url, language in switcher_links(html).items()}
    assert links["kk"] == "/kk/search/?q=x"
    assert links["en"] == "/en/search/?q=x"


@pytest.mark.parametrize(
    "path", ["//evil.example/", "//evil.example/en/", "/%2F%2Fevil.example/", "/\\evil.example/"]
)
def test_switcher_on_a_not_found_page_never_links_off_the_site(client, site_tree, path):
    # The test client would read "//host/" as a host: the path goes in the environ as sent.
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    nav = re.search(r'<nav class="language-switcher".*?</nav>', response.content.decode(), re.S)
    links = re.findall(r'href="([^"]+)" hreflang="(\w+)"', nav.group(0))
    assert [language for _url, language in links] == ["en", "ru", "kk"]
    for url, _language in links:
        # A path of this site (the odd one escaped), never a link to another host.
        assert url.startswith("/")
        assert not url.startswith(("//", "/\\"))
        assert urlsplit(url).netloc == ""
