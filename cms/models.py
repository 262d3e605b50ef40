import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import AgendaItemBlock, BaseStreamBlock, DocumentBlock, SpeakerBlock
from cms.feeds import NewsFeed
from cms.routing import route_from_root

PAGE_SIZE = 12


def image_field(label):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=label,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class HomePage(Page):
    """The front page of one language: hero, featured courses, news, campaign, next forum."""

    hero_title = models.CharField(_("hero title"), max_length=255)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = image_field(_("hero image"))
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_text = models.CharField(_("hero button text"), max_length=100, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldRowPanel([FieldPanel("hero_link"), FieldPanel("hero_link_text")]),
            ],
            heading=_("Hero"),
        ),
        InlinePanel("featured_pages", label=_("Featured courses"), max_num=6),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    #: Later apps add their top-level pages (e.g. the Academy catalogue) here.
    subpage_types = ["cms.StandardPage", "cms.NewsIndexPage", "cms.CampaignPage", "cms.EventPage"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # Every page of the site is routed from its language's home page: one query instead
        # of two per level of the path.
        return route_from_root(self, request, path_components, super().route)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        context["featured_pages"] = [
            item.target for item in self.featured_pages.select_related("target") if item.target
        ]
        context["latest_articles"] = (
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("hero_image")
            .order_by("-date", "-pk")[:3]
        )
        context["current_campaign"] = (
            CampaignPage.objects.live()
            .filter(locale_id=self.locale_id)
            .exclude(end_date__lt=today)
            .order_by("-start_date")
            .first()
        )
        context["next_forum"] = (
            EventPage.objects.live()
            .filter(locale_id=self.locale_id, end_date__gte=today)
            .order_by("start_date")
            .first()
        )
        return context


class HomePageFeaturedPage(Orderable):
    """A course (or any page) shown in the home page's featured slot."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    target = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("target")]


class StandardPage(Page):
    """A plain content page: about the network, contacts, partners."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(RoutablePageMixin, Page):
    """The list of news, analysis, monitoring reports and statements, with its RSS feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ArticlePage"]

    class Meta:
        verbose_name = _("news index page")

    def get_articles(self):
        return (
            ArticlePage.objects.live()
            .public()
            .child_of(self)
            .select_related("hero_image")
            .order_by("-date", "-pk")
        )

    @path("")
    def index_route(self, request):
        articles = self.get_articles()
        category = request.GET.get("category", "")
        if category in ArticlePage.Category.values:
            articles = articles.filter(category=category)
        else:
            category = ""
        tag = request.GET.get("tag", "")[:100]
        # No tag's name holds a NUL (PostgreSQL text cannot), and a query comparing one fails.
        if "\x00" in tag:
            tag = ""
        if tag:
            articles = articles.filter(tags__name=tag)
        page_obj = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "categories": ArticlePage.Category.choices,
                "current_category": category,
                "current_tag": tag,
            },
        )

    @path("feed/")
    def feed_route(self, request):
        return NewsFeed()(request, index=self)


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(Page):
    """A news item, analysis, monitoring report or statement."""

    class Category(models.TextChoices):
        NEWS = "news", _("News")
        ANALYSIS = "analysis", _("Analysis")
        MONITORING_REPORT = "monitoring-report", _("Monitoring report")
        STATEMENT = "statement", _("Statement")

    date = models.DateField(_("date"), default=datetime.date.today)
    category = models.CharField(
        _("category"), max_length=20, choices=Category.choices, default=Category.NEWS
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists."))
    hero_image = image_field(_("main image"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        InlinePanel("authors", label=_("Authors")),
        FieldPanel("tags"),
        InlinePanel("related_pages", label=_("Related pages"), max_num=6),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("category"),
    ]

    # Tags are words of one language: each translation has its own, so neither the tags nor
    # their through rows ("tagged_items") are listed here, and wagtail-localize leaves them
    # alone when it synchronises a translation. The rest is what it would derive itself.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        SynchronizedField("show_in_menus"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("date"),
        SynchronizedField("category"),
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        SynchronizedField("authors"),
        SynchronizedField("related_pages"),
    ]

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article page")

    def copy_for_translation(self, locale, copy_parents=False, alias=False, exclude_fields=None):
        """A new translation starts without the source's tags (see ``translatable_fields``);
        an alias mirrors its source, tags included."""
        if not alias:
            exclude_fields = [*(exclude_fields or []), "tagged_items"]
        return super().copy_for_translation(
            locale, copy_parents=copy_parents, alias=alias, exclude_fields=exclude_fields
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = [
            item.target
            for item in self.related_pages.select_related("target")
            if item.target and item.target.live
        ]
        return context


class ArticleAuthor(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")])]


class ArticleRelatedPage(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_pages")
    target = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("target")]


class CampaignPage(Page):
    """An awareness campaign: its aim, key messages and a media kit for journalists."""

    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    hero_image = image_field(_("main image"))
    aim = models.TextField(_("aim"))
    key_messages = StreamField(
        [("message", blocks.CharBlock(label=_("Key message"), max_length=300, icon="pick"))],
        verbose_name=_("key messages"),
        blank=True,
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    media_kit = StreamField(
        [("document", DocumentBlock())], verbose_name=_("media kit"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("hero_image"),
        FieldPanel("aim"),
        FieldPanel("key_messages"),
        FieldPanel("body"),
        FieldPanel("media_kit"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("aim"),
        index.SearchField("key_messages"),
        index.SearchField("body"),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign page")

    def clean(self):
        super().clean()
        _check_date_range(self.start_date, self.end_date)


class EventPage(Page):
    """A National Forum on the Rule of Law: dates, place, agenda, speakers, outcomes."""

    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    city = models.CharField(_("city"), max_length=100)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    summary = models.TextField(_("summary"))
    hero_image = image_field(_("main image"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    agenda = StreamField([("item", AgendaItemBlock())], verbose_name=_("agenda"), blank=True)
    speakers = StreamField([("speaker", SpeakerBlock())], verbose_name=_("speakers"), blank=True)
    recommendations = RichTextField(
        _("recommendations adopted"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    documents = StreamField(
        [("document", DocumentBlock())], verbose_name=_("documents"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("city"), FieldPanel("venue")]),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
        FieldPanel("recommendations"),
        FieldPanel("documents"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("recommendations"),
        index.FilterField("start_date"),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("forum page")

    def clean(self):
        super().clean()
        _check_date_range(self.start_date, self.end_date)


def _check_date_range(start, end):
    if start and end and end < start:
        raise ValidationError({"end_date": _("The end date cannot be before the start date.")})


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and social links shown in every page's footer."""

    contact_email = models.EmailField(_("contact e-mail"), default="info@lprc.kz")
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("telegram_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("Telegram", self.telegram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


@register_snippet
class FundingStatement(TranslatableMixin, models.Model):
    """The EU visibility statement printed in every page's footer, one per language."""

    text = models.TextField(_("text"))

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funding statement")
        verbose_name_plural = _("funding statements")

    def __str__(self):
        return self.text[:60]
