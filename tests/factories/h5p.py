"""H5P packages for tests: the real TrueFalse package (``academy.demo_h5p.truefalse_files``:
H5P.TrueFalse 1.6 with its ten libraries, from npm's h5p-standalone@2.1.0) and hostile
variants built from it."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile

from academy.demo_h5p import truefalse_files, zip_bytes
from academy.h5p.services import accept_upload, check_upload, unpack_activity
from academy.models import H5PActivity

__all__ = ["truefalse_files", "upload", "uploaded_activity", "with_json", "zip_bytes"]


def upload(data: bytes, name="activity.h5p") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/zip")


def with_json(files: dict, path: str, change) -> dict:
    """A copy of ``files`` whose JSON file at ``path`` went through ``change(value)``."""
    value = json.loads(files[path])
    change(value)
    return {**files, path: json.dumps(value).encode()}


def uploaded_activity(user, files=None, title="True or false: the right to a lawyer"):
    """An activity uploaded by ``user`` through the same services as the admin form, then
    unpacked as the task does after the commit (a test's transaction never commits)."""
    package = upload(zip_bytes(files if files is not None else truefalse_files()))
    check_upload(package, user)
    activity = accept_upload(activity=H5PActivity(title=title, package=package), user=user)
    return unpack_activity(activity.pk)
