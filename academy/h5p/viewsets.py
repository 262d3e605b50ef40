from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.h5p.forms import H5PActivityForm
from academy.models import H5PActivity


class H5PActivityViewSet(SnippetViewSet):
    """Upload and list H5P activities; lessons pick them with the H5P block's chooser."""

    model = H5PActivity
    icon = "form"
    menu_label = _("H5P activities")
    add_to_admin_menu = False
    list_display = [
        "title",
        Column("status", label=_("Status"), accessor="status_with_problem"),
        "main_library",
        "uploaded_by",
        "created_at",
    ]
    list_filter = ["status"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [FieldPanel("title"), FieldPanel("package")], base_form_class=H5PActivityForm
    )
