from django.contrib import messages
from wagtail import hooks

from academy.h5p.services import completion_rule_warning
from academy.models import LessonPage
from academy.viewsets import AcademyViewSetGroup


@hooks.register("register_admin_viewset")
def register_academy_viewsets():
    return AcademyViewSetGroup()


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_h5p_activities_that_never_report(request, page):
    """After a lesson is saved: a warning, not a refusal, when its H5P rule will not count
    some of its activities (the save went through; the editor may still want another rule)."""
    if isinstance(page, LessonPage) and (warning := completion_rule_warning(lesson=page)):
        messages.warning(request, warning)
