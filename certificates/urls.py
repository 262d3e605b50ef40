from django.urls import path

from certificates import views

urlpatterns = [
    path("verify/", views.lookup_certificate, name="lookup_certificate"),
    path("verify/<certificate_token:token>/", views.verify_certificate, name="verify_certificate"),
    path("my-certificates/", views.my_certificates, name="my_certificates"),
    path(
        "my-certificates/<certificate_serial:serial>/pdf/",
        views.download_certificate,
        name="download_certificate",
    ),
]
