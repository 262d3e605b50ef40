from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from academy.forms import course_choices


class CourseCertificateForm(WagtailAdminModelForm):
    course_key = forms.TypedChoiceField(label=_("Course"), choices=course_choices)


class IssueForm(forms.Form):
    email = forms.EmailField(label=_("Trainee's e-mail"))
    course_key = forms.ChoiceField(label=_("Course"), choices=course_choices)

    def clean_email(self):
        email = self.cleaned_data["email"]
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            raise forms.ValidationError(_("No account uses this e-mail address."))
        self.holder = user
        return email


class BulkIssueForm(forms.Form):
    course_key = forms.ChoiceField(label=_("Course"), choices=course_choices)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
