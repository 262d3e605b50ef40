"""A visitor reads the site in a real browser; axe-core checks every page type."""

import pytest

from tests.conftest import LANGUAGES, STATEMENTS

# Live-server tests commit for real; serialized rollback restores what migrations created
# (the root page, the default site, the role groups) for each of them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HOME_HEADINGS = {"en": "Latest news", "ru": "Последние новости", "kk": "Соңғы жаңалықтар"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_visitor_opens_the_home_page_in_each_language(page, site_tree, screenshot, language):
    page.goto(f"/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.get_by_role("heading", name=HOME_HEADINGS[language]).is_visible()
    assert page.locator(".funding-statement").inner_text() == STATEMENTS[language]
    screenshot("desktop")
    page.set_viewport_size({"width": 320, "height": 640})
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, "the page must not scroll sideways at 320 px"
    screenshot("320px")


def test_visitor_switches_language_on_an_article_and_lands_on_its_translation(
    page, site_tree, screenshot
):
    page.goto(site_tree.articles["en"].url)
    screenshot("english")
    page.locator(".language-switcher").get_by_role("link", name="Русский").click()
    page.wait_for_url(f"**{site_tree.articles['ru'].url}")
    assert page.get_by_role("heading", level=1).inner_text() == site_tree.articles["ru"].title
    screenshot("russian")
    page.locator(".language-switcher").get_by_role("link", name="Қазақша").click()
    page.wait_for_url(f"**{site_tree.articles['kk'].url}")
    assert page.locator("html").get_attribute("lang") == "kk"


def test_visitor_searches_in_russian_and_finds_the_article(page, site_tree, screenshot):
    page.goto("/ru/")
    page.get_by_role("searchbox", name="Поиск по сайту").fill("переводчик")
    page.get_by_role("searchbox", name="Поиск по сайту").press("Enter")
    page.wait_for_url("**/ru/search/**")
    page.get_by_role("link", name=site_tree.articles["ru"].title).click()
    page.wait_for_url(f"**{site_tree.articles['ru'].url}")
    screenshot("found")


PAGE_TYPES = ["home", "about", "news", "article", "campaign", "forum"]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@pytest.mark.parametrize("language", ["en", "kk"])
def test_no_serious_accessibility_violation_on_any_page_type(
    page, site_tree, axe_violations, screenshot, page_type, language
):
    pages = {
        "home": site_tree.homes,
        "about": site_tree.about,
        "news": site_tree.news,
        "article": site_tree.articles,
        "campaign": site_tree.campaigns,
        "forum": site_tree.forums,
    }
    page.goto(pages[page_type][language].url)
    screenshot(page_type)
    assert axe_violations() == []


@pytest.mark.parametrize(
    "url", ["/en/search/?q=monitor", "/ru/accounts/signup/", "/kk/accounts/login/", "/en/missing/"]
)
def test_no_serious_accessibility_violation_on_forms_and_errors(
    page, site_tree, axe_violations, url
):
    page.goto(url)
    assert axe_violations() == []
