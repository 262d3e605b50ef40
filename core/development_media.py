"""MEDIA_ROOT at MEDIA_URL for the development server (DEBUG only; in production the web
server publishes MEDIA_ROOT and nothing else).

Private files live in the private storage, but an installation that ran before they moved
there may still hold them in MEDIA_ROOT: their folders are refused however the path spells
them. A path is decoded and normalised before anything is compared, because the file system
(case-insensitive on macOS, dropping trailing dots and spaces on Windows) and the URL
(doubled slashes, ``.`` segments, percent-encoding) each give several names to one file.
"""

import posixpath
import re
from urllib.parse import unquote

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

from core.storage import private_storage

#: Top-level folders of MEDIA_ROOT never served, besides those the private storage holds.
PRIVATE_FOLDERS = frozenset({"certificates", "h5p"})
#: Folders served as downloads, never opened in the site's origin.
DOWNLOAD_FOLDERS = frozenset({"documents"})

# Stored names come from Django's get_valid_filename (letters, digits, "-", "_", "."); a space
# is let through only so that a trailing one is folded away below. Anything else ("\\", ":",
# "~", NUL, control characters) names no stored file here and aliases one on some system.
SEGMENT = re.compile(r"[-\w. ]+")
# Enough for a name encoded twice over; a name still changing after that is refused.
DECODING_ROUNDS = 3


def _decoded(path):
    for _round in range(DECODING_ROUNDS):
        once = unquote(path)
        if once == path:
            return path
        path = once
    return None


def _folded(segment):
    """How a case-insensitive file system that drops trailing dots and spaces sees a name."""
    return segment.rstrip(". ").casefold()


def _private_folders():
    try:
        folders, _files = private_storage().listdir("")
    except FileNotFoundError:
        folders = []
    return PRIVATE_FOLDERS | {_folded(folder) for folder in folders}


def media_name(path):
    """The public media file a URL path names, and its folded top-level folder; None for a
    path that leaves MEDIA_ROOT, holds an odd character, or names a private folder."""
    decoded = _decoded(path)
    if decoded is None:
        return None
    segments = [segment for segment in decoded.split("/") if segment not in ("", ".")]
    if not segments or not all(SEGMENT.fullmatch(segment) for segment in segments):
        return None
    folded = [_folded(segment) for segment in segments]
    # "..", "..." and " " fold to nothing: a parent folder, or the folder itself on Windows.
    if not all(folded) or folded[0] in _private_folders():
        return None
    return posixpath.join(*segments), folded[0]


@require_GET
def serve_development_media(request, path):
    """One public media file, with ``nosniff``; documents as downloads."""
    named = media_name(path)
    if named is None:
        raise Http404
    name, folder = named
    try:
        stream = default_storage.open(name, "rb")
    except (OSError, SuspiciousFileOperation):  # missing, a folder, or outside MEDIA_ROOT
        raise Http404 from None
    # FileResponse types the file by its name's extension.
    response = FileResponse(
        stream, as_attachment=folder in DOWNLOAD_FOLDERS, filename=posixpath.basename(name)
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
