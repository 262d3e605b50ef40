"""Forms of the mentor's and mentee's pages; the rules live in mentorship.services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from mentorship.models import Goal, Meeting, MentorNote
from mentorship.services import MEETING_DURATION, goal_problems, meeting_problems

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PairingRuleMixin:
    """Adds the service's problems for this pairing to the form's errors."""

    def __init__(self, *args, pairing, **kwargs):
        super().__init__(*args, **kwargs)
        self.pairing = pairing

    def add_problems(self, problems):
        for field_name, message in problems.items():
            self.add_error(field_name, message)


class MeetingForm(PairingRuleMixin, forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["held_on", "duration_minutes", "format", "topics", "actions", "next_meeting_on"]
        widgets = {
            "held_on": DATE_INPUT,
            "next_meeting_on": DATE_INPUT,
            "format": forms.RadioSelect,
            "topics": forms.Textarea(attrs={"rows": 4}),
            "actions": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        low, high = MEETING_DURATION
        self.fields["duration_minutes"].widget.attrs.update(min=low, max=high)
        # A model field without a default gets an empty "---------" choice, which radio
        # buttons show, checked: the format is required, so only the formats are offered.
        self.fields["format"].choices = Meeting.Format.choices

    def clean(self):
        data = super().clean()
        self.add_problems(
            meeting_problems(
                pairing=self.pairing,
                held_on=data.get("held_on"),
                next_meeting_on=data.get("next_meeting_on"),
                duration_minutes=data.get("duration_minutes"),
            )
        )
        return data


class GoalForm(PairingRuleMixin, forms.ModelForm):
    class Meta:
        model = Goal
        fields = ["text", "due_on"]
        widgets = {"due_on": DATE_INPUT}

    def clean(self):
        data = super().clean()
        self.add_problems(goal_problems(pairing=self.pairing, due_on=data.get("due_on")))
        return data


class GoalStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Goal.Status.choices)


class NoteForm(forms.ModelForm):
    class Meta:
        model = MentorNote
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}
