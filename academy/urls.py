from django.urls import path

from academy.views import MyLearningView

app_name = "academy"

urlpatterns = [
    path("my-learning/", MyLearningView.as_view(), name="my_learning"),
]
