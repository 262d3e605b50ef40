from django.utils.translation import gettext_lazy as _
from wagtail import blocks

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


class LessonStreamBlock(BaseStreamBlock):
    """The shared body blocks plus the blocks only lessons use."""

    task = TaskBlock()
