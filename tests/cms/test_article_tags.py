"""Tags belong to one language's article: a translation has its own, and the news index of
each language filters by its own."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.fields import copy_synchronised_fields

from cms.models import ArticlePage
from tests.factories.cms import ArticlePageFactory

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)


def tag_names(page):
    return sorted(page.tags.names())


def test_a_new_translation_starts_without_the_source_tags(site_tree):
    english = ArticlePageFactory(parent=site_tree.articles["en"].get_parent(), slug="untranslated")
    english.tags.add("fair trial")
    english.save_revision().publish()

    russian = english.copy_for_translation(Locale.objects.get(language_code="ru"), alias=False)

    assert tag_names(russian) == []
    assert tag_names(ArticlePage.objects.get(pk=english.pk)) == ["fair trial"]


def test_synchronising_a_translation_keeps_its_own_tags(site_tree):
    english, kazakh = site_tree.articles["en"], site_tree.articles["kk"]
    english.tags.add("fair trial")
    english.save_revision().publish()
    kazakh.tags.add("әділ сот талқылауы")
    kazakh.save_revision().publish()

    # What wagtail-localize does to a translation each time its source is synchronised.
    copy_synchronised_fields(ArticlePage.objects.get(pk=english.pk), kazakh)
    kazakh.save_revision().publish()

    assert tag_names(ArticlePage.objects.get(pk=kazakh.pk)) == ["әділ сот талқылауы"]


def test_each_news_index_filters_by_its_own_languages_tags(client, site_tree):
    english, kazakh = site_tree.articles["en"], site_tree.articles["kk"]
    english.tags.add("fair trial")
    english.save_revision().publish()
    kazakh.tags.add("әділ сот талқылауы")
    kazakh.save_revision().publish()
    kazakh_news = kazakh.get_parent().url

    shown = client.get(kazakh_news, {"tag": "әділ сот талқылауы"}).context["page_obj"]
    assert [page.pk for page in shown] == [kazakh.pk]
    assert list(client.get(kazakh_news, {"tag": "fair trial"}).context["page_obj"]) == []


def test_seeded_russian_and_kazakh_articles_have_tags_in_their_language(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    by_key = {}
    for page in ArticlePage.objects.select_related("locale"):
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    assert by_key
    for pages in by_key.values():
        english = set(tag_names(pages["en"]))
        assert english
        for code in ("ru", "kk"):
            tags = tag_names(pages[code])
            assert tags, pages[code].title
            assert not english & set(tags), (code, tags)
            assert all(CYRILLIC.search(tag) for tag in tags), (code, tags)
