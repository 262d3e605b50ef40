from wagtail import hooks

from academy.viewsets import AcademyViewSetGroup


@hooks.register("register_admin_viewset")
def register_academy_viewsets():
    return AcademyViewSetGroup()
