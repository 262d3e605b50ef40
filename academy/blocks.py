from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.blocks import BaseStreamBlock


class TaskBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Task"), features=["bold", "italic", "ol", "ul", "link"])

    class Meta:
        icon = "tasks"
        template = "blocks/task_block.html"
        label = _("Practical task")
        description = _("An exercise the trainee does before moving on.")
        preview_value = {
            "title": "Practise",
            "text": "<p>List the rights you would check at a detention hearing.</p>",
        }


class H5PActivityBlock(blocks.StructBlock):
    """An uploaded H5P activity, played in a frame from the content host."""

    activity = SnippetChooserBlock("academy.H5PActivity", label=_("H5P activity"))

    class Meta:
        icon = "form"
        template = "blocks/h5p_activity_block.html"
        label = _("H5P activity")
        description = _("An interactive exercise uploaded as an .h5p package.")

    def get_context(self, value, parent_context=None):
        from django.conf import settings
        from django.urls import reverse

        from academy.h5p.services import player_url

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        lesson = (parent_context or {}).get("page")
        activity = value.get("activity")
        user = getattr(request, "user", None)
        if activity is not None and activity.is_ready and user and user.is_authenticated:
            context["player_url"] = player_url(user=user, activity=activity)
            context["content_origin"] = settings.H5P_CONTENT_ORIGIN
            if lesson is not None and lesson.pk:
                context["statements_url"] = reverse(
                    "academy:h5p_statements",
                    kwargs={"lesson_id": lesson.pk, "activity_id": activity.pk},
                )
        return context


class LessonStreamBlock(BaseStreamBlock):
    """The shared body blocks plus the blocks only lessons use."""

    task = TaskBlock()
    h5p = H5PActivityBlock()


# --- Assessment questions ------------------------------------------------------------------


class ChoiceOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Choice"), max_length=500)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback on this choice"), required=False, max_length=500)


class QuestionBlock(blocks.StructBlock):
    """What every question has: the prompt, its points and feedback after grading."""

    prompt = blocks.TextBlock(label=_("Question"))
    points = blocks.DecimalBlock(label=_("Points"), min_value=0, decimal_places=2, default=1)
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        help_text=_("Shown with the correct answer when the results policy allows."),
    )


def _count_correct(value):
    return sum(1 for choice in value["choices"] if choice["correct"])


class SingleChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(ChoiceOptionBlock(), label=_("Choices"), min_num=2)

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        description = _("One correct choice.")

    def clean(self, value):
        value = super().clean(value)
        if _count_correct(value) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark exactly one choice as correct."))}
            )
        return value


class MultipleChoiceQuestionBlock(QuestionBlock):
    choices = blocks.ListBlock(ChoiceOptionBlock(), label=_("Choices"), min_num=2)

    class Meta:
        icon = "list-ul"
        label = _("Multiple choice")
        description = _(
            "Several correct choices; partial credit, wrong picks cancel right ones, never below 0."
        )

    def clean(self, value):
        value = super().clean(value)
        if _count_correct(value) < 1:
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one choice as correct."))}
            )
        return value


class TrueFalseQuestionBlock(QuestionBlock):
    answer = blocks.BooleanBlock(
        label=_("The statement is true"), required=False, help_text=_("Unticked: false.")
    )

    class Meta:
        icon = "tick"
        label = _("True or false")


class ShortAnswerQuestionBlock(QuestionBlock):
    accepted = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Accepted answers"),
        min_num=1,
        help_text=_("Case, extra spaces and ё/е are ignored."),
    )
    tolerance = blocks.DecimalBlock(
        label=_("Numeric tolerance"),
        required=False,
        min_value=0,
        help_text=_("For numeric answers: how far from an accepted number still counts."),
    )

    class Meta:
        icon = "pick"
        label = _("Short answer")


class MatchingPairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Item"), max_length=300)
    right = blocks.CharBlock(label=_("Matches"), max_length=300)


class MatchingQuestionBlock(QuestionBlock):
    pairs = blocks.ListBlock(MatchingPairBlock(), label=_("Pairs"), min_num=2)

    class Meta:
        icon = "link"
        label = _("Matching")
        description = _("Match each item with its pair; credit per correct pair.")


class EssayQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question"))
    points = blocks.DecimalBlock(label=_("Points"), min_value=0, decimal_places=2, default=5)
    guidance = blocks.TextBlock(
        label=_("Guidance for graders"),
        required=False,
        help_text=_("What a good answer contains. Never shown to trainees."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Essay")
        description = _("A written answer graded by staff or the trainee's mentor.")


class PooledQuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    short_answer = ShortAnswerQuestionBlock()
    matching = MatchingQuestionBlock()


class QuestionPoolBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Section title"), max_length=200)
    draw = blocks.IntegerBlock(label=_("Questions drawn per attempt"), min_value=1, default=1)
    questions = PooledQuestionsBlock(label=_("Questions"))

    class Meta:
        icon = "group"
        label = _("Question pool")
        description = _("Each attempt draws this many questions at random from the pool.")

    def clean(self, value):
        value = super().clean(value)
        if value["draw"] > len(value["questions"]):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "draw": ValidationError(_("The pool holds fewer questions than it draws."))
                }
            )
        return value


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    short_answer = ShortAnswerQuestionBlock()
    matching = MatchingQuestionBlock()
    essay = EssayQuestionBlock()
    pool = QuestionPoolBlock()
