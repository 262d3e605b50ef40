"""H5P rules: who may install libraries, unpacking into storage, play tokens, and results.

Scores from H5P are computed in the trainee's browser and can be forged: they may complete a
lesson (``lesson_rule_met``), never decide a certificate, which rests on server-graded
assessments only.
"""

import hashlib
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academy.h5p.package import PackageRefused, check_package
from academy.models import H5PActivity, H5PLibrary, H5PResult, H5PStatement
from core.storage import private_storage

INSTALL_PERMISSION = "academy.install_h5p_library"
TOKEN_SALT = "academy.h5p.play"  # noqa: S105 (a signing namespace, not a secret)
TOKEN_MAX_AGE = 4 * 60 * 60  # long enough for a study session; files load in the first minute
MAX_STATEMENT_BYTES = 64 * 1024
XAPI_VERBS = "http://adlnet.gov/expapi/verbs/"
KNOWN_VERBS = frozenset(
    XAPI_VERBS + verb
    for verb in (
        "answered",
        "attempted",
        "completed",
        "experienced",
        "failed",
        "interacted",
        "passed",
        "progressed",
        "scored",
    )
)
RESULT_VERBS = frozenset(
    XAPI_VERBS + verb for verb in ("answered", "completed", "passed", "failed")
)


# --- Uploading -----------------------------------------------------------------------------


def libraries_to_install(checked, user) -> list:
    """The package's libraries not installed yet (by sha256); refused if the user may not
    install them."""
    installed = set(
        H5PLibrary.objects.filter(sha256__in=[lib.sha256 for lib in checked.libraries]).values_list(
            "sha256", flat=True
        )
    )
    new = [library for library in checked.libraries if library.sha256 not in installed]
    if new and not (user is not None and user.has_perm(INSTALL_PERMISSION)):
        raise PackageRefused(
            _(
                "The package brings libraries that are not installed, or differ from the "
                "installed ones: %s. Only Academy staff may install libraries; ask them to "
                "upload this package."
            )
            % ", ".join(library.label for library in new)
        )
    return new


def check_upload(uploaded, user):
    """Everything an upload must pass before it is stored: the package and the libraries."""
    checked = check_package(uploaded)
    libraries_to_install(checked, user)
    return checked


def accept_upload(*, activity, user) -> H5PActivity:
    """Save an activity whose package passed ``check_upload``; unpacking runs in a task after
    the commit (eagerly in development), and the activity shows "processing" until then."""
    from academy.tasks import unpack_h5p_activity
    from config.celery import enqueue

    activity.status, activity.problem = H5PActivity.Status.PROCESSING, ""
    activity.storage_prefix, activity.files = "", []
    if activity.uploaded_by_id is None:
        activity.uploaded_by = user
    activity.save()
    transaction.on_commit(lambda: enqueue(unpack_h5p_activity, activity.pk))
    return activity


def unpack_activity(activity_id) -> H5PActivity:
    """Unpack a stored package into private storage and mark the activity ready (or failed).

    Idempotent: a re-run after a crash rewrites the same files under the same prefix and
    reuses libraries already installed.
    """
    activity = H5PActivity.objects.get(pk=activity_id)
    if activity.is_ready:
        return activity
    try:
        with activity.package.open("rb") as stored:
            checked = check_package(stored)
        libraries_to_install(checked, activity.uploaded_by)
        libraries = [
            _install_library(library, activity.uploaded_by) for library in checked.libraries
        ]
    except PackageRefused as refusal:
        activity.status, activity.problem = H5PActivity.Status.FAILED, refusal.message
        activity.save(update_fields=["status", "problem"])
        return activity
    prefix = activity.storage_prefix or f"h5p/content/{uuid.uuid4().hex}/"
    files = {"h5p.json": _json_file(checked.metadata)} | {
        f"content/{path}": data for path, data in checked.content_files.items()
    }
    for path, data in files.items():
        _write(prefix + path, data)
    activity.storage_prefix = prefix
    activity.files = sorted(files)
    activity.metadata = checked.metadata
    activity.main_library = checked.main_library
    activity.status, activity.problem = H5PActivity.Status.READY, ""
    with transaction.atomic():
        activity.save()
        activity.libraries.set(libraries)
    return activity


def _json_file(value):
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _write(key, data):
    storage = private_storage()
    if storage.exists(key):
        storage.delete(key)
    saved = storage.save(key, ContentFile(data))
    if saved != key:  # a storage that renames on clash would break the player's paths
        raise RuntimeError(f"storage saved {key} as {saved}")


def _install_library(library, user) -> H5PLibrary:
    existing = H5PLibrary.objects.filter(sha256=library.sha256).first()
    if existing:
        return existing
    prefix = f"h5p/libraries/{library.folder_name}-{library.sha256[:16]}/"
    for path, data in library.files.items():
        _write(prefix + path, data)
    try:
        with transaction.atomic():
            return H5PLibrary.objects.create(
                machine_name=library.machine_name,
                major_version=library.major_version,
                minor_version=library.minor_version,
                patch_version=library.patch_version,
                title=library.title,
                sha256=library.sha256,
                storage_prefix=prefix,
                files=sorted(library.files),
                metadata=library.metadata,
                installed_by=user,
            )
    except IntegrityError:  # another upload installed the same files meanwhile
        return H5PLibrary.objects.get(sha256=library.sha256)


# --- Playing -------------------------------------------------------------------------------


def content_host():
    return urlsplit(settings.H5P_CONTENT_ORIGIN).netloc


def is_content_host(request) -> bool:
    return request.get_host() == content_host()


def play_token(*, user, activity) -> str:
    """A short-lived signed token for the content host, bound to the person and the activity.

    The content host shares no session with the site; this token is its only authority.
    It is issued only to people who may open the lesson.
    """
    return signing.dumps({"u": user.pk, "a": activity.pk}, salt=TOKEN_SALT, compress=False)


def activity_for_token(token):
    """The ready activity a token opens, and the user it was issued to, or (None, None)."""
    try:
        claims = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None, None
    activity = (
        H5PActivity.objects.filter(pk=claims.get("a"), status=H5PActivity.Status.READY)
        .prefetch_related("libraries")
        .first()
    )
    return activity, claims.get("u")


def player_url(*, user, activity) -> str:
    return f"{settings.H5P_CONTENT_ORIGIN}/h5p/{play_token(user=user, activity=activity)}/"


def actor_mailbox(user_id) -> str:
    """The pseudonymous xAPI actor the player reports as: no e-mail reaches H5P's code."""
    digest = signing.Signer(salt="academy.h5p.actor").sign(str(user_id)).rsplit(":", 1)[1]
    return f"mailto:{digest}@learners.invalid"


def activity_iri(activity) -> str:
    return f"{settings.SITE_URL}/h5p/activities/{activity.pk}"


def stored_file(activity, path):
    """The storage key of a file the player asked for, if the activity holds it.

    Only files listed at unpacking are served: no directory listing, no path outside the
    package, no library the activity does not use.
    """
    if path in activity.files:
        return activity.storage_prefix + path
    folder, _sep, rest = path.partition("/")
    for library in activity.libraries.all():
        if library.folder_name == folder and rest in library.files:
            return library.storage_prefix + rest
    return None


# --- Results -------------------------------------------------------------------------------


class StatementRefused(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message, self.status = message, status


def _member(value, *keys):
    """The value at ``keys`` inside nested objects, or None where something is no object."""
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _score(statement):
    score = _member(statement, "result", "score")
    if score is None:
        return None, None
    if not isinstance(score, dict):
        raise StatementRefused(_("The score is not valid."))
    try:
        raw, maximum = Decimal(str(score["raw"])), Decimal(str(score["max"]))
    except (KeyError, InvalidOperation, TypeError, ValueError):
        raise StatementRefused(_("The score is not valid.")) from None
    if not (maximum.is_finite() and raw.is_finite()) or maximum <= 0 or maximum > 10_000:
        raise StatementRefused(_("The score is not valid."))
    if raw < 0 or raw > maximum:
        raise StatementRefused(_("The score is outside 0 to the maximum."))
    return raw, maximum


def _is_top_level(statement, activity):
    parents = _member(statement, "context", "contextActivities", "parent")
    return _member(statement, "object", "id") == activity_iri(activity) and not parents


def statement_key(statement) -> str:
    """What makes a statement the same one sent again: its xAPI id (a UUID), or for a statement
    sent without one, the SHA-256 of its canonical JSON.

    Our player gives every statement an id, so two real answers alike are two statements;
    without an id (not from our player) an identical statement can only be counted once.
    """
    if "id" not in statement:
        canonical = json.dumps(statement, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    try:
        return str(uuid.UUID(statement["id"]))
    except (AttributeError, TypeError, ValueError):
        raise StatementRefused(_("The statement's id is not a UUID.")) from None


@dataclass
class RecordedStatement:
    """What recording a statement did: the activity's result when the statement counts
    towards it, and whether it had been recorded before (a replay changes nothing)."""

    result: H5PResult | None
    replayed: bool = False


def _refuse_unless_studying(*, user, lesson, course):
    from academy.permissions import LessonAccess, study_access

    access = study_access(user=user, lesson=lesson, course=course)
    if access is LessonAccess.LOCKED:
        raise StatementRefused(_("Finish the previous lessons first."), status=403)
    if access is not LessonAccess.ALLOWED:
        raise StatementRefused(_("Enrol in this course to record your results."), status=403)


def _replay(*, user, activity, key, statement, counts) -> RecordedStatement:
    """The outcome of a statement whose key is taken: the same one again changes nothing;
    another one under a known id is refused."""
    recorded = H5PStatement.objects.get(user=user, statement_key=key)
    if recorded.statement != statement:
        raise StatementRefused(
            _("Another statement was already recorded with this id."), status=409
        )
    result = H5PResult.objects.filter(user=user, activity=activity).first() if counts else None
    return RecordedStatement(result=result, replayed=True)


def record_statement(*, user, activity, lesson, statement, course=None) -> RecordedStatement:
    """Store an xAPI statement the player reported; a top-level answer updates the result.

    Refuses (``StatementRefused``) a statement for a lesson the person may not study yet (not
    enrolled, or locked behind earlier lessons), of another actor, with an unknown verb, an
    id that is no UUID or a score outside 0..max, and changes nothing then. A statement
    already recorded (same person and key) is not stored or counted again.
    """
    from academy.services import course_of

    if not isinstance(statement, dict):
        raise StatementRefused(_("The statement is not an xAPI statement."))
    _refuse_unless_studying(user=user, lesson=lesson, course=course or course_of(lesson))
    if _member(statement, "actor", "mbox") != actor_mailbox(user.pk):
        raise StatementRefused(_("The statement is about someone else."), status=403)
    verb = _member(statement, "verb", "id")
    if not isinstance(verb, str) or verb not in KNOWN_VERBS:
        raise StatementRefused(_("The statement's verb is not one H5P reports."))
    raw, maximum = _score(statement)
    key = statement_key(statement)
    counts = verb in RESULT_VERBS and _is_top_level(statement, activity)
    with transaction.atomic():
        try:
            # On PostgreSQL a racing copy waits here for the first one's commit, then fails.
            with transaction.atomic():
                H5PStatement.objects.create(
                    user=user,
                    activity=activity,
                    lesson_key=lesson.translation_key,
                    verb=verb.removeprefix(XAPI_VERBS),
                    statement=statement,
                    statement_key=key,
                )
        except IntegrityError:
            return _replay(
                user=user, activity=activity, key=key, statement=statement, counts=counts
            )
        if not counts:
            return RecordedStatement(result=None)
        result, _created = H5PResult.objects.select_for_update().get_or_create(
            user=user, activity=activity
        )
        result.attempts += 1
        if raw is not None and (raw / maximum) >= (
            result.best_score / result.max_score if result.max_score else Decimal(-1)
        ):
            result.best_score, result.max_score = raw, maximum
        if not result.completed:
            result.completed, result.completed_at = True, timezone.now()
        result.save()
    return RecordedStatement(result=result)


def activities_in(lesson) -> list:
    """The H5P activities a lesson's body shows, in order, without duplicates."""
    ids = []
    for block in lesson.body:
        if block.block_type == "h5p" and block.value.get("activity"):
            activity_id = block.value["activity"].pk
            if activity_id not in ids:
                ids.append(activity_id)
    by_id = H5PActivity.objects.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def counted_activities(lesson, activities=None) -> list:
    """The lesson's activities its H5P completion rule counts: those known to report when
    they are done. Empty for a lesson the trainee marks as done."""
    if lesson.completion_rule == lesson.CompletionRule.MANUAL:
        return []
    activities = activities if activities is not None else activities_in(lesson)
    return [activity for activity in activities if activity.reports_completion]


def rule_left_to_trainee(lesson, activities=None) -> bool:
    """Whether the lesson has an H5P rule that none of its activities can meet, so that the
    trainee marks it as done instead of being stuck."""
    if lesson.completion_rule == lesson.CompletionRule.MANUAL:
        return False
    activities = activities if activities is not None else activities_in(lesson)
    return bool(activities) and not counted_activities(lesson, activities)


def lesson_rule_met(*, user, lesson, activities=None) -> bool:
    """Whether the trainee's H5P results satisfy the lesson's completion rule. Only activities
    that report count; when none does, the rule leaves the lesson to the trainee."""
    rule = lesson.completion_rule
    if rule == lesson.CompletionRule.MANUAL:
        return True
    counted = counted_activities(lesson, activities)
    if not counted:
        return True
    results = {
        result.activity_id: result
        for result in H5PResult.objects.filter(user=user, activity__in=counted)
    }
    for activity in counted:
        result = results.get(activity.pk)
        if result is None or not result.completed:
            return False
        if rule == lesson.CompletionRule.H5P_SCORE and result.percent < lesson.completion_min_score:
            return False
    return True


def completion_rule_warning(*, lesson) -> str | None:
    """What the lesson editor should know about its H5P rule: the activities it will not
    count because they never report when they are done; None when every activity counts."""
    if lesson.completion_rule == lesson.CompletionRule.MANUAL:
        return None
    activities = activities_in(lesson)
    silent = [activity for activity in activities if not activity.reports_completion]
    if not silent:
        return None
    names = ", ".join(
        f"“{activity.title}” ({activity.main_library or _('not unpacked yet')})"
        for activity in silent
    )
    if len(silent) == len(activities):
        return _(
            "None of this lesson's H5P activities reports when it is done (%(activities)s): "
            "its completion rule cannot be met, so trainees will mark the lesson as done "
            "themselves. Add a quiz-like activity, or choose another rule."
        ) % {"activities": names}
    return ngettext(
        "This H5P activity never reports when it is done and does not count towards the "
        "lesson's completion rule: %(activities)s.",
        "These H5P activities never report when they are done and do not count towards the "
        "lesson's completion rule: %(activities)s.",
        len(silent),
    ) % {"activities": names}
