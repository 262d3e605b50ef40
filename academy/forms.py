import csv
import io

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from academy.attempts import AttemptRefused, grade_essay
from academy.models import AssessmentPage, CoursePage

MAX_CSV_BYTES = 1024 * 1024
CSV_DELIMITERS = ",;\t"
CSV_SNIFF_LINES = 50


def _choices_of(model):
    """Each page once (by translation key), titled in the site's default language."""
    titles = {}
    for key, title, language in model.objects.values_list(
        "translation_key", "title", "locale__language_code"
    ).order_by("path"):
        if key not in titles or language == settings.LANGUAGE_CODE:
            titles[key] = title
    return sorted(((str(key), title) for key, title in titles.items()), key=lambda c: c[1])


def course_choices():
    return _choices_of(CoursePage)


def assessment_choices():
    return _choices_of(AssessmentPage)


def csv_dialect(text):
    """The dialect of a CSV file: spreadsheets in Russian and Kazakh locales separate cells
    with semicolons, others with commas or tabs. A file of one column has no delimiter to
    find and is read as commas."""
    sample = "\n".join(text.splitlines()[:CSV_SNIFF_LINES])
    try:
        return csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS)
    except csv.Error:
        return csv.excel


class BulkEnrolForm(forms.Form):
    course = forms.ChoiceField(label=_("Course"), choices=course_choices)
    emails = forms.CharField(
        label=_("E-mail addresses"),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
        help_text=_("One per line, or separated by commas."),
    )
    csv_file = forms.FileField(
        label=_("or a CSV file"),
        required=False,
        help_text=_("Any column holding e-mail addresses; at most 1 MB."),
    )

    def clean_csv_file(self):
        upload = self.cleaned_data.get("csv_file")
        if not upload:
            return ""
        if upload.size > MAX_CSV_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file is not UTF-8 text.")) from error
        if "\x00" in text:
            # A spreadsheet or other binary file saved under a .csv name.
            raise forms.ValidationError(_("This is not a CSV file: save the sheet as CSV."))
        # Any column may hold the addresses; headers and names in other cells are not errors.
        rows = csv.reader(io.StringIO(text, newline=""), dialect=csv_dialect(text))
        try:
            addresses = "\n".join(cell for row in rows for cell in row if "@" in cell)
        except csv.Error as error:
            # A quote left open makes one cell past the csv module's limit (128 KB).
            raise forms.ValidationError(_("The file could not be read as CSV.")) from error
        if not addresses:
            raise forms.ValidationError(_("The file holds no e-mail address."))
        return addresses

    def clean(self):
        cleaned = super().clean()
        if (
            not self.errors
            and not cleaned.get("emails", "").strip()
            and not cleaned.get("csv_file")
        ):
            raise forms.ValidationError(_("Paste e-mail addresses or choose a CSV file."))
        return cleaned

    def course_page(self):
        return CoursePage.objects.filter(translation_key=self.cleaned_data["course"]).first()

    def text(self):
        return "\n".join([self.cleaned_data.get("emails", ""), self.cleaned_data["csv_file"]])


class EssayGradeForm(forms.Form):
    score = forms.DecimalField(label=_("Score"), min_value=0, decimal_places=2)
    feedback = forms.CharField(
        label=_("Feedback for the trainee"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
    )

    def __init__(self, *args, max_score, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["score"].max_value = max_score
        self.fields["score"].validators.append(MaxValueValidator(max_score))
        self.fields["score"].help_text = _("From 0 to %(max)s.") % {"max": max_score}

    def grade(self, *, response, by) -> bool:
        """Grade the answer with this valid form's score and feedback; a refusal becomes the
        form's error and gives False."""
        try:
            grade_essay(
                response=response,
                score=self.cleaned_data["score"],
                feedback=self.cleaned_data["feedback"],
                by=by,
            )
        except AttemptRefused as refusal:
            self.add_error(None, refusal.message)
            return False
        return True
