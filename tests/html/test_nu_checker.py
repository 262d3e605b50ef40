"""The Nu HTML Checker finds no error on any page type, in English, Russian and Kazakh.

The pages are those of the demo site (``seed_demo``), as each kind of visitor sees them; they
are saved as files and checked in one run of vnu.jar (npm ``vnu-jar``), which takes seconds
to start. Java comes from the system (Debian's ``default-jre-headless``).
"""

import json
import os
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from academy.models import AssessmentPage, Attempt, LessonPage, Response
from accounts.models import User
from certificates.models import IssuedCertificate
from cms.models import ArticlePage, CampaignPage, EventPage, HomePage, NewsIndexPage, StandardPage
from mentorship.models import MentorshipProgrammePage, Pairing
from tests.conftest import LANGUAGES

# The one message we keep, on purpose. The H5P player comes from another host
# (H5P_CONTENT_ORIGIN) that shares no cookies with the site, so allow-same-origin hands it
# only its own origin, which it needs to load its files (served Cross-Origin-Resource-Policy:
# same-origin) and to keep its state; the sandbox still forbids popups and navigating the
# site's window. The checker warns against the pair for a frame of the page's own origin.
ACCEPTED = ("Setting both “allow-scripts” and “allow-same-origin” is not recommended",)
VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules/vnu-jar/build/dist/vnu.jar"

pytestmark = pytest.mark.django_db


def java_or_skip():
    java = shutil.which("java")
    missing = None if java else "java is not installed (apt-get install default-jre-headless)"
    if not missing and not VNU_JAR.exists():
        missing = "vnu-jar is not installed (npm ci)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{missing}: the Nu HTML Checker must run in CI")
        pytest.skip(missing)
    return java


def client_of(email=None):
    client = Client()
    if email:
        client.force_login(User.objects.get(email=email))
    return client


def page_in(model, language, **filters):
    return model.objects.live().filter(locale__language_code=language, **filters).first()


def h5p_lesson(language):
    for lesson in LessonPage.objects.live().filter(locale__language_code=language):
        if any(block.block_type == "h5p" for block in lesson.body):
            return lesson
    raise AssertionError(f"the demo has no H5P lesson in {language}")


def pages_of_every_type(language):
    """(name, client, URL, expected status) for every page type in one language."""
    visitor = client_of()
    trainee = client_of("trainee@demo.local")
    mentor = client_of("mentor@demo.local")
    assessment = page_in(AssessmentPage, language)
    course = assessment.get_parent().specific
    graded = (
        Attempt.objects.filter(user__email="trainee@demo.local")
        .exclude(status=Attempt.Status.IN_PROGRESS)
        .first()
    )
    started = trainee.post(assessment.url + "start/")
    assert started.status_code == 302, started
    pairing = Pairing.objects.get(
        mentor__email="mentor@demo.local", mentee__email="trainee@demo.local"
    )
    certificate = IssuedCertificate.objects.first()
    pages = [
        ("home", visitor, page_in(HomePage, language).url, 200),
        ("standard", visitor, page_in(StandardPage, language).url, 200),
        ("news-index", visitor, page_in(NewsIndexPage, language).url, 200),
        ("article", visitor, page_in(ArticlePage, language).url, 200),
        ("campaign", visitor, page_in(CampaignPage, language).url, 200),
        ("event", visitor, page_in(EventPage, language).url, 200),
        ("course-visitor", visitor, course.url, 200),
        ("course", trainee, course.url, 200),
        ("lesson", trainee, page_in(LessonPage, language).url, 200),
        ("lesson-h5p", trainee, h5p_lesson(language).url, 200),
        ("assessment", trainee, assessment.url, 200),
        ("attempt", trainee, started["Location"], 200),
        ("result", trainee, f"{assessment.url}attempt/{graded.pk}/result/", 200),
        ("my-learning", trainee, f"/{language}/my-learning/", 200),
        ("my-mentoring", trainee, f"/{language}/my-mentoring/", 200),
        ("my-certificates", trainee, f"/{language}/my-certificates/", 200),
        ("profile", trainee, f"/{language}/accounts/profile/", 200),
        ("programme", mentor, page_in(MentorshipProgrammePage, language).url, 200),
        ("mentoring", mentor, f"/{language}/mentoring/", 200),
        ("mentee", mentor, f"/{language}/mentoring/mentees/{pairing.pk}/", 200),
        ("meeting-form", mentor, f"/{language}/mentoring/mentees/{pairing.pk}/meetings/new/", 200),
        ("goal-form", mentor, f"/{language}/mentoring/pairings/{pairing.pk}/goals/new/", 200),
        ("lookup", visitor, f"/{language}/verify/", 200),
        ("verify", visitor, f"/{language}/verify/{certificate.token}/", 200),
        ("signup", visitor, f"/{language}/accounts/signup/", 200),
        ("login", visitor, f"/{language}/accounts/login/", 200),
        ("search", visitor, f"/{language}/search/?q=court", 200),
        ("403", trainee, f"/{language}/mentoring/", 403),
        ("404", visitor, f"/{language}/no-such-page/", 404),
    ]
    essay = Response.objects.filter(score__isnull=True).first()
    if essay is not None:
        pages.append(("review-essay", mentor, f"/{language}/mentoring/essays/{essay.pk}/", 200))
    return pages


def test_every_page_type_is_valid_html_in_three_languages(
    settings, tmp_path, django_capture_on_commit_callbacks
):
    java = java_or_skip()
    settings.DEBUG = True  # the demo accounts exist only with DEBUG
    with django_capture_on_commit_callbacks(execute=True):  # the demo certificate is issued
        call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    settings.DEBUG = False  # the 403 and 404 pages of the site, not Django's debug pages

    files = []
    for language in LANGUAGES:
        for name, client, url, status in pages_of_every_type(language):
            response = client.get(url)
            assert response.status_code == status, f"{language} {name} {url}"
            path = tmp_path / f"{language}-{name}.html"
            path.write_bytes(response.content)
            files.append(str(path))

    run = subprocess.run(  # noqa: S603 (our own jar, our own files)
        [java, "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(run.stderr)["messages"]
    errors = [
        f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}: "
        f"{message['message']} [{message.get('extract', '').strip()}]"
        for message in messages
        if message["type"] in ("error", "non-document-error")
        and not any(accepted in message["message"] for accepted in ACCEPTED)
    ]
    assert not errors, "\n".join(errors)
