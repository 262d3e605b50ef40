import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language

FEED_LENGTH = 20


class NewsFeed(Feed):
    """RSS 2.0 feed of one news index page's latest articles, in that page's language."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, index):
        self.request = request
        self.language = get_language()
        return index

    def title(self, index):
        return index.title

    def link(self, index):
        return index.get_url(request=self.request)

    def description(self, index):
        return index.intro or index.title

    def items(self, index):
        return index.get_articles()[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return article.get_url(request=self.request)

    def item_pubdate(self, article):
        return timezone.make_aware(datetime.datetime.combine(article.date, datetime.time(9)))

    def item_categories(self, article):
        return [article.get_category_display()]
