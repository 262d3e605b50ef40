"""H5P packages and their unpacked files are other people's code: they live in private
storage, which has no URL, and reach a browser only through the content host."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from academy.h5p.services import play_token
from academy.models import H5PLibrary
from core.storage import private_storage
from tests.academy.h5p.conftest import CONTENT_HOST

pytestmark = pytest.mark.django_db


def files_under(root):
    return sorted(
        path.relative_to(root).as_posix() for path in Path(root).rglob("*") if path.is_file()
    )


def stored_names(activity):
    names = [activity.package.name] + [activity.storage_prefix + path for path in activity.files]
    for library in activity.libraries.all():
        names += [library.storage_prefix + path for path in library.files]
    return names


def test_the_package_and_everything_unpacked_are_in_private_storage_only(activity, settings):
    names = stored_names(activity)
    assert activity.package.name.startswith("h5p/packages/")
    assert len(names) > 10
    assert all(private_storage().exists(name) for name in names)
    assert files_under(settings.MEDIA_ROOT) == []
    assert sorted(names) == files_under(settings.PRIVATE_MEDIA_ROOT)


def test_the_edit_form_of_a_stored_activity_opens_without_a_link_to_the_package(
    client, activity, academy_staff
):
    client.force_login(academy_staff)
    response = client.get(f"/admin/snippets/academy/h5pactivity/edit/{activity.pk}/")
    assert response.status_code == 200
    assert "/media/" not in response.content.decode()


def test_the_migration_moves_files_left_in_public_media_and_the_player_still_serves_them(
    client, activity, enrolled_trainee, settings
):
    """Before the move, unpacking wrote into the default storage: put the files back there,
    as an existing installation has them, with one missing, and move them twice."""
    names = stored_names(activity)
    for name in names:
        with private_storage().open(name) as stored:
            default_storage.save(name, ContentFile(stored.read()))
        private_storage().delete(name)
    default_storage.delete(names[-1])
    migration = importlib.import_module("academy.migrations.0009_h5p_files_in_private_storage")

    for _run in range(2):
        migration.move_h5p_files_to_private_storage(apps, None)
        assert files_under(settings.MEDIA_ROOT) == []
        assert sorted(files_under(settings.PRIVATE_MEDIA_ROOT)) == sorted(names[:-1])

    token = play_token(user=enrolled_trainee, activity=activity)
    library = H5PLibrary.objects.get(machine_name="H5P.TrueFalse")
    response = client.get(
        f"/h5p/{token}/files/{library.folder_name}/library.json", HTTP_HOST=CONTENT_HOST
    )
    assert response.status_code == 200
    with private_storage().open(library.storage_prefix + "library.json") as stored:
        assert b"".join(response.streaming_content) == stored.read()
