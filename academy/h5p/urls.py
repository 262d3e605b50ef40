"""The content host's URLs: the player page and the files it loads (no language prefix)."""

from django.urls import path

from academy.h5p.views import content_file, player

app_name = "h5p"

urlpatterns = [
    path("<str:token>/", player, name="player"),
    path("<str:token>/files/<path:path>", content_file, name="file"),
]
