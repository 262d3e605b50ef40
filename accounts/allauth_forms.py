"""Forms that extend allauth's own. They cannot live in accounts.forms: allauth's forms module
imports that one (ACCOUNT_SIGNUP_FORM_CLASS) while it is still loading."""

from allauth.account.adapter import get_adapter
from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.core import context

from accounts.services import confirm_password


class ChangePasswordForm(AllauthChangePasswordForm):
    """allauth's password change, whose current-password check counts like a sign-in."""

    def clean_oldpassword(self):
        password = self.cleaned_data.get("oldpassword", "")
        if not confirm_password(request=context.request, user=self.user, password=password):
            raise get_adapter().validation_error("enter_current_password")
        return password
