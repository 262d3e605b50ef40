from django.urls import path

from mentorship import views

app_name = "mentorship"

urlpatterns = [
    path("mentoring/", views.MentorDashboardView.as_view(), name="dashboard"),
    path("mentoring/mentees/<int:pk>/", views.MenteeView.as_view(), name="mentee"),
    path(
        "mentoring/mentees/<int:pk>/meetings/new/",
        views.LogMeetingView.as_view(),
        name="log_meeting",
    ),
    path("mentoring/pairings/<int:pk>/goals/new/", views.SetGoalView.as_view(), name="set_goal"),
    path("mentoring/goals/<int:pk>/status/", views.GoalStatusView.as_view(), name="goal_status"),
    path("mentoring/essays/<int:pk>/", views.ReviewEssayView.as_view(), name="review_essay"),
    path("my-mentoring/", views.MyMentoringView.as_view(), name="my_mentoring"),
]
