"""The programme page's editor form: pairings are checked together with the page's courses."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class ProgrammePageForm(WagtailAdminPageForm):
    """Validates each pairing against the linked courses chosen in the same form, and the
    pairings against each other; a pairing with a record cannot be deleted."""

    def is_valid(self):
        valid = super().is_valid()
        formset = self.formsets.get("pairings")
        if not valid or formset is None:
            return valid
        return self._pairings_are_valid(formset)

    def _pairings_are_valid(self, formset):
        from mentorship.models import Pairing
        from mentorship.services import has_records, pairing_problems

        course_keys = {course.translation_key for course in self.cleaned_data.get("courses", [])}
        kept = {
            form.instance.pk
            for form in formset.forms
            if form.instance.pk and form not in formset.deleted_forms
        }
        existing = (
            set(Pairing.objects.filter(programme=self.instance).values_list("pk", flat=True))
            if self.instance.pk
            else set()
        )
        with_records = has_records(existing - kept)
        valid, active_pairs = True, set()
        for form in formset.forms:
            if form in formset.deleted_forms:
                if form.instance.pk in with_records:
                    form.add_error(
                        None,
                        _(
                            "This pairing has meetings, goals or notes and cannot be deleted: "
                            "set its status to completed instead."
                        ),
                    )
                    with_records.discard(form.instance.pk)
                    valid = False
                continue
            data = form.cleaned_data
            if not data:
                continue
            mentor, mentee = data.get("mentor"), data.get("mentee")
            problems = pairing_problems(
                mentor=mentor,
                mentee=mentee,
                starts_on=data.get("starts_on"),
                ends_on=data.get("ends_on"),
                course_keys=course_keys,
            )
            if mentor and mentee and data.get("status") == Pairing.Status.ACTIVE:
                if (mentor.pk, mentee.pk) in active_pairs:
                    problems.setdefault(
                        "mentee",
                        _("These two people already have an active pairing in this programme."),
                    )
                active_pairs.add((mentor.pk, mentee.pk))
            for field, message in problems.items():
                form.add_error(field, message)
                valid = False
        if with_records:
            # Pairings missing from the submitted form would be deleted with their record.
            self.add_error(
                None,
                _(
                    "Pairings with meetings, goals or notes cannot be removed: set their "
                    "status to completed instead."
                ),
            )
            valid = False
        return valid
