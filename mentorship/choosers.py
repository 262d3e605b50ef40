"""Choosers for mentors and mentees in the programme editor: a searchable modal instead of
a drop-down of every account. Only Academy staff may list people this way."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import (
    ChooseResultsView,
    ChooseView,
    ChosenMultipleView,
    ChosenView,
)
from wagtail.admin.viewsets.chooser import ChooserViewSet

from academy.permissions import is_academy_staff
from accounts.roles import Role


class PersonFilterForm(BaseFilterForm):
    q = forms.CharField(label=_("Name or e-mail"), required=False)

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q", "").strip()
        if query:
            objects = objects.filter(
                Q(email__icontains=query)
                | Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
            )
            self.is_searching, self.search_query = True, query
        return objects


class StaffOnlyChooser:
    filter_form_class = PersonFilterForm

    def dispatch(self, request, *args, **kwargs):
        if not is_academy_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PersonChooseView(StaffOnlyChooser, ChooseView):
    pass


class PersonChooseResultsView(StaffOnlyChooser, ChooseResultsView):
    pass


class PersonChosenView(StaffOnlyChooser, ChosenView):
    pass


class PersonChosenMultipleView(StaffOnlyChooser, ChosenMultipleView):
    pass


class PersonChooserViewSet(ChooserViewSet):
    model = "accounts.User"
    icon = "user"
    ordering = ["last_name", "first_name", "pk"]
    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView
    chosen_view_class = PersonChosenView
    chosen_multiple_view_class = PersonChosenMultipleView
    role = None

    def get_object_list(self):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.filter(groups__name=self.role, is_active=True)


class MentorChooserViewSet(PersonChooserViewSet):
    role = Role.MENTOR
    choose_one_text = _("Choose a mentor")
    choose_another_text = _("Choose another mentor")


class MenteeChooserViewSet(PersonChooserViewSet):
    role = Role.TRAINEE
    choose_one_text = _("Choose a mentee")
    choose_another_text = _("Choose another mentee")


mentor_chooser_viewset = MentorChooserViewSet(
    "mentor_chooser", url_prefix="mentorship/mentor-chooser"
)
mentee_chooser_viewset = MenteeChooserViewSet(
    "mentee_chooser", url_prefix="mentorship/mentee-chooser"
)
