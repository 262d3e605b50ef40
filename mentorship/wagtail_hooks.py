from django.core.exceptions import PermissionDenied
from wagtail import hooks

from academy.permissions import is_academy_staff
from mentorship.choosers import mentee_chooser_viewset, mentor_chooser_viewset
from mentorship.models import MentorshipProgrammePage
from mentorship.viewsets import PairingViewSet


@hooks.register("register_admin_viewset")
def register_mentorship_viewsets():
    return [PairingViewSet(), mentor_chooser_viewset, mentee_chooser_viewset]


def _staff_only(request, page_class):
    # A programme's editor shows who mentors whom: personal data for staff, not editors.
    # Every admin view of an existing programme also asks ProgrammePagePermissionTester
    # (mentorship.permissions), which is what refuses its history, revisions and previews.
    if issubclass(page_class, MentorshipProgrammePage) and not is_academy_staff(request.user):
        raise PermissionDenied


@hooks.register("before_create_page")
def staff_create_programmes(request, parent_page, page_class):
    _staff_only(request, page_class)


@hooks.register("before_edit_page")
def staff_edit_programmes(request, page):
    _staff_only(request, page.specific_class)


@hooks.register("before_copy_page")
def staff_copy_programmes(request, page):
    _staff_only(request, page.specific_class)
