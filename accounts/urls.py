from django.urls import path

from accounts.views import DeleteAccountView, PersonalDataDownloadView, ProfileView

app_name = "accounts"

urlpatterns = [
    path("profile/", ProfileView.as_view(), name="profile"),
    path("profile/data/", PersonalDataDownloadView.as_view(), name="personal_data"),
    path("profile/delete/", DeleteAccountView.as_view(), name="delete"),
]
