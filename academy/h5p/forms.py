from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from academy.h5p.package import PackageRefused
from academy.h5p.services import accept_upload, check_upload


class H5PActivityForm(WagtailAdminModelForm):
    """Upload of an .h5p package: checked in full before anything is stored."""

    package = forms.FileField(
        label=_("H5P package"),
        help_text=_("An .h5p file exported from an H5P editor, at most 50 MB."),
        # Not ClearableFileInput: it links the current file, and a package has no URL.
        widget=forms.FileInput(attrs={"accept": ".h5p"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the package's own title.")

    def clean_package(self):
        package = self.cleaned_data["package"]
        if "package" not in self.changed_data:
            return package
        try:
            self.checked_package = check_upload(package, self.for_user)
        except PackageRefused as refusal:
            raise forms.ValidationError(refusal.message, code="h5p") from None
        return package

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("title"):
            checked = getattr(self, "checked_package", None)
            if checked is not None and checked.title:
                cleaned["title"] = self.instance.title = checked.title
            elif "package" not in self.errors:
                self.add_error("title", _("Give the activity a title."))
        return cleaned

    def save(self, commit=True):
        activity = super().save(commit=False)
        if "package" in self.changed_data or activity.pk is None:
            return accept_upload(activity=activity, user=self.for_user)
        activity.save()
        return activity
