"""Role by URL: every URL the project defines and every page type, for seven kinds of visitor.

What counts as a URL of the project (``walked_keys`` finds them, and each needs a row in MATRIX):

- every pattern written in ``config/urls.py`` or in one of our apps' ``urls.py``, that is whose
  nearest urlconf module belongs to one of OUR_APPS: the public views, the mentoring pages, the
  profile, the certificates, search, sitemap, robots, the health check and the reports;
- every admin URL of a viewset that our apps register (``viewsets.py``, ``choosers.py``, through
  ``wagtail_hooks.py``: the Academy, Certificates and Mentoring menus and the person choosers)
  and of the snippet viewsets and choosers that ``register_snippet`` makes for our models, found
  by namespace in Wagtail's viewset registry; and the settings form of each of our settings
  models. Wagtail's own viewsets stay out even for our models (its user admin for our User);
- the allauth URLs mounted under ``/<lang>/accounts/`` (sign-in, sign-up, sign-out, password,
  e-mail, re-authentication): allauth's code, but pages of our site, so an allauth upgrade that
  adds one adds a row;
- every page type of our apps (``wagtail.models.get_page_models()``) and each named route of a
  routable one (``RoutablePageMixin``); the route at "" is the page itself.

Not counted: Wagtail's and wagtail-localize's own URLs (the page explorer and editor, images,
documents, users, locales, translations, the catch-all page route that the page rows stand for)
and the media URL that exists only with DEBUG. One exception is written out by hand: the admin
URLs of the mentorship programme page, because its editor, history and revisions show who
mentors whom (personal data for staff only).

Row ids: the namespaced URL name; ``page:<app>.<Model>`` and ``page:<app>.<Model>:<route>``;
``settings:<app>.<Model>``; ``<URL name>@<app>.<Model>`` for a page type's admin URL. Each row
is one GET in English (for a POST-only route, what a GET does), its parameters filled from the
records below (PARAMETERS): "other trainee" and "other mentor" ask for records that are not
theirs. A new URL, page type or route without a row fails ``test_every_url_has_a_row``; a row
whose URL is gone fails ``test_every_row_still_has_its_url``.

The records are built once for the module and rolled back after its last test; every cell is a
test of its own, named by row id and role.
"""

import dataclasses
import datetime
import functools
from urllib.parse import urlsplit

import pytest
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import NoReverseMatch, URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.admin.viewsets import viewsets as admin_viewsets
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Locale, get_page_models
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.attempts import start_attempt, submit_attempt
from academy.models import H5PActivity
from academy.services import enrol
from accounts.roles import Role
from bench.models import BaselinePage
from cms.models import FundingStatement, SiteSettings
from core.development_media import serve_development_media
from tests.conftest import LANGUAGES, build_site_tree
from tests.factories.academy import (
    AcademyIndexPageFactory,
    AssessmentPageFactory,
    course_with_lessons,
    essay,
    form_data,
    single_choice,
)
from tests.factories.accounts import UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages
from tests.factories.cms import translate
from tests.factories.mentorship import (
    GoalFactory,
    MeetingFactory,
    MentorshipProgrammePageFactory,
    PairingFactory,
)
from tests.reports.conftest import certificate, kept_for_the_module

pytestmark = pytest.mark.django_db

OUR_APPS = {
    "accounts",
    "academy",
    "bench",
    "certificates",
    "cms",
    "config",
    "mentorship",
    "reports",
}
ROLES = ("anonymous", "trainee", "other_trainee", "mentor", "other_mentor", "editor", "staff")


# --- What a cell can expect ----------------------------------------------------------------

OK, FORBIDDEN, NOT_FOUND, NOT_ALLOWED = 200, 403, 404, 405


@dataclasses.dataclass(frozen=True)
class Redirect:
    """A 302 to a place of ``World.place`` (or a URL name); ``message``: the person is told why."""

    to: str
    message: bool = False

    def __repr__(self):
        return f"302 to {self.to}" + (" with a message" if self.message else "")


LOGIN = Redirect("login")  # the site's sign-in page, with ?next= back here
ADMIN_LOGIN = Redirect("admin_login")  # Wagtail's sign-in: no admin access (and a message)
DENIED = Redirect("admin_home", message=True)  # Wagtail's refusal: the dashboard and an error
TO_COURSE = Redirect("course", message=True)  # a course item for someone not studying the course
TO_PAGE = Redirect("page")  # a POST-only page route answers a GET with its page
HOME = Redirect("home")  # allauth sends a signed-in person on from sign-in and sign-up

# The rows most URLs share. Columns, here and in every row:
#   anonymous, trainee, other trainee, mentor, other mentor, editor, staff
PUBLIC = (OK, OK, OK, OK, OK, OK, OK)
SIGNED_IN = (LOGIN, OK, OK, OK, OK, OK, OK)
STAFF_ADMIN = (ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, DENIED, OK)
NO_ROLE_ADMIN = (ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, DENIED, DENIED)
ANY_ADMIN = (ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, OK, OK)
# Reports refuse as the rest of the admin does.
STAFF_REPORT = STAFF_ADMIN
# The programme page's admin: staff only, since it shows who mentors whom.
PROGRAMME_ADMIN = STAFF_ADMIN


# --- The table -----------------------------------------------------------------------------

#: Expected answer of every URL and page type, per role (columns as above).
MATRIX = {
    # config/urls.py
    "healthz": PUBLIC,
    "sitemap": PUBLIC,
    "robots_txt": PUBLIC,
    "favicon": (301,) * 7,  # to the static PNG
    "verify_any_language": (Redirect("verify"),) * 7,  # the QR code's address, to /<lang>/
    "search": PUBLIC,
    # academy/urls.py
    "academy:my_learning": SIGNED_IN,
    # H5P: the player posts statements (POST only); the player page and package files are
    # served on the content host alone, so the site answers 404 to everyone
    # (tests/academy/h5p covers the content host and the statements).
    "academy:h5p_statements": (NOT_ALLOWED,) * 7,
    "h5p:player": (NOT_FOUND,) * 7,
    "h5p:file": (NOT_FOUND,) * 7,
    # certificates/urls.py: the holder alone downloads the PDF; staff use the admin.
    "lookup_certificate": PUBLIC,
    "verify_certificate": PUBLIC,
    "my_certificates": SIGNED_IN,
    "download_certificate": (LOGIN, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK),
    # mentorship/urls.py: mentor pages are for mentors and staff (403 for others), and a
    # pairing outside the person's own is a 404.
    "mentorship:dashboard": (LOGIN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, OK),
    "mentorship:mentee": (LOGIN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN, OK),
    "mentorship:log_meeting": (LOGIN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN, OK),
    "mentorship:set_goal": (LOGIN, OK, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, OK),
    "mentorship:goal_status": (LOGIN, *(NOT_ALLOWED,) * 6),  # POST only
    "mentorship:review_essay": (LOGIN, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN, OK),
    "mentorship:my_mentoring": SIGNED_IN,
    # accounts/urls.py
    "accounts:profile": SIGNED_IN,
    "accounts:personal_data": SIGNED_IN,
    "accounts:delete": SIGNED_IN,
    # allauth, under /<lang>/accounts/ (the key in confirmation and reset links is not valid)
    "account_login": (OK, *(HOME,) * 6),
    "account_signup": (OK, *(HOME,) * 6),
    "account_logout": (Redirect("home"), *(OK,) * 6),
    "account_inactive": PUBLIC,
    "account_email": SIGNED_IN,
    "account_email_verification_sent": PUBLIC,
    "account_confirm_email": PUBLIC,
    "account_change_password": SIGNED_IN,
    "account_set_password": (LOGIN, *(Redirect("account_change_password"),) * 6),
    "account_reset_password": PUBLIC,
    "account_reset_password_done": PUBLIC,
    "account_reset_password_from_key": PUBLIC,
    "account_reset_password_from_key_done": PUBLIC,
    "account_reauthenticate": SIGNED_IN,
    "account_request_reauthentication_code": SIGNED_IN,
    "account_confirm_reauthentication_code": (
        LOGIN,
        *(Redirect("account_request_reauthentication_code"),) * 6,
    ),
    "account_confirm_login_code": (LOGIN, *(HOME,) * 6),  # no sign-in by code under way
    # reports/urls.py
    "academy_reports:courses": STAFF_REPORT,
    "academy_reports:courses_results": STAFF_REPORT,
    "academy_reports:course": STAFF_REPORT,
    "academy_reports:course_results": STAFF_REPORT,
    "academy_reports:questions": STAFF_REPORT,
    "academy_reports:questions_results": STAFF_REPORT,
    "academy_reports:mentorship": STAFF_REPORT,
    "academy_reports:mentorship_results": STAFF_REPORT,
    "academy_reports:certificates": STAFF_REPORT,
    "academy_reports:certificates_results": STAFF_REPORT,
    "academy_reports:trainees": STAFF_REPORT,
    "academy_reports:trainees_results": STAFF_REPORT,
    # cms/admin_urls.py: the translation editor's "Save draft" and "Submit for moderation"
    # (POST only; tests/cms/test_translation_moderation.py posts them).
    "cms_translation_moderation:submit": (*(ADMIN_LOGIN,) * 5, NOT_ALLOWED, NOT_ALLOWED),
    # Admin, Academy menu (academy/viewsets.py). Staff have no delete permission anywhere, nor
    # add on attempts; enrolments are added by staff (bulk enrolment uses the same permission).
    # No admin form writes an enrolment's or attempt's status: their edit URL shows the record
    # (inspect) to those who may read it, and status changes through the staff actions.
    "enrollment:index": STAFF_ADMIN,
    "enrollment:index_results": STAFF_ADMIN,
    # "Add" leads to the bulk enrolment form (by e-mail address), which is for staff.
    "enrollment:add": (
        *(ADMIN_LOGIN,) * 5,
        Redirect("enrollment:bulk"),
        Redirect("enrollment:bulk"),
    ),
    "enrollment:edit": (*(ADMIN_LOGIN,) * 5, DENIED, Redirect("enrollment_record")),
    "enrollment:delete": NO_ROLE_ADMIN,
    "enrollment:history": STAFF_ADMIN,
    "enrollment:history_results": STAFF_ADMIN,
    "enrollment:usage": STAFF_ADMIN,
    "enrollment:inspect": STAFF_ADMIN,
    "enrollment:bulk": STAFF_ADMIN,
    "enrollment:decide": STAFF_ADMIN,
    "enrollment:withdraw": STAFF_ADMIN,
    "enrollment:reinstate": STAFF_ADMIN,
    "enrollment:complete": STAFF_ADMIN,
    "enrollment:audit": STAFF_ADMIN,
    "attempt:index": STAFF_ADMIN,
    "attempt:index_results": STAFF_ADMIN,
    "attempt:add": NO_ROLE_ADMIN,
    "attempt:edit": (*(ADMIN_LOGIN,) * 5, DENIED, Redirect("attempt_record")),
    "attempt:delete": NO_ROLE_ADMIN,
    "attempt:history": STAFF_ADMIN,
    "attempt:history_results": STAFF_ADMIN,
    "attempt:usage": STAFF_ADMIN,
    "attempt:inspect": STAFF_ADMIN,
    "attempt:regrade": STAFF_ADMIN,
    "attempt:essays": STAFF_ADMIN,
    "attempt:grade_essay": STAFF_ADMIN,
    "attempt:audit": STAFF_ADMIN,
    # Admin, Certificates menu (certificates/viewsets.py). Certificates are issued through
    # "issue", never added as rows; they are revoked, never deleted.
    "issued_certificate:index": STAFF_ADMIN,
    "issued_certificate:index_results": STAFF_ADMIN,
    "issued_certificate:add": NO_ROLE_ADMIN,
    "issued_certificate:edit": STAFF_ADMIN,
    "issued_certificate:delete": NO_ROLE_ADMIN,
    "issued_certificate:history": STAFF_ADMIN,
    "issued_certificate:history_results": STAFF_ADMIN,
    "issued_certificate:usage": STAFF_ADMIN,
    "issued_certificate:inspect": STAFF_ADMIN,
    "issued_certificate:issue": STAFF_ADMIN,
    "issued_certificate:bulk": STAFF_ADMIN,
    "issued_certificate:revoke": STAFF_ADMIN,
    "issued_certificate:reissue": STAFF_ADMIN,
    "issued_certificate:audit": STAFF_ADMIN,
    "course_certificate:index": STAFF_ADMIN,
    "course_certificate:index_results": STAFF_ADMIN,
    "course_certificate:add": STAFF_ADMIN,
    "course_certificate:edit": STAFF_ADMIN,
    "course_certificate:delete": NO_ROLE_ADMIN,
    "course_certificate:history": STAFF_ADMIN,
    "course_certificate:history_results": STAFF_ADMIN,
    "course_certificate:usage": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:list": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:list_results": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:add": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:edit": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:copy": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:delete": NO_ROLE_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:history": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:history_results": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:usage": STAFF_ADMIN,
    "wagtailsnippets_certificates_certificatetemplate:audit": STAFF_ADMIN,
    # H5P activities: editors upload activities that reuse installed libraries (the form
    # refuses new libraries to anyone without the install permission); only staff delete.
    "wagtailsnippets_academy_h5pactivity:list": ANY_ADMIN,
    "wagtailsnippets_academy_h5pactivity:list_results": ANY_ADMIN,
    "wagtailsnippets_academy_h5pactivity:add": ANY_ADMIN,
    "wagtailsnippets_academy_h5pactivity:edit": ANY_ADMIN,
    "wagtailsnippets_academy_h5pactivity:copy": ANY_ADMIN,
    "wagtailsnippets_academy_h5pactivity:delete": STAFF_ADMIN,
    "wagtailsnippets_academy_h5pactivity:history": ANY_ADMIN,
    "wagtailsnippets_academy_h5pactivity:history_results": ANY_ADMIN,
    "wagtailsnippets_academy_h5pactivity:usage": ANY_ADMIN,
    "wagtailsnippetchoosers_academy_h5pactivity:choose": ANY_ADMIN,
    "wagtailsnippetchoosers_academy_h5pactivity:choose_results": ANY_ADMIN,
    "wagtailsnippetchoosers_academy_h5pactivity:chosen": ANY_ADMIN,
    "wagtailsnippetchoosers_academy_h5pactivity:chosen_multiple": ANY_ADMIN,
    "wagtailsnippetchoosers_academy_h5pactivity:create": ANY_ADMIN,
    # Snippet choosers open to every admin user (Wagtail's rule for choosers): templates and
    # funding statements hold no personal data. Creating one from the chooser is for staff.
    "wagtailsnippetchoosers_certificates_certificatetemplate:choose": ANY_ADMIN,
    "wagtailsnippetchoosers_certificates_certificatetemplate:choose_results": ANY_ADMIN,
    "wagtailsnippetchoosers_certificates_certificatetemplate:chosen": ANY_ADMIN,
    "wagtailsnippetchoosers_certificates_certificatetemplate:chosen_multiple": ANY_ADMIN,
    "wagtailsnippetchoosers_certificates_certificatetemplate:create": STAFF_ADMIN,
    # Admin, Mentoring menu (mentorship/viewsets.py): staff read pairings and their audit;
    # pairings are edited in the programme page, so no role edits them here: the edit URL
    # shows the pairing (inspect) to staff.
    "pairing:index": STAFF_ADMIN,
    "pairing:index_results": STAFF_ADMIN,
    "pairing:add": NO_ROLE_ADMIN,
    "pairing:edit": (*(ADMIN_LOGIN,) * 5, DENIED, Redirect("pairing_record")),
    "pairing:inspect": STAFF_ADMIN,
    "pairing:delete": NO_ROLE_ADMIN,
    "pairing:history": NO_ROLE_ADMIN,
    "pairing:history_results": NO_ROLE_ADMIN,
    "pairing:usage": NO_ROLE_ADMIN,
    "pairing:audit": STAFF_ADMIN,
    # The person choosers of the programme editor (mentorship/choosers.py) list people: staff
    # only, also "chosen-multiple", which answers names for a list of ids.
    "mentor_chooser:choose": STAFF_ADMIN,
    "mentor_chooser:choose_results": STAFF_ADMIN,
    "mentor_chooser:chosen": STAFF_ADMIN,
    "mentor_chooser:chosen_multiple": STAFF_ADMIN,
    "mentor_chooser:create": NO_ROLE_ADMIN,
    "mentee_chooser:choose": STAFF_ADMIN,
    "mentee_chooser:choose_results": STAFF_ADMIN,
    "mentee_chooser:chosen": STAFF_ADMIN,
    "mentee_chooser:chosen_multiple": STAFF_ADMIN,
    "mentee_chooser:create": NO_ROLE_ADMIN,
    # Admin, cms: the footer's funding statement and the site settings.
    "wagtailsnippets_cms_fundingstatement:list": STAFF_ADMIN,
    "wagtailsnippets_cms_fundingstatement:list_results": STAFF_ADMIN,
    "wagtailsnippets_cms_fundingstatement:add": STAFF_ADMIN,
    "wagtailsnippets_cms_fundingstatement:edit": STAFF_ADMIN,
    "wagtailsnippets_cms_fundingstatement:copy": STAFF_ADMIN,
    "wagtailsnippets_cms_fundingstatement:delete": NO_ROLE_ADMIN,
    "wagtailsnippets_cms_fundingstatement:history": STAFF_ADMIN,
    "wagtailsnippets_cms_fundingstatement:history_results": STAFF_ADMIN,
    "wagtailsnippets_cms_fundingstatement:usage": STAFF_ADMIN,
    "wagtailsnippetchoosers_cms_fundingstatement:choose": ANY_ADMIN,
    "wagtailsnippetchoosers_cms_fundingstatement:choose_results": ANY_ADMIN,
    "wagtailsnippetchoosers_cms_fundingstatement:chosen": ANY_ADMIN,
    "wagtailsnippetchoosers_cms_fundingstatement:chosen_multiple": ANY_ADMIN,
    "wagtailsnippetchoosers_cms_fundingstatement:create": STAFF_ADMIN,
    "settings:cms.SiteSettings": STAFF_ADMIN,
    # Page types (cms, academy, mentorship, bench) and their routes. Lessons and assessments
    # are for staff and trainees enrolled in the course; the others go back to the course.
    "page:cms.HomePage": PUBLIC,
    "page:cms.StandardPage": PUBLIC,
    "page:cms.NewsIndexPage": PUBLIC,
    "page:cms.NewsIndexPage:feed_route": PUBLIC,
    "page:cms.ArticlePage": PUBLIC,
    "page:cms.CampaignPage": PUBLIC,
    "page:cms.EventPage": PUBLIC,
    "page:academy.AcademyIndexPage": PUBLIC,
    "page:academy.CoursePage": PUBLIC,
    "page:academy.CoursePage:enrol_route": (TO_PAGE,) * 7,  # POST only
    "page:academy.CoursePage:unenrol_route": (TO_PAGE,) * 7,  # POST only
    "page:academy.LessonPage": (LOGIN, OK, OK, TO_COURSE, TO_COURSE, TO_COURSE, OK),
    "page:academy.LessonPage:complete_route": (  # POST only
        LOGIN,
        TO_PAGE,
        TO_PAGE,
        TO_COURSE,
        TO_COURSE,
        TO_COURSE,
        TO_PAGE,
    ),
    "page:academy.AssessmentPage": (LOGIN, OK, OK, TO_COURSE, TO_COURSE, TO_COURSE, OK),
    "page:academy.AssessmentPage:start_route": (  # POST only
        LOGIN,
        TO_PAGE,
        TO_PAGE,
        TO_COURSE,
        TO_COURSE,
        TO_COURSE,
        TO_PAGE,
    ),
    # The trainee's own attempt, submitted: its form sends them to its result. Anyone else's
    # attempt does not exist for them, staff included (they read attempts in the admin).
    "page:academy.AssessmentPage:attempt_route": (
        LOGIN,
        Redirect("result"),
        NOT_FOUND,
        TO_COURSE,
        TO_COURSE,
        TO_COURSE,
        NOT_FOUND,
    ),
    "page:academy.AssessmentPage:autosave_route": (  # POST only
        LOGIN,
        NOT_ALLOWED,
        NOT_FOUND,
        TO_COURSE,
        TO_COURSE,
        TO_COURSE,
        NOT_FOUND,
    ),
    "page:academy.AssessmentPage:result_route": (
        LOGIN,
        OK,
        NOT_FOUND,
        TO_COURSE,
        TO_COURSE,
        TO_COURSE,
        NOT_FOUND,
    ),
    "page:mentorship.MentorshipProgrammePage": PUBLIC,  # shows the courses, never the pairings
    "page:bench.BaselinePage": PUBLIC,
    # The programme page in the admin: its editor, history, revisions, comparisons and
    # previews show the pairings, so editors (who edit the rest of the tree) are refused.
    "wagtailadmin_pages:edit@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:history@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:history_results@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    # Wagtail's old address of the revisions: a bare redirect to the history, refused above.
    "wagtailadmin_pages:revisions_index@mentorship.MentorshipProgrammePage": (
        *(ADMIN_LOGIN,) * 5,
        Redirect("page_history"),
        Redirect("page_history"),
    ),
    "wagtailadmin_pages:revisions_view@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:revisions_compare@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:revisions_revert@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:view_draft@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:preview_on_edit@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:workflow_history@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:usage@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:copy@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:move@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:unpublish@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
    "wagtailadmin_pages:delete@mentorship.MentorshipProgrammePage": PROGRAMME_ADMIN,
}


# --- The people and the records they reach for ----------------------------------------------


@dataclasses.dataclass
class World:
    people: dict
    pages: dict
    settings: dict
    enrollment: object
    attempt: object
    essay_answer: object
    certificate: object
    pairing: object
    goal: object
    template: object
    course_certificate: object
    funding_statement: object
    h5p_activity: object

    def place(self, name, page=None):
        """The path a Redirect names: a place below, or a URL name."""
        course, assessment = self.pages["academy.CoursePage"], self.pages["academy.AssessmentPage"]
        places = {
            "login": lambda: reverse("account_login"),
            "admin_login": lambda: reverse("wagtailadmin_login"),
            "admin_home": lambda: reverse("wagtailadmin_home"),
            "root": lambda: "/",
            "home": lambda: self.pages["cms.HomePage"].url,
            "course": lambda: course.url,
            "page": lambda: page.url,
            "page_history": lambda: reverse("wagtailadmin_pages:history", args=[page.pk]),
            "result": lambda: (
                assessment.url + assessment.reverse_subpage("result_route", args=[self.attempt.pk])
            ),
            "verify": lambda: reverse("verify_certificate", args=[self.certificate.token]),
            "enrollment_record": lambda: reverse("enrollment:inspect", args=[self.enrollment.pk]),
            "attempt_record": lambda: reverse("attempt:inspect", args=[self.attempt.pk]),
            "pairing_record": lambda: reverse("pairing:inspect", args=[self.pairing.pk]),
        }
        return places[name]() if name in places else reverse(name)


@pytest.fixture(scope="module")
def media_roots(tmp_path_factory):
    return {
        "MEDIA_ROOT": tmp_path_factory.mktemp("media"),
        "PRIVATE_MEDIA_ROOT": tmp_path_factory.mktemp("private-media"),
    }


@pytest.fixture(autouse=True)
def _media_root(settings, media_roots):
    # Replaces tests/conftest.py's: the certificate's PDF is stored once, for the module.
    for name, root in media_roots.items():
        setattr(settings, name, root)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, media_roots):
    with kept_for_the_module(django_db_blocker), override_settings(**media_roots):
        yield build_world()


def build_world():
    """The trainee: enrolled in the course, with a submitted attempt (an essay waiting), a
    certificate and a mentor. The other trainee is enrolled in the same course, so that it is
    the records' owner, not the course, that stops them; the other mentor has no pairing."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    tree = build_site_tree(locales)
    home = tree.homes["en"]
    catalogue = AcademyIndexPageFactory(parent=home)
    for code in ["ru", "kk"]:
        translate(catalogue, code, title=f"Academy {code}")
    course, (lesson,) = course_with_lessons(catalogue, lessons=1, slug="monitoring")
    assessment = AssessmentPageFactory(
        parent=course, questions=[single_choice("q1"), essay("e1")], pass_mark=50
    )
    baseline = home.add_child(instance=BaselinePage(title="Baseline", slug="baseline"))

    people = {
        "anonymous": None,
        "trainee": UserFactory(role=Role.TRAINEE),
        "other_trainee": UserFactory(role=Role.TRAINEE),
        "mentor": UserFactory(role=Role.MENTOR),
        "other_mentor": UserFactory(role=Role.MENTOR),
        "editor": UserFactory(role=Role.EDITOR),
        "staff": UserFactory(role=Role.ACADEMY_STAFF),
    }
    trainee = people["trainee"]
    enrollment = enrol(user=trainee, course=course)
    enrol(user=people["other_trainee"], course=course)

    programme = MentorshipProgrammePageFactory(parent=catalogue)
    programme.courses.set([course])
    programme.save_revision().publish()
    pairing = PairingFactory(programme=programme, mentor=people["mentor"], mentee=trainee)
    MeetingFactory(pairing=pairing)
    goal = GoalFactory(pairing=pairing)
    # A second revision, holding the pairing, to compare with the first.
    programme.refresh_from_db()
    programme.save_revision()

    attempt = start_attempt(user=trainee, assessment=assessment, course=course)
    attempt = submit_attempt(
        attempt_id=attempt.pk,
        user=trainee,
        data=form_data(
            attempt,
            {"q1": "q1-a", "e1": "The hearing was public and the defendant had a lawyer."},
        ),
    )
    issued = certificate(trainee, course, timezone.now() - datetime.timedelta(days=1))
    issued.pdf.save(f"{issued.serial}.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    template = template_in_three_languages(locales)

    return World(
        people=people,
        pages={
            "cms.HomePage": home,
            "cms.StandardPage": tree.about["en"],
            "cms.NewsIndexPage": tree.news["en"],
            "cms.ArticlePage": tree.articles["en"],
            "cms.CampaignPage": tree.campaigns["en"],
            "cms.EventPage": tree.forums["en"],
            "academy.AcademyIndexPage": catalogue,
            "academy.CoursePage": course,
            "academy.LessonPage": lesson,
            "academy.AssessmentPage": assessment,
            "mentorship.MentorshipProgrammePage": programme,
            "bench.BaselinePage": baseline,
        },
        settings={"cms.SiteSettings": SiteSettings.for_site(home.get_site())},
        enrollment=enrollment,
        attempt=attempt,
        essay_answer=attempt.responses.get(question_id="e1"),
        certificate=issued,
        pairing=pairing,
        goal=goal,
        template=template,
        course_certificate=course_certificate(course, template),
        funding_statement=FundingStatement.objects.get(locale=locales["en"]),
        h5p_activity=H5PActivity.objects.create(
            title="True or false", package="h5p/packages/true-false.h5p"
        ),
    )


#: What fills a URL's parameters, looked up as "<row id>:<parameter>", then
#: "<namespace>:<parameter>", then "<parameter>".
PARAMETERS = {
    "enrollment:pk": lambda w: w.enrollment.pk,
    "attempt:pk": lambda w: w.attempt.pk,
    "attempt:grade_essay:pk": lambda w: w.essay_answer.pk,
    "issued_certificate:pk": lambda w: w.certificate.pk,
    "course_certificate:pk": lambda w: w.course_certificate.pk,
    "wagtailsnippets_certificates_certificatetemplate:pk": lambda w: w.template.pk,
    "wagtailsnippetchoosers_certificates_certificatetemplate:pk": lambda w: w.template.pk,
    "wagtailsnippets_cms_fundingstatement:pk": lambda w: w.funding_statement.pk,
    "wagtailsnippetchoosers_cms_fundingstatement:pk": lambda w: w.funding_statement.pk,
    "wagtailsnippets_academy_h5pactivity:pk": lambda w: w.h5p_activity.pk,
    "wagtailsnippetchoosers_academy_h5pactivity:pk": lambda w: w.h5p_activity.pk,
    "academy:h5p_statements:lesson_id": lambda w: w.pages["academy.LessonPage"].pk,
    "academy:h5p_statements:activity_id": lambda w: w.h5p_activity.pk,
    "h5p:file:path": lambda w: "h5p.json",
    "pairing:pk": lambda w: w.pairing.pk,
    "mentor_chooser:pk": lambda w: w.people["mentor"].pk,
    "mentee_chooser:pk": lambda w: w.people["trainee"].pk,
    "mentorship:pk": lambda w: w.pairing.pk,
    "mentorship:goal_status:pk": lambda w: w.goal.pk,
    "mentorship:review_essay:pk": lambda w: w.essay_answer.pk,
    "academy_reports:course_key": lambda w: w.pages["academy.CoursePage"].translation_key,
    "token": lambda w: w.certificate.token,
    "serial": lambda w: w.certificate.serial,
    "key": lambda w: "not-a-valid-key",
    "uidb36": lambda w: "2",
    "attempt_id": lambda w: w.attempt.pk,
    # POST only: a GET is refused before the translation is looked up.
    "cms_translation_moderation:submit:translation_id": lambda w: 1,
}


def page_admin_parameters(page):
    """A page type's admin URLs take the page, and its first and last revisions."""
    revisions = list(page.revisions.order_by("created_at", "pk").values_list("pk", flat=True))
    return {
        "page_id": page.pk,
        "page_to_move_id": page.pk,
        "pk": page.pk,
        "revision_id": revisions[0],
        "revision_id_a": revisions[0],
        "revision_id_b": revisions[-1],
    }


#: Query strings: a chooser asked for the names behind a list of ids, a report for a quiz.
QUERIES = {
    "mentor_chooser:chosen_multiple": lambda w: {"id": w.people["mentor"].pk},
    "mentee_chooser:chosen_multiple": lambda w: {"id": w.people["trainee"].pk},
    "academy_reports:questions": lambda w: {
        "assessment": w.pages["academy.AssessmentPage"].translation_key
    },
}


# --- The walk ------------------------------------------------------------------------------


def _module_name(urlconf):
    return urlconf if isinstance(urlconf, str) else getattr(urlconf, "__name__", None)


def all_patterns(resolver=None, namespace="", owner="config.urls"):
    """(URL id, pattern, the urlconf module it is written in) for every pattern."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from all_patterns(entry, inner, _module_name(entry.urlconf_name) or owner)
        else:
            name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
            yield name or str(entry.pattern), entry, owner


def our_admin_namespaces():
    """Namespaces of the admin viewsets our apps register, and of the snippet viewsets and
    choosers Wagtail makes for our models."""
    namespaces = set()
    for viewset in admin_viewsets.viewsets:
        model = getattr(viewset, "model", None)
        app = getattr(getattr(model, "_meta", None), "app_label", None)
        ours = type(viewset).__module__.split(".")[0] in OUR_APPS or (
            app in OUR_APPS and isinstance(viewset, SnippetViewSet | SnippetChooserViewSet)
        )
        if ours:
            namespaces.add(viewset.url_namespace)
    return namespaces


@functools.cache
def project_urls():
    """{URL id: pattern} for every URL of the project, by the rule in the module docstring."""
    patterns = list(all_patterns())  # loads the URLconf, and so the admin's viewsets, first
    namespaces = our_admin_namespaces()
    urls = {}
    for key, pattern, owner in patterns:
        if pattern.callback is serve_development_media:
            continue  # the media URL, with DEBUG only (tests/config/test_development_media.py)
        package = owner.split(".")[0]
        if package in OUR_APPS or package == "allauth" or key.split(":")[0] in namespaces:
            urls[key] = pattern
    return urls


def our_page_models():
    return [model for model in get_page_models() if model._meta.app_label in OUR_APPS]


def routes(model):
    """The named routes of a routable page type, but the one at "" (the page itself)."""
    if not issubclass(model, RoutablePageMixin):
        return {}
    return {route.name: route for route in model.get_subpage_urls() if str(route.pattern)}


def walked_keys():
    keys = set(project_urls())
    for model in our_page_models():
        keys.add(f"page:{model._meta.label}")
        keys.update(f"page:{model._meta.label}:{name}" for name in routes(model))
    keys.update(
        f"settings:{model._meta.label}"
        for model in settings_registry
        if model._meta.app_label in OUR_APPS
    )
    return keys


# --- From a row to a request ----------------------------------------------------------------


def fill(world, key, pattern, given=None):
    namespace = key.split(":")[0]
    kwargs = {}
    for name in pattern.pattern.regex.groupindex:
        if given and name in given:
            kwargs[name] = str(given[name])
            continue
        lookup = next(
            (f for f in (f"{key}:{name}", f"{namespace}:{name}", name) if f in PARAMETERS), None
        )
        assert lookup, f"{key}: add to PARAMETERS what fills <{name}>"
        kwargs[name] = str(PARAMETERS[lookup](world))
    return kwargs


def address(world, key):
    """(URL, query, the page the row is about) of a row."""
    query = QUERIES[key](world) if key in QUERIES else {}
    if key.startswith("page:"):
        label, _, route = key.removeprefix("page:").partition(":")
        page = world.pages[label]
        if not route:
            return page.url, query, page
        kwargs = fill(world, key, routes(type(page))[route])
        return page.url + page.reverse_subpage(route, kwargs=kwargs), query, page
    if key.startswith("settings:"):
        instance = world.settings[key.removeprefix("settings:")]
        meta = instance._meta
        # A site setting's form is addressed by its site, not by its own id.
        target = getattr(instance, "site_id", instance.pk)
        url = reverse("wagtailsettings:edit", args=[meta.app_label, meta.model_name, target])
        return url, query, None
    if "@" in key:
        name, _, label = key.partition("@")
        page = world.pages[label]
        kwargs = fill(world, name, page_admin_pattern(name), page_admin_parameters(page))
        return reverse(name, kwargs=kwargs), query, page
    return reverse(key, kwargs=fill(world, key, project_urls()[key])), query, None


def page_admin_pattern(name):
    for key, pattern, _owner in all_patterns():
        if key == name:
            return pattern
    raise NoReverseMatch(name)


def answer(response):
    if response.status_code in (301, 302):
        return f"{response.status_code} to {urlsplit(response['Location']).path}"
    return str(response.status_code)


def cells():
    return [
        pytest.param(key, role, expected, id=f"{key}-{role}")
        for key, row in MATRIX.items()
        for role, expected in zip(ROLES, row, strict=False)
    ]


@pytest.mark.parametrize(("key", "role", "expected"), cells())
def test_role_by_url(client, world, key, role, expected):
    url, query, page = address(world, key)
    if world.people[role]:
        client.force_login(world.people[role])
    response = client.get(url, query)
    where = f"GET {url} as {role}: expected {expected!r}, got {answer(response)}"
    if isinstance(expected, Redirect):
        assert response.status_code == 302, where
        assert urlsplit(response["Location"]).path == world.place(expected.to, page), where
        if expected.message:
            assert list(get_messages(response.wsgi_request)), f"{where}, without a message"
    else:
        assert response.status_code == expected, where


# --- The table covers the project, and only it ----------------------------------------------


def test_every_row_has_a_cell_for_every_role():
    assert {key: len(row) for key, row in MATRIX.items() if len(row) != len(ROLES)} == {}


def test_every_url_has_a_row():
    missing = walked_keys() - set(MATRIX)
    assert not missing, "URLs or page types without a row in MATRIX:\n" + "\n".join(sorted(missing))


def test_every_row_still_has_its_url():
    walked = walked_keys()
    gone = set()
    for key in MATRIX:
        if "@" in key:
            name, _, label = key.partition("@")
            if label not in {model._meta.label for model in our_page_models()}:
                gone.add(key)
            try:
                page_admin_pattern(name)
            except NoReverseMatch:
                gone.add(key)
        elif key not in walked:
            gone.add(key)
    assert not gone, "Rows for URLs that no longer exist:\n" + "\n".join(sorted(gone))
