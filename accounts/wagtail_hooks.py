from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def change_password_on_the_site(request):
    # The admin keeps no password form of its own (WAGTAIL_PASSWORD_MANAGEMENT_ENABLED): the
    # site's counts a wrong current password as a failed sign-in.
    return {
        "url": reverse("account_change_password"),
        "label": _("Change password"),
        "help_text": _("On the site's account pages."),
    }
