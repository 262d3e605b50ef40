import os
from dataclasses import dataclass

import hypothesis
import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.utils import translation
from wagtail.models import Locale, Page, Site

from academy.attempts import _revision_index
from accounts.roles import Role
from cms.models import FundingStatement
from tests.factories.accounts import UserFactory
from tests.factories.cms import (
    ArticlePageFactory,
    CampaignPageFactory,
    EventPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
    translate,
)

LANGUAGES = ["en", "ru", "kk"]
REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"

# Fuzzing draws new examples on every local run, which is how it finds bugs; in CI the
# examples are derived from each test's name, so a landing never hinges on a lucky draw.
hypothesis.settings.register_profile("ci", derandomize=True)
if os.environ.get("CI") == "true":
    hypothesis.settings.load_profile("ci")


def skip_or_fail(reason):
    """Skip where a service is absent; under REQUIRE_SERVICES=1 (CI) fail instead."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Keep the snapshot of what migrations create where every test can find it.

    Tests that commit for real restore that snapshot (serialized rollback). Django keeps it
    on the connection object, but connections are per context: under Playwright's event
    loop a test gets a different connection object than the one set up before the loop
    started, finds no snapshot, and runs on an empty database (no root page, no roles).
    Keeping it on the connection class makes it visible from every context.
    """
    with django_db_blocker.unblock():
        connection = connections["default"]
        snapshot = getattr(connection, "_test_serialized_contents", None)
        if not snapshot:
            snapshot = connection.creation.serialize_db_to_string()
        type(connection)._test_serialized_contents = snapshot


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits and Wagtail's site-root cache live in the cache; tests must not share them.
    # Nor the questions kept by revision id: a rolled-back test gives its ids again.
    cache.clear()
    _revision_index.cache_clear()
    yield
    cache.clear()
    _revision_index.cache_clear()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Factories create many accounts; the production hasher is slow on purpose.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _default_language():
    # A request in Kazakh leaves Kazakh active in the thread; each test starts in English.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture
def media_served(settings):
    """The site as `manage.py runserver` runs it: DEBUG on, so /media/ is routed."""
    import importlib

    from django.urls import clear_url_caches

    import config.urls

    settings.DEBUG = True
    importlib.reload(config.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(config.urls)
    clear_url_caches()


@dataclass
class SiteTree:
    homes: dict
    about: dict
    news: dict
    articles: dict
    campaigns: dict
    forums: dict

    def all_pages(self):
        for group in (
            self.homes,
            self.about,
            self.news,
            self.articles,
            self.campaigns,
            self.forums,
        ):
            yield from group.values()


BODIES = {
    "en": "Trial monitors recorded whether every defendant had an interpreter.",
    "ru": "Наблюдатели фиксировали, обеспечен ли каждому подсудимому переводчик.",
    "kk": "Бақылаушылар әрбір сотталушыға аудармашы берілгенін тіркеді.",
}
STATEMENTS = {
    "en": "Funded by the European Union (test statement).",
    "ru": "При финансовой поддержке Европейского союза (тестовое заявление).",
    "kk": "Еуропалық Одақтың қаржылық қолдауымен (сынақ мәлімдемесі).",
}


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


@pytest.fixture
def site_tree(locales):
    """A home page, about page, news index, article, campaign and forum in three languages."""
    return build_site_tree(locales)


def build_site_tree(locales):
    """The ``site_tree`` fixture's pages, for fixtures of a wider scope to build too."""
    root = Page.get_first_root_node()
    home_en = HomePageFactory(parent=root, slug="home-test", locale=locales["en"])
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home_en
    site.hostname = "testserver"
    site.port = 80
    site.save()
    if old_root.pk != home_en.pk:
        old_root.delete()

    homes = {"en": home_en}
    for code in ["ru", "kk"]:
        homes[code] = translate(home_en, code, title=f"Home {code}")
    about = {"en": StandardPageFactory(parent=home_en, slug="about", title="About")}
    news = {"en": NewsIndexPageFactory(parent=home_en)}
    articles = {
        "en": ArticlePageFactory(
            parent=news["en"],
            slug="interpreters",
            title="Interpreters in court",
            body=[("paragraph", f"<p>{BODIES['en']}</p>")],
        )
    }
    campaigns = {"en": CampaignPageFactory(parent=home_en, slug="open-courts")}
    forums = {"en": EventPageFactory(parent=home_en, slug="forum")}
    for code in ["ru", "kk"]:
        about[code] = translate(about["en"], code, title=f"About {code}")
        news[code] = translate(news["en"], code, title=f"News {code}")
        articles[code] = translate(
            articles["en"],
            code,
            title=f"Interpreters {code}",
            body=[("paragraph", f"<p>{BODIES[code]}</p>")],
        )
        campaigns[code] = translate(campaigns["en"], code, title=f"Campaign {code}")
        forums[code] = translate(forums["en"], code, title=f"Forum {code}")
    for code, text in STATEMENTS.items():
        FundingStatement.objects.create(
            locale=locales[code], translation_key=home_en.translation_key, text=text
        )
    return SiteTree(homes, about, news, articles, campaigns, forums)


@pytest.fixture
def trainee(db):
    return UserFactory(role=Role.TRAINEE)


@pytest.fixture
def mentor(db):
    return UserFactory(role=Role.MENTOR)


@pytest.fixture
def editor(db):
    return UserFactory(role=Role.EDITOR)


@pytest.fixture
def academy_staff(db):
    return UserFactory(role=Role.ACADEMY_STAFF)
