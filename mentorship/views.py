"""The mentor's dashboard and mentee pages, and the mentee's own mentoring page.

Every view fetches through mentorship.permissions, so a record outside the user's pairings
answers 404. A view that writes to a pairing asks ``may_add_record`` first: on a pairing that
is no longer active it sends the person back to the pairing's page with the reason, for a
GET as for a POST, and stores nothing.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from academy.attempts import essay_question
from academy.forms import EssayGradeForm
from academy.permissions import is_academy_staff
from accounts.roles import Role
from accounts.services import has_role
from mentorship.forms import GoalForm, GoalStatusForm, MeetingForm, NoteForm
from mentorship.models import Goal
from mentorship.permissions import (
    Record,
    addable_records,
    essays_gradable_by,
    may_add_record,
    may_follow_mentee,
    may_read_notes,
    pairings_of_mentor,
    pairings_visible_to,
)
from mentorship.services import (
    MentoringRefused,
    add_note,
    closed_pairing_message,
    log_meeting,
    mentee_picture,
    mentor_dashboard,
    my_mentoring,
    name_programmes,
    pairing_record,
    set_goal,
    update_goal_status,
)


class MentorOnlyMixin(LoginRequiredMixin):
    """The mentoring pages are for mentors and staff."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and not (
            is_academy_staff(user) or has_role(user=user, role=Role.MENTOR)
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def pairing_page_url(user, pairing):
    """Where a person returns to after acting on a pairing: the mentee page for its mentor
    and staff, My mentoring for the mentee."""
    if pairing.mentee_id == user.pk:
        return reverse("mentorship:my_mentoring")
    return reverse("mentorship:mentee", kwargs={"pk": pairing.pk})


def refusal_redirect(request, pairing, record):
    """None when the person may add this record to the pairing; otherwise the way back to
    the pairing's page, with the reason. The views reach only pairings the person writes
    to, so the reason is that the pairing is no longer active."""
    if may_add_record(request.user, pairing, record):
        return None
    messages.error(request, closed_pairing_message(pairing))
    return redirect(pairing_page_url(request.user, pairing))


class MentorDashboardView(MentorOnlyMixin, View):
    def get(self, request):
        context = mentor_dashboard(mentor=request.user, page=request.GET.get("page", 1))
        return TemplateResponse(request, "mentorship/dashboard.html", context)


class MenteeView(MentorOnlyMixin, View):
    """One mentee of one pairing: progress, results, essays, meetings, goals, private notes."""

    template_name = "mentorship/mentee.html"

    def pairing(self, pk):
        return get_object_or_404(
            pairings_of_mentor(self.request.user).select_related("mentee", "mentor", "programme"),
            pk=pk,
        )

    def render(self, pairing, note_form=None):
        user = self.request.user
        name_programmes([pairing])
        following = may_follow_mentee(user, pairing)
        context = mentee_picture(pairing=pairing) if following else pairing_record(pairing=pairing)
        context.update(
            pairing=pairing,
            following=following,
            may_add=addable_records(user, pairing),
            notes=list(pairing.notes.select_related("author"))
            if may_read_notes(user, pairing)
            else None,
            note_form=note_form or NoteForm(),
            status_form=GoalStatusForm(),
        )
        return TemplateResponse(self.request, self.template_name, context)

    def get(self, request, pk):
        return self.render(self.pairing(pk))

    def post(self, request, pk):
        """A private note, written on the mentee's page."""
        pairing = self.pairing(pk)
        if refused := refusal_redirect(request, pairing, Record.NOTE):
            return refused
        form = NoteForm(request.POST)
        if form.is_valid():
            try:
                add_note(pairing=pairing, by=request.user, text=form.cleaned_data["text"])
            except MentoringRefused as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, _("Your note has been saved."))
                return redirect("mentorship:mentee", pk=pairing.pk)
        return self.render(pairing, note_form=form)


class LogMeetingView(MentorOnlyMixin, View):
    template_name = "mentorship/meeting_form.html"

    def pairing(self, pk):
        return get_object_or_404(
            pairings_of_mentor(self.request.user).select_related("mentee"), pk=pk
        )

    def get(self, request, pk):
        pairing = self.pairing(pk)
        if refused := refusal_redirect(request, pairing, Record.MEETING):
            return refused
        form = MeetingForm(pairing=pairing)
        return TemplateResponse(request, self.template_name, {"form": form, "pairing": pairing})

    def post(self, request, pk):
        pairing = self.pairing(pk)
        if refused := refusal_redirect(request, pairing, Record.MEETING):
            return refused
        form = MeetingForm(request.POST, pairing=pairing)
        if form.is_valid():
            try:
                log_meeting(pairing=pairing, by=request.user, **form.cleaned_data)
            except MentoringRefused as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(
                    request,
                    _("The meeting has been logged and %(person)s has been told.")
                    % {"person": pairing.mentee},
                )
                return redirect("mentorship:mentee", pk=pairing.pk)
        return TemplateResponse(request, self.template_name, {"form": form, "pairing": pairing})


class SetGoalView(LoginRequiredMixin, View):
    """Either side of the pair sets a goal."""

    template_name = "mentorship/goal_form.html"

    def pairing(self, pk):
        return get_object_or_404(
            pairings_visible_to(self.request.user).select_related("mentee", "mentor"), pk=pk
        )

    def context(self, pairing, form):
        return {
            "form": form,
            "pairing": pairing,
            "back_url": pairing_page_url(self.request.user, pairing),
        }

    def get(self, request, pk):
        pairing = self.pairing(pk)
        if refused := refusal_redirect(request, pairing, Record.GOAL):
            return refused
        return TemplateResponse(
            request, self.template_name, self.context(pairing, GoalForm(pairing=pairing))
        )

    def post(self, request, pk):
        pairing = self.pairing(pk)
        if refused := refusal_redirect(request, pairing, Record.GOAL):
            return refused
        form = GoalForm(request.POST, pairing=pairing)
        if form.is_valid():
            try:
                set_goal(pairing=pairing, by=request.user, **form.cleaned_data)
            except MentoringRefused as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, _("The goal has been set."))
                return redirect(pairing_page_url(request.user, pairing))
        return TemplateResponse(request, self.template_name, self.context(pairing, form))


class GoalStatusView(LoginRequiredMixin, View):
    """Mentor or mentee moves a goal along."""

    def post(self, request, pk):
        goal = get_object_or_404(
            Goal.objects.filter(pairing__in=pairings_visible_to(request.user)).select_related(
                "pairing"
            ),
            pk=pk,
        )
        if refused := refusal_redirect(request, goal.pairing, Record.GOAL_STATUS):
            return refused
        form = GoalStatusForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose one of the listed statuses."))
        else:
            try:
                update_goal_status(goal=goal, by=request.user, status=form.cleaned_data["status"])
            except MentoringRefused as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(request, _("The goal's status has been updated."))
        return redirect(pairing_page_url(request.user, goal.pairing))


class ReviewEssayView(MentorOnlyMixin, View):
    """A mentor grades an essay answer of their own mentee, with feedback."""

    template_name = "mentorship/review_essay.html"

    def response(self, pk):
        return get_object_or_404(
            essays_gradable_by(self.request.user).select_related(
                "attempt__user", "attempt__revision", "graded_by"
            ),
            pk=pk,
        )

    def render(self, response, form):
        pairing = (
            pairings_of_mentor(self.request.user)
            .filter(mentee_id=response.attempt.user_id)
            .order_by("-starts_on")
            .first()
        )
        context = {
            "response": response,
            "form": form,
            "pairing": pairing,
            **essay_question(response),
        }
        return TemplateResponse(self.request, self.template_name, context)

    def get(self, request, pk):
        response = self.response(pk)
        initial = {"score": response.score, "feedback": response.feedback}
        return self.render(response, EssayGradeForm(initial=initial, max_score=response.max_score))

    def post(self, request, pk):
        response = self.response(pk)
        form = EssayGradeForm(request.POST, max_score=response.max_score)
        if form.is_valid() and form.grade(response=response, by=request.user):
            messages.success(request, _("The essay has been graded."))
            return redirect("mentorship:dashboard")
        return self.render(response, form)


class MyMentoringView(LoginRequiredMixin, View):
    def get(self, request):
        return TemplateResponse(
            request,
            "mentorship/my_mentoring.html",
            {"pairings": my_mentoring(user=request.user), "status_form": GoalStatusForm()},
        )
