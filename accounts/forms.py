import re

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from accounts.models import User, WorkGroup
from accounts.regions import Region
from accounts.services import authenticate, confirm_password

ASCII_NUMBER = re.compile(r"[0-9]+")  # str.isdigit() also takes "²", which int() refuses


class WorkGroupsField(forms.ModelMultipleChoiceField):
    """Refuses anything but small whole numbers before the database sees it: a number past
    the column's range made the query fail instead of the form."""

    def clean(self, value):
        values = value if isinstance(value, list | tuple) else [value] if value else []
        for choice in values:
            if not ASCII_NUMBER.fullmatch(str(choice)) or int(choice) > 2**31 - 1:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": choice},
                )
        return super().clean(value)


class SignupForm(forms.Form):
    """Profile fields asked at sign-up; allauth adds e-mail and password."""

    first_name = forms.CharField(label=_("Given name"), max_length=150)
    last_name = forms.CharField(label=_("Surname"), max_length=150)
    organisation = forms.CharField(label=_("Organisation"), max_length=255, required=False)
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", "—"), *Region.choices], required=False
    )
    work_groups = WorkGroupsField(
        label=_("Groups you work with"),
        queryset=WorkGroup.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.organisation = self.cleaned_data["organisation"]
        user.region = self.cleaned_data["region"]
        user.save()
        user.work_groups.set(self.cleaned_data["work_groups"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "first_name",
            "last_name",
            "organisation",
            "region",
            "preferred_language",
            "work_groups",
        ]
        labels = {"first_name": _("Given name"), "last_name": _("Surname")}
        widgets = {"work_groups": forms.CheckboxSelectMultiple}
        field_classes = {"work_groups": WorkGroupsField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Certificates print the holder's name, so both parts are required.
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True


class DeleteAccountForm(forms.Form):
    """The person confirms with their password, and answers what the apps ask first."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account is deleted for good and cannot be restored."),
    )

    def __init__(self, *args, request, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = request.user
        self.questions = list(questions)
        for name, field in questions.items():
            self.fields[name] = field
        self.order_fields([*self.questions, "password", "confirm"])

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not confirm_password(request=self.request, user=self.user, password=password):
            raise forms.ValidationError(_("The password is not correct."))
        return password

    def answers(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.questions}


class AdminLoginForm(LoginForm):
    """Wagtail's sign-in form, counted by the site's sign-in limiter."""

    def clean(self):
        email = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if email is not None and password:
            self.user_cache = authenticate(request=self.request, email=email, password=password)
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data
