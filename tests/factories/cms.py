import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from cms.models import (
    ArticlePage,
    CampaignPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    StandardPage,
)


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Rule of Law Academy"
    hero_title = "Monitoring justice, defending rights"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"About us {n}")
    intro = "Who we are."
    show_in_menus = True


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"
    show_in_menus = True


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Article {n}")
    date = datetime.date(2026, 10, 1)
    summary = "What the monitors saw."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Monitors attended the hearing.</p>")])


class CampaignPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignPage

    title = "Open courts"
    start_date = datetime.date(2026, 1, 1)
    aim = "Explain why open hearings matter."
    key_messages = factory.LazyFunction(lambda: [("message", "Anyone may attend a hearing.")])


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = "National Forum on the Rule of Law"
    start_date = datetime.date(2099, 12, 10)
    end_date = datetime.date(2099, 12, 11)
    city = "Almaty"
    summary = "The network adopts its recommendations."
    agenda = factory.LazyFunction(
        lambda: [("item", {"time": "10:00", "title": "Opening", "description": ""})]
    )


def translate(page, language_code, **fields):
    """Create the given language's version of a page under its parent's translation."""
    locale = Locale.objects.get(language_code=language_code)
    parent = page.get_parent()
    if parent.depth > 1:
        parent = parent.get_translation(locale)
    factory_class = FACTORIES[type(page.specific)]
    # Siblings need distinct slugs in every locale; home pages are siblings under the root.
    fields.setdefault("slug", page.slug if parent.depth > 1 else f"{page.slug}-{language_code}")
    return factory_class(
        parent=parent, locale=locale, translation_key=page.translation_key, **fields
    )


FACTORIES = {
    HomePage: HomePageFactory,
    StandardPage: StandardPageFactory,
    NewsIndexPage: NewsIndexPageFactory,
    ArticlePage: ArticlePageFactory,
    CampaignPage: CampaignPageFactory,
    EventPage: EventPageFactory,
}
