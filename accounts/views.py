import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import UpdateView

from accounts.forms import DeleteAccountForm, ProfileForm
from accounts.personal_data import (
    ErasureRefused,
    erase_account,
    erasure_questions,
    erasure_refusal,
    export_personal_data,
)


class ProfileView(LoginRequiredMixin, UpdateView):
    """The signed-in person edits their own profile."""

    form_class = ProfileForm
    template_name = "accounts/profile.html"

    def get_object(self, queryset=None):
        return self.request.user

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your profile has been saved."))
        return response

    def get_success_url(self):
        return reverse("accounts:profile")


class PersonalDataDownloadView(LoginRequiredMixin, View):
    """Everything the platform keeps about the signed-in person, as one JSON file."""

    def get(self, request):
        data = export_personal_data(request.user)
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        filename = f"personal-data-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


class DeleteAccountView(LoginRequiredMixin, View):
    """The person deletes their account, by the rule in accounts.personal_data."""

    template_name = "accounts/delete_account.html"

    def form(self, data=None):
        return DeleteAccountForm(
            data, request=self.request, questions=erasure_questions(self.request.user)
        )

    def render(self, form):
        return TemplateResponse(
            self.request,
            self.template_name,
            {"form": form, "refusal": erasure_refusal(self.request.user)},
        )

    def get(self, request):
        return self.render(self.form())

    def post(self, request):
        form = self.form(request.POST)
        if not form.is_valid():
            return self.render(form)
        try:
            erase_account(request.user, form.answers())
        except ErasureRefused as refusal:
            form.add_error(None, refusal.message)
            return self.render(form)
        logout(request)
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
