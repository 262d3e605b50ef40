from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from accounts.services import assign_role
from cms import demo_content as content
from cms.demo import (
    LANGUAGE_CODES,
    demo_key,
    seed_demo_activity,
    seed_demo_content,
    translated_page,
)
from cms.models import (
    ArticlePage,
    CampaignPage,
    EventPage,
    FundingStatement,
    HomePage,
    NewsIndexPage,
    SiteSettings,
    StandardPage,
)


class Command(BaseCommand):
    help = "Load the demo site in English, Russian and Kazakh, and demo accounts (DEBUG only)."

    def handle(self, *args, **options):
        self.made = []
        with transaction.atomic():
            locales = {
                code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES
            }
            homes = self.seed_home_pages(locales)
            self.seed_site(homes["en"])
            self.seed_pages(locales, homes)
            self.seed_funding_statements(locales)
            users = self.seed_users()
            arguments = {"homes": homes, "locales": locales, "users": users, "report": self.report}
            seed_demo_content.send(sender=self.__class__, **arguments)
            seed_demo_activity.send(sender=self.__class__, **arguments)
        if self.made:
            self.stdout.write(self.style.SUCCESS("Demo content created:"))
            for label, page in self.made:
                url = page.get_url() if page else ""
                self.stdout.write(f"  {label} {url or ''}".rstrip())
        else:
            self.stdout.write("Demo content already present; nothing to do.")

    def report(self, label, page=None):
        self.made.append((label, page))

    def page(self, model, key, parents, locales, fields_by_language, **shared):
        return translated_page(
            model, key, parents, locales, fields_by_language, self.report, **shared
        )

    def seed_home_pages(self, locales):
        root = Page.get_first_root_node()
        parents = dict.fromkeys(LANGUAGE_CODES, root)
        fields = {code: {**content.HOME[code], "slug": f"home-{code}"} for code in LANGUAGE_CODES}
        return self.page(HomePage, "home", parents, locales, fields)

    def seed_site(self, home):
        """Point the default site at the English home page, on the address in SITE_URL."""
        address = urlsplit(settings.SITE_URL)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        old_root = site.root_page if site.pk else None
        site.hostname = address.hostname
        site.port = address.port or (443 if address.scheme == "https" else 80)
        site.site_name = "Rule of Law Academy"
        site.root_page = home
        site.save()
        if old_root is not None and old_root.pk != home.pk:
            if not isinstance(old_root.specific, HomePage):
                old_root.delete()
            self.report("site: root set to the English home page")
        SiteSettings.objects.get_or_create(site=site)

    def seed_pages(self, locales, homes):
        about = self.page(StandardPage, "about", homes, locales, content.ABOUT, show_in_menus=True)
        for code, home in homes.items():
            if home.hero_link_id is None:
                home.hero_link = about[code]
                home.save_revision().publish()
        news = self.page(
            NewsIndexPage, "news", homes, locales, content.NEWS_INDEX, show_in_menus=True
        )
        for article in content.ARTICLES:
            pages = self.page(
                ArticlePage,
                article["key"],
                news,
                locales,
                {code: article[code] for code in LANGUAGE_CODES},
                date=article["date"],
                category=article["category"],
            )
            for code, page in pages.items():
                if not page.tags.exists():
                    page.tags.add(*article["tags"][code])
                    page.save_revision().publish()
        campaign = content.CAMPAIGN
        campaign_fields = {
            code: {
                **campaign[code],
                "key_messages": [("message", text) for text in campaign[code]["key_messages"]],
            }
            for code in LANGUAGE_CODES
        }
        self.page(
            CampaignPage,
            campaign["key"],
            homes,
            locales,
            campaign_fields,
            start_date=campaign["start_date"],
            end_date=campaign["end_date"],
            show_in_menus=True,
        )
        forum = content.FORUM
        forum_fields = {}
        for code in LANGUAGE_CODES:
            fields = dict(forum[code])
            fields["agenda"] = [
                ("item", {"time": time, "title": title, "description": description})
                for time, title, description in fields["agenda"]
            ]
            forum_fields[code] = fields
        self.page(
            EventPage,
            forum["key"],
            homes,
            locales,
            forum_fields,
            start_date=forum["start_date"],
            end_date=forum["end_date"],
            show_in_menus=True,
        )

    def seed_funding_statements(self, locales):
        key = demo_key("funding-statement")
        for code, text in content.FUNDING_STATEMENT.items():
            _statement, created = FundingStatement.objects.get_or_create(
                translation_key=key, locale=locales[code], defaults={"text": text}
            )
            if created:
                self.report(f"funding statement [{code}]")

    def seed_users(self):
        if not settings.DEBUG:
            self.stderr.write(
                self.style.WARNING(
                    "DEBUG is off: demo accounts with a published password are not created."
                )
            )
            return {}
        User = get_user_model()
        users = {}
        for email, first_name, last_name, role, region, language in content.DEMO_USERS:
            user, created = User.objects.get_or_create(
                email=email,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "region": region,
                    "preferred_language": language,
                },
            )
            if created:
                user.set_password(content.DEMO_PASSWORD)
                user.save()
                assign_role(user=user, role=role)
                EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
                self.report(f"account: {email} ({role.value}), password {content.DEMO_PASSWORD}")
            users[email] = user
        return users
