from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView

from academy.services import my_learning


class MyLearningView(LoginRequiredMixin, TemplateView):
    """The trainee's courses: in progress with the next lesson, waiting for approval, completed."""

    template_name = "academy/my_learning.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **my_learning(user=self.request.user)}
