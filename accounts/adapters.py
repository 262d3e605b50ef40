from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from accounts.roles import Role
from accounts.services import assign_role


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
