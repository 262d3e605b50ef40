from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from academy.forms import course_choices
from certificates.models import CourseCertificate

MAX_VALIDITY_MONTHS = 32767


class CourseCertificateForm(WagtailAdminModelForm):
    course_key = forms.TypedChoiceField(label=_("Course"), choices=course_choices)

    class Meta:
        model = CourseCertificate
        fields = ["course_key", "template", "issue_automatically", "validity_months"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The column's range on PostgreSQL (smallint), on every database: SQLite stored any
        # number, and an expiry thousands of years away then failed every issue.
        months = self.fields["validity_months"]
        months.validators.append(MaxValueValidator(MAX_VALIDITY_MONTHS))
        months.widget.attrs["max"] = MAX_VALIDITY_MONTHS


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


class SerialLookupForm(forms.Form):
    serial = forms.CharField(label=_("Certificate serial"), max_length=32)
    surname = forms.CharField(label=_("Holder's surname"), max_length=150)
