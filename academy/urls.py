from django.urls import path

from academy.h5p.views import record_statement
from academy.views import MyLearningView

app_name = "academy"

urlpatterns = [
    path("my-learning/", MyLearningView.as_view(), name="my_learning"),
    path(
        "h5p/lessons/<int:lesson_id>/activities/<int:activity_id>/statements/",
        record_statement,
        name="h5p_statements",
    ),
]
