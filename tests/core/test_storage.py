"""core.storage: the private storage has no URL, and files move into it by name, safely
re-run."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from core.storage import move_files, private_storage


def test_private_files_have_no_url():
    private_storage().save("certificates/2025/RLA-2025-000001.pdf", ContentFile(b"%PDF"))
    with pytest.raises(ValueError, match="no URL"):
        private_storage().url("certificates/2025/RLA-2025-000001.pdf")


def test_private_files_are_kept_under_private_media_root(settings):
    name = private_storage().save("h5p/content/a/h5p.json", ContentFile(b"{}"))
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / name).read_bytes() == b"{}"
    assert not Path(settings.MEDIA_ROOT, name).exists()


def test_files_move_to_private_storage_under_the_same_names():
    default_storage.save("certificates/2025/one.pdf", ContentFile(b"one"))
    default_storage.save("certificates/2025/two.pdf", ContentFile(b"two"))
    moved = move_files(
        ["certificates/2025/one.pdf", "certificates/2025/two.pdf"],
        source=default_storage,
        target=private_storage(),
    )
    assert moved == ["certificates/2025/one.pdf", "certificates/2025/two.pdf"]
    for name, content in [
        ("certificates/2025/one.pdf", b"one"),
        ("certificates/2025/two.pdf", b"two"),
    ]:
        assert not default_storage.exists(name)
        with private_storage().open(name) as moved_file:
            assert moved_file.read() == content


def test_a_missing_file_is_skipped_and_the_others_move():
    default_storage.save("h5p/packages/kept.h5p", ContentFile(b"zip"))
    moved = move_files(
        ["h5p/packages/gone.h5p", "h5p/packages/kept.h5p"],
        source=default_storage,
        target=private_storage(),
    )
    assert moved == ["h5p/packages/kept.h5p"]
    assert not private_storage().exists("h5p/packages/gone.h5p")
    assert private_storage().exists("h5p/packages/kept.h5p")


def test_a_second_run_changes_nothing():
    default_storage.save("certificates/2025/one.pdf", ContentFile(b"one"))
    names = ["certificates/2025/one.pdf"]
    move_files(names, source=default_storage, target=private_storage())
    assert move_files(names, source=default_storage, target=private_storage()) == []
    with private_storage().open("certificates/2025/one.pdf") as moved_file:
        assert moved_file.read() == b"one"
    assert private_storage().listdir("certificates/2025") == ([], ["one.pdf"])


def test_a_run_interrupted_after_the_copy_finishes_with_the_source_copy():
    """A crash after writing the target and before deleting the source leaves both; so does
    a crash mid-write, with a partial target. The next run replaces the target."""
    default_storage.save("certificates/2025/one.pdf", ContentFile(b"the whole PDF"))
    private_storage().save("certificates/2025/one.pdf", ContentFile(b"the wh"))
    moved = move_files(
        ["certificates/2025/one.pdf"], source=default_storage, target=private_storage()
    )
    assert moved == ["certificates/2025/one.pdf"]
    assert not default_storage.exists("certificates/2025/one.pdf")
    assert private_storage().listdir("certificates/2025") == ([], ["one.pdf"])
    with private_storage().open("certificates/2025/one.pdf") as moved_file:
        assert moved_file.read() == b"the whole PDF"


def test_the_private_storage_follows_changed_settings(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "elsewhere"
    name = private_storage().save("h5p/x.json", ContentFile(b"{}"))
    assert (tmp_path / "elsewhere" / name).exists()
