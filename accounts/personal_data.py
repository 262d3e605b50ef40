"""What the platform keeps about a person: their download of it, and the erasure of their account.

Each app registers a section in its ``AppConfig.ready()``: what it exports, how it erases, the
models it answers for, and, if it must, a question to ask or a reason to refuse. ``accounts``
therefore never imports the apps that build on it.

The erasure rule (also in the README, and tested):

- The account row stays as an anonymous placeholder: no e-mail, no name, no organisation,
  region or groups, no password, no roles; it can never sign in again. Learning records point
  at it, so course figures (enrolled, completed, scores, question analysis) do not change.
- Text the person wrote, or that was written about them, is erased: essay and short answers,
  graders' feedback to them, mentoring focus, meeting minutes and goals of their pairings,
  mentors' private notes on them (deleted), in the records and in their change history.
- Certificates: the holder chooses. *Keep* leaves them valid and verifiable, with the name
  printed on them (the snapshot on the certificate is the one place the name survives).
  *Withdraw* revokes them and erases the name from them, their history and their PDF files.
- Editorial work in the CMS (pages, revisions, images, comments) belongs to the organisation
  and stays, credited to "Deleted account".
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

SECTIONS = []

# Models that hold a user but are not part of the download, and why (the tests check that
# every model with a user is either exported by a section or named here).
NOT_EXPORTED = {
    # Every page type's owner and lock live in this one table.
    "wagtailcore.Page": "pages are the organisation's content; their owner becomes anonymous",
    "wagtailcore.Revision": "editorial history of the organisation's content",
    "wagtailcore.PageLogEntry": "editorial audit log of the organisation's content",
    "wagtailcore.ModelLogEntry": "editorial audit log; the account's own entries are renamed",
    "wagtailcore.Comment": "editorial comments on the organisation's pages",
    "wagtailcore.CommentReply": "editorial comments on the organisation's pages",
    "wagtailcore.WorkflowState": "moderation of the organisation's pages",
    "wagtailcore.TaskState": "moderation of the organisation's pages",
    "wagtailcore.PageSubscription": "an editor's notification setting, deleted on erasure",
    "wagtailcore.UploadedFile": "a temporary upload, deleted on erasure",
    "wagtailcore.APIToken": "a credential, deleted on erasure",
    "wagtailadmin.EditingSession": "a technical lock while editing, deleted on erasure",
    "wagtailadmin.FormState": "a technical draft of an admin form, deleted on erasure",
    "wagtailusers.UserProfile": "admin preferences (avatar, admin language), deleted on erasure",
    "wagtailimages.Image": "the organisation's media library",
    "wagtaildocs.Document": "the organisation's media library",
    "wagtail_localize.StringTranslation": "editorial translation work",
    "wagtail_localize.SegmentOverride": "editorial translation work",
}


@dataclass
class PersonalDataSection:
    """One app's part of a person's data."""

    name: str
    models: tuple
    export: Callable
    erase: Callable
    question: Callable = None  # (user) -> form field to ask before erasing, or None
    refusal: Callable = None  # (user) -> why the account cannot be erased now, or None
    order: int = 50


def register_section(section: PersonalDataSection) -> None:
    """Add (or replace, by name) an app's section."""
    SECTIONS[:] = [existing for existing in SECTIONS if existing.name != section.name]
    SECTIONS.append(section)
    SECTIONS.sort(key=lambda existing: existing.order)


def export_personal_data(user) -> dict:
    """Everything kept about the person, section by section, ready for JSON."""
    return {
        "exported_at": timezone.now(),
        **{section.name: section.export(user) for section in SECTIONS},
    }


def erasure_refusal(user):
    """Why the account cannot be erased now (a sentence for the person), or None."""
    for section in SECTIONS:
        reason = section.refusal(user) if section.refusal else None
        if reason:
            return reason
    return None


def erasure_questions(user) -> dict:
    """Form fields, by name, for the choices the person must make before erasing."""
    questions = {}
    for section in SECTIONS:
        asked = section.question(user) if section.question else None
        if asked:
            questions[section.name] = asked
    return questions


class ErasureRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def erase_account(user, answers=None) -> None:
    """Erase the person's account by the rule above, all or nothing. ``answers`` holds the
    choices asked by ``erasure_questions`` (by section name)."""
    reason = erasure_refusal(user)
    if reason:
        raise ErasureRefused(reason)
    answers = answers or {}
    with transaction.atomic():
        # The account section runs last: the others still find the person's details.
        for section in SECTIONS:
            section.erase(user, answers.get(section.name))


# --- The account itself ----------------------------------------------------------------------


def export_account(user) -> dict:
    from allauth.account.models import EmailAddress

    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "organisation": user.organisation,
        "region": user.region,
        "preferred_language": user.preferred_language,
        "groups_worked_with": [group.code for group in user.work_groups.all()],
        "roles": [group.name for group in user.groups.all()],
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user)
        ],
    }


def erase_account_row(user, _answer=None) -> None:
    """The account becomes an anonymous placeholder that can never sign in."""
    from allauth.account.models import EmailAddress
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    EmailAddress.objects.filter(user=user).delete()
    for label in TECHNICAL_RECORDS:
        _model(label).objects.filter(user=user).delete()
    _model("wagtailcore.UploadedFile").objects.filter(uploaded_by_user=user).delete()
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(user), object_id=str(user.pk)
    ).update(label=f"#{user.pk}")
    user.work_groups.clear()
    user.groups.clear()
    user.user_permissions.clear()
    user.email = f"erased-{user.pk}@erased.invalid"
    user.first_name = user.last_name = user.organisation = user.region = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.erased_at = timezone.now()
    # An unusable password also ends every session the person still has open elsewhere.
    user.set_unusable_password()
    user.save()


TECHNICAL_RECORDS = (
    "wagtailusers.UserProfile",
    "wagtailcore.PageSubscription",
    "wagtailcore.APIToken",
    "wagtailadmin.EditingSession",
    "wagtailadmin.FormState",
)


def _model(label):
    from django.apps import apps

    return apps.get_model(label)


ACCOUNT_SECTION = PersonalDataSection(
    name="account",
    models=("accounts.User", "account.EmailAddress"),
    export=export_account,
    erase=erase_account_row,
    order=1000,
)
