"""Checking an uploaded .h5p package before anything of it is stored.

Our own checks run first, on the ZIP directory alone (no member is read before its path, type
and size pass), each refusing with a message that names the problem; pyh5p then reads the
package and checks the structure of ``h5p.json``. Nothing here writes anywhere.
"""

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pyh5p
from django.utils.translation import gettext as _

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100

# H5P's own allow-lists: content may hold data and media; libraries may also hold code.
CONTENT_EXTENSIONS = frozenset(
    [
        "json",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "webp",
        "eot",
        "ttf",
        "woff",
        "woff2",
        "otf",
        "webm",
        "mp4",
        "ogg",
        "mp3",
        "m4a",
        "wav",
        "txt",
        "pdf",
        "rtf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "odt",
        "ods",
        "odp",
        "csv",
        "vtt",
        "webvtt",
        "gltf",
        "glb",
    ]
)
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "svg", "xml"}
ROOT_FILES = {"h5p.json"}
REQUIRED_METADATA = {
    "title": str,
    "mainLibrary": str,
    "language": str,
    "preloadedDependencies": list,
    "embedTypes": list,
}
LIMITS = pyh5p.PackageLimits(
    max_files=MAX_ENTRIES,
    max_file_size=MAX_UNCOMPRESSED_BYTES,
    max_total_size=MAX_UNCOMPRESSED_BYTES,
    max_compression_ratio=MAX_COMPRESSION_RATIO,
    allowed_extensions=LIBRARY_EXTENSIONS,
)
LIBRARY_FOLDER = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)-(?P<major>\d+)\.(?P<minor>\d+)$")


class PackageRefused(Exception):
    """The package breaks a rule; ``message`` says which, for the person who uploaded it."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class PackagedLibrary:
    machine_name: str
    major_version: int
    minor_version: int
    patch_version: int
    title: str
    metadata: dict
    files: dict  # path inside the library folder -> bytes
    sha256: str = ""

    @property
    def folder_name(self):
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"

    @property
    def label(self):
        return f"{self.machine_name} {self.major_version}.{self.minor_version}.{self.patch_version}"


@dataclass
class CheckedPackage:
    """A package that passed every check: its metadata, content files and libraries."""

    metadata: dict
    content_files: dict  # path under content/ -> bytes
    libraries: list = field(default_factory=list)

    @property
    def title(self):
        return str(self.metadata.get("title", ""))[:255]

    @property
    def main_library(self):
        return str(self.metadata.get("mainLibrary", ""))


def library_sha256(files) -> str:
    """The fingerprint of a library: its paths and bytes, in path order."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(files[path]).digest())
    return digest.hexdigest()


def _check_member(info, seen_folded):
    name = info.filename
    path = PurePosixPath(name)
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise PackageRefused(_("The package holds a file with an absolute path: %s") % name)
    # The raw segments: PurePosixPath drops "." and empty ones, so "content/./content.json"
    # and "content//content.json" would pass and name content/content.json a second time.
    segments = name.removesuffix("/").split("/")
    if "\\" in name or "\0" in name or any(part in ("", ".", "..") for part in segments):
        raise PackageRefused(_("The package holds a file whose path leaves its folder: %s") % name)
    if (info.external_attr >> 16) & 0o170000 == 0o120000:
        raise PackageRefused(_("The package holds a symbolic link: %s") % name)
    folded = name.rstrip("/").casefold()
    if folded in seen_folded:
        if seen_folded[folded] == name:
            raise PackageRefused(_("The package holds the same file twice: %s") % name)
        raise PackageRefused(
            _(
                "The package holds two files whose names differ only in case: "
                "%(first)s and %(second)s"
            )
            % {"first": seen_folded[folded], "second": name}
        )
    seen_folded[folded] = name
    if info.is_dir():
        return
    extension = path.suffix.lower().lstrip(".")
    top = path.parts[0]
    if len(path.parts) == 1:
        if name not in ROOT_FILES:
            raise PackageRefused(_("The package holds an unexpected file at its top: %s") % name)
        return
    allowed = CONTENT_EXTENSIONS if top == "content" else LIBRARY_EXTENSIONS
    if extension not in allowed:
        raise PackageRefused(_("This type of file is not allowed in an H5P package: %s") % name)
    if info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
        raise PackageRefused(
            _("The file %(name)s is compressed more than %(ratio)s times; it is refused.")
            % {"name": name, "ratio": MAX_COMPRESSION_RATIO}
        )


def _check_directory(archive):
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageRefused(
            _("The package holds more than %(limit)s files.") % {"limit": MAX_ENTRIES}
        )
    seen_folded = {}
    total = 0
    for info in infos:
        _check_member(info, seen_folded)
        total += info.file_size
    if total > MAX_UNCOMPRESSED_BYTES:
        raise PackageRefused(_("Unpacked, the package would be larger than 200 MB."))


def _read_json(files, name):
    try:
        value = json.loads(files[name].decode("utf-8"))
    except KeyError:
        raise PackageRefused(_("The package has no %s.") % name) from None
    except (UnicodeDecodeError, ValueError):
        raise PackageRefused(_("%s is not valid JSON.") % name) from None
    if not isinstance(value, dict):
        raise PackageRefused(_("%s is not valid JSON.") % name)
    return value


def _libraries(files):
    """Group library files by folder and check each folder against its library.json."""
    folders = {}
    for name, data in files.items():
        top, _sep, rest = name.partition("/")
        if top != "content" and rest:
            folders.setdefault(top, {})[rest] = data
    libraries = {}
    for folder, library_files in sorted(folders.items()):
        match = LIBRARY_FOLDER.match(folder)
        if not match:
            raise PackageRefused(
                _("The folder %s is not named like an H5P library (Name-major.minor).") % folder
            )
        if "library.json" not in library_files:
            raise PackageRefused(_("The library folder %s has no library.json.") % folder)
        metadata = _read_json(files, f"{folder}/library.json")
        try:
            library = PackagedLibrary(
                machine_name=str(metadata["machineName"]),
                major_version=int(metadata["majorVersion"]),
                minor_version=int(metadata["minorVersion"]),
                patch_version=int(metadata.get("patchVersion", 0)),
                title=str(metadata.get("title", ""))[:255],
                metadata=metadata,
                files=library_files,
            )
        except (KeyError, TypeError, ValueError):
            raise PackageRefused(
                _("%s/library.json does not give the library's name and version.") % folder
            ) from None
        if library.folder_name != folder:
            raise PackageRefused(
                _("The folder %(folder)s holds the library %(library)s; the names must match.")
                % {"folder": folder, "library": library.folder_name}
            )
        for kind in ("preloadedJs", "preloadedCss"):
            for entry in _list(metadata, kind, f"{folder}/library.json"):
                path = entry.get("path") if isinstance(entry, dict) else None
                if not isinstance(path, str) or path not in library_files:
                    raise PackageRefused(
                        _("The library %(library)s needs the file %(path)s, which is missing.")
                        % {"library": folder, "path": path}
                    )
        library.sha256 = library_sha256(library_files)
        libraries[folder] = library
    return libraries


def _list(metadata, key, file_name):
    value = metadata.get(key) or []
    if not isinstance(value, list):
        raise PackageRefused(
            _("In %(file)s, %(key)s is not a list.") % {"file": file_name, "key": key}
        )
    return value


def _dependency_folder(dependency):
    try:
        return "{}-{}.{}".format(
            dependency["machineName"],
            int(dependency["majorVersion"]),
            int(dependency["minorVersion"]),
        )
    except (KeyError, TypeError, ValueError):
        raise PackageRefused(
            _("A dependency in the package names no library and version.")
        ) from None


def _check_dependencies(metadata, libraries):
    wanted = [
        ("h5p.json", dependency)
        for dependency in _list(metadata, "preloadedDependencies", "h5p.json")
    ]
    for folder, library in libraries.items():
        wanted += [
            (folder, dependency)
            for dependency in _list(
                library.metadata, "preloadedDependencies", f"{folder}/library.json"
            )
        ]
    for needed_by, dependency in wanted:
        folder = _dependency_folder(dependency)
        if folder not in libraries:
            raise PackageRefused(
                _("%(needed_by)s needs the library %(library)s, which the package does not hold.")
                % {"needed_by": needed_by, "library": folder}
            )


def check_package(uploaded) -> CheckedPackage:
    """Check an uploaded .h5p file (a file object) and return what it holds, or refuse."""
    if uploaded.size > MAX_UPLOAD_BYTES:
        raise PackageRefused(_("The package is larger than 50 MB."))
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_directory(archive)
            files = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, EOFError):
        raise PackageRefused(_("This file is not an H5P package (not a ZIP archive).")) from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError):
        raise PackageRefused(_("The package's ZIP archive cannot be read.")) from None
    files = {name: content for name, content in files.items() if not name.endswith("/")}
    metadata = _read_json(files, "h5p.json")
    content = _read_json(files, "content/content.json")
    _check_metadata(metadata)
    _check_media(content, files)
    libraries = _libraries(files)
    _check_dependencies(metadata, libraries)
    main = metadata.get("mainLibrary")
    if not any(library.machine_name == main for library in libraries.values()):
        raise PackageRefused(_("The main library %s is not in the package.") % main)
    _check_with_pyh5p(data)
    return CheckedPackage(
        metadata=metadata,
        content_files={
            name.removeprefix("content/"): content
            for name, content in files.items()
            if name.startswith("content/")
        },
        libraries=list(libraries.values()),
    )


def _check_metadata(metadata):
    for key, kind in REQUIRED_METADATA.items():
        if key not in metadata:
            raise PackageRefused(_("h5p.json lacks %(key)s.") % {"key": key})
        if kind is list:
            _list(metadata, key, "h5p.json")
        elif not isinstance(metadata[key], kind):
            raise PackageRefused(
                _("In %(file)s, %(key)s is not text.") % {"file": "h5p.json", "key": key}
            )


def _media_paths(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "path" and isinstance(item, str):
                yield item
            else:
                yield from _media_paths(item)
    elif isinstance(value, list):
        for item in value:
            yield from _media_paths(item)


def _check_media(content, files):
    for path in _media_paths(content):
        if "://" in path:
            continue  # a link to a video host, not a packaged file
        parts = path.replace("\\", "/").split("/")
        if path.startswith("/") or any(part in ("", ".", "..") for part in parts):
            raise PackageRefused(_("content.json refers to a path outside the package: %s") % path)
        if f"content/{path}" not in files:
            raise PackageRefused(
                _("content.json refers to %s, which the package does not hold.") % path
            )


def _check_with_pyh5p(data):
    """pyh5p's own reading and validation, the second line behind the checks above (which
    refuse everything it does, in our words): for a ZIP whose entries lie about themselves."""
    try:
        package = pyh5p.read_package(data, limits=LIMITS)
        issues = [
            issue
            for issue in package.validate(require_content=True)
            if issue.keyword != "additionalProperties"  # library folders are checked above
        ]
    except (pyh5p.PackageError, zipfile.BadZipFile, NotImplementedError, RuntimeError):
        issues = [_("its archive cannot be read")]
    if issues:
        raise PackageRefused(
            _("The package is not valid H5P: %s") % "; ".join(str(i) for i in issues[:5])
        )
