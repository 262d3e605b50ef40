"""The H5P player and its files, served from the content host only; and the xAPI endpoint
on the site, where the lesson page posts what the player reported."""

import json
import mimetypes
from pathlib import PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_POST

from academy.h5p import services
from academy.models import LessonPage
from core.storage import private_storage

# Types by extension: never guessed from the bytes, and nosniff tells browsers not to either.
CONTENT_TYPES = {
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "json": "application/json",
    "svg": "image/svg+xml",
    "xml": "application/xml",
    "txt": "text/plain; charset=utf-8",
    "vtt": "text/vtt; charset=utf-8",
    "webvtt": "text/vtt; charset=utf-8",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "webp": "image/webp",
    "m4a": "audio/mp4",
}


def player_policy():
    """The player page's Content-Security-Policy: its own host only, framed by the site only."""
    return {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        # H5P's libraries position everything with style attributes and inject style elements.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "form-action": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "frame-ancestors": [settings.SITE_URL],
    }


def _activity_or_404(request, token):
    if not services.is_content_host(request):
        raise Http404
    activity, user_id = services.activity_for_token(token)
    if activity is None:
        raise Http404
    return activity, user_id


@require_GET
@xframe_options_exempt
def player(request, token):
    """The page inside the lesson's frame: h5p-standalone playing one activity."""
    activity, user_id = _activity_or_404(request, token)
    files = f"/h5p/{token}/files"
    config = {
        "h5pJsonPath": files,
        "librariesPath": files,
        "contentJsonPath": f"{files}/content",
        "frameJs": static("h5p-standalone/frame.bundle.js"),
        "frameCss": static("h5p-standalone/styles/h5p.css"),
        "embedType": "div",
        "xAPIObjectIRI": services.activity_iri(activity),
        "user": {
            "name": "learner",
            "mail": services.actor_mailbox(user_id).removeprefix("mailto:"),
        },
        # No saved state: with a user set, H5P would otherwise ask a state URL we don't have.
        "contentUserData": [{"state": "RESET"}],
        "siteOrigin": settings.SITE_URL,
    }
    response = render(
        request, "academy/h5p/player.html", {"activity": activity, "player_config": config}
    )
    response._csp_config = player_policy()
    return response


@require_GET
@xframe_options_exempt
def content_file(request, token, path):
    """One file of the activity or of a library it uses; nothing else."""
    activity, _user_id = _activity_or_404(request, token)
    key = services.stored_file(activity, path)
    if key is None:
        raise Http404
    extension = PurePosixPath(path).suffix.lower().lstrip(".")
    content_type = CONTENT_TYPES.get(extension) or (
        mimetypes.guess_type(path)[0] or "application/octet-stream"
    )
    response = FileResponse(private_storage().open(key, "rb"), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = "private, max-age=3600"
    # Opened on its own, a file is inert: an SVG's script or a PDF's links run nowhere.
    response["Content-Security-Policy"] = "sandbox; default-src 'none'; style-src 'unsafe-inline'"
    return response


def _no_constant(name):
    raise ValueError(name)


def _refused(message, status):
    return JsonResponse({"error": message}, status=status)


@require_POST
def record_statement(request, lesson_id, activity_id):
    """Store an xAPI statement the lesson page relayed from the player (CSRF-protected)."""
    from academy.services import LessonRefused, complete_lesson, course_of, is_lesson_done

    if not request.user.is_authenticated:
        return _refused(_("Sign in to record your results."), 403)
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not declared.isdigit() or int(declared) > services.MAX_STATEMENT_BYTES:
        return _refused(_("The statement is larger than 64 KB."), 413)
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        raise Http404
    activity = next((a for a in services.activities_in(lesson) if a.pk == activity_id), None)
    if activity is None:
        raise Http404
    course = course_of(lesson)
    try:
        text = request.body.decode("utf-8")
        # NaN, Infinity and NUL characters are no JSON a database column can keep.
        if "\\u0000" in text or "\x00" in text:
            raise ValueError
        statement = json.loads(text, parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError):
        return _refused(_("The statement is not valid JSON."), 400)
    try:
        recorded = services.record_statement(
            user=request.user, activity=activity, lesson=lesson, statement=statement, course=course
        )
    except services.StatementRefused as refusal:
        return _refused(refusal.message, refusal.status)
    answer = {"stored": True, "lesson_completed": False, "replayed": recorded.replayed}
    result = recorded.result
    if result is not None:
        answer.update(score=float(result.best_score), max_score=float(result.max_score))
        if recorded.replayed:
            answer["lesson_completed"] = is_lesson_done(user=request.user, lesson=lesson)
        elif services.lesson_rule_met(user=request.user, lesson=lesson):
            try:
                completed = complete_lesson(user=request.user, lesson=lesson, course=course)
            except LessonRefused as refusal:
                answer["message"] = refusal.message
            else:
                answer["lesson_completed"] = True
                answer["course_completed"] = completed.course_completed
                answer["message"] = _("Lesson completed.")
    if answer["lesson_completed"]:
        answer["status_html"] = _lesson_status(request, lesson=lesson, course=course)
    return JsonResponse(answer)


def _lesson_status(request, *, lesson, course):
    """The lesson page's status panel as it stands now, for the page to show in place."""
    from academy.services import lesson_context

    context = {"page": lesson, **lesson_context(lesson=lesson, course=course, user=request.user)}
    return render_to_string("academy/_lesson_status.html", context, request=request)
