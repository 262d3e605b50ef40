"""Importing the real H5P.TrueFalse package, and sharing its libraries."""

import pytest

from academy.h5p.package import PackageRefused
from academy.h5p.services import check_upload
from academy.models import H5PActivity, H5PLibrary
from core.storage import private_storage
from tests.factories.h5p import truefalse_files, upload, uploaded_activity, zip_bytes

pytestmark = pytest.mark.django_db


def test_the_real_truefalse_package_imports_with_its_ten_libraries(activity):
    assert activity.status == H5PActivity.Status.READY
    assert activity.main_library == "H5P.TrueFalse"
    assert activity.libraries.count() == 10
    assert sorted(activity.files) == ["content/content.json", "h5p.json"]
    library_files = sum(len(library.files) for library in activity.libraries.all())
    assert library_files == 104
    truefalse = activity.libraries.get(machine_name="H5P.TrueFalse")
    assert (truefalse.major_version, truefalse.minor_version) == (1, 6)
    for library in activity.libraries.all():
        for path in library.files:
            assert private_storage().exists(library.storage_prefix + path)
    with private_storage().open(activity.storage_prefix + "content/content.json") as stored:
        assert b"correct" in stored.read()


def test_a_second_import_reuses_the_installed_libraries(activity, editor):
    second = uploaded_activity(editor, title="Second copy")
    assert second.status == H5PActivity.Status.READY
    assert H5PLibrary.objects.count() == 10
    assert set(second.libraries.all()) == set(activity.libraries.all())
    assert second.storage_prefix != activity.storage_prefix


def test_only_staff_may_install_new_libraries(editor):
    with pytest.raises(PackageRefused) as refusal:
        check_upload(upload(zip_bytes(truefalse_files())), editor)
    assert "H5P.TrueFalse 1.6" in refusal.value.message
    assert "Only Academy staff may install libraries" in refusal.value.message
    assert H5PLibrary.objects.count() == 0


def test_a_changed_library_is_a_new_library_for_staff_only(activity, editor, academy_staff):
    files = truefalse_files()
    files["H5P.TrueFalse-1.6/scripts/h5p-true-false.js"] += b"\n// changed\n"
    with pytest.raises(PackageRefused) as refusal:
        check_upload(upload(zip_bytes(files)), editor)
    assert "H5P.TrueFalse 1.6" in refusal.value.message
    changed = uploaded_activity(academy_staff, files=files)
    assert H5PLibrary.objects.count() == 11
    assert changed.libraries.get(machine_name="H5P.TrueFalse") != activity.libraries.get(
        machine_name="H5P.TrueFalse"
    )
