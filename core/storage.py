"""Where files live. Public media (the default storage) has an address under MEDIA_URL; private
files (``STORAGES["private"]``: certificate PDFs, H5P packages and what they unpack to) have
none, and reach a browser only through a view that checks who asks.

Code reaches private files through ``private_storage()`` and turns one into a response with
``private_file_download``: the one place to change when the storage moves to S3 (a signed,
short-lived URL instead of streaming through the app).
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import FileResponse, Http404
from django.utils.functional import LazyObject, cached_property, empty

PRIVATE_STORAGE_ALIAS = "private"


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on local disk under PRIVATE_MEDIA_ROOT, which no web server publishes."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        # FileSystemStorage would fall back to MEDIA_URL: an address no server answers, or
        # worse, one that a misconfigured server does.
        raise ValueError(f"{name}: a private file has no URL; serve it through a view.")


class _PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages[PRIVATE_STORAGE_ALIAS]


_private_storage = _PrivateStorage()


def private_storage():
    """The storage of files that must never have a public address; also a FileField's
    ``storage`` (a callable, so migrations name it rather than its settings)."""
    return _private_storage


@receiver(setting_changed)
def _forget_private_storage(*, setting, **kwargs):
    # As Django does for default_storage: a field keeps this object, so it must follow a
    # changed STORAGES (tests, another backend) rather than hold the first backend forever.
    if setting == "STORAGES":
        _private_storage._wrapped = empty


def private_file_download(field_file, *, filename, content_type):
    """A private file as a download for the one person allowed it: never kept by a shared
    cache, never opened in the site's origin, never sniffed. 404 when the file is gone."""
    try:
        stream = field_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        stream, as_attachment=True, filename=filename, content_type=content_type
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def move_files(names, *, source, target) -> list:
    """Move files from one storage to another under the same names; a name the source lacks
    is skipped, so a run that stopped half-way finishes when run again. Returns the names
    moved."""
    moved = []
    for name in names:
        if not source.exists(name):
            continue
        with source.open(name, "rb") as content:
            if target.exists(name):
                # Left by a run that stopped before deleting the source, perhaps half written.
                target.delete(name)
            saved = target.save(name, content)
        if saved != name:
            raise RuntimeError(f"{target!r} saved {name} as {saved}")
        source.delete(name)
        moved.append(name)
    return moved
