from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils import translation

from accounts.roles import Role
from accounts.services import assign_role
from core.sites import site_name


class AccountAdapter(DefaultAccountAdapter):
    """Makes every new sign-up a Trainee and greets people in their own language."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        language = translation.get_language()
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        if commit:
            user.save()
            assign_role(user=user, role=Role.TRAINEE)
        return user

    def get_login_redirect_url(self, request):
        # The home page in the language of the sign-in page: the profile's language is for
        # e-mails and certificates, never a reason to take a reader out of their language.
        return reverse("wagtail_serve", args=[""])

    def get_logout_redirect_url(self, request):
        return reverse("wagtail_serve", args=[""])

    def send_mail(self, template_prefix, email, context):
        # Without django.contrib.sites allauth names the site by its host ("Hello from
        # academy.example.org!"); its e-mails greet with the site's name instead.
        request = allauth_context.request
        named = SimpleNamespace(name=site_name(request), domain=get_current_site(request).domain)
        super().send_mail(template_prefix, email, {**context, "current_site": named})
