"""Random and hostile input at the forms test_fuzzing does not reach: sign-up, a quiz's
answers and its autosave endpoint, bulk enrolment, and the Academy's and Certificates' own
admin forms. The same rule: a page with a message or a save, never a server error, nothing
hostile shown back unescaped, and what was saved is shown escaped where people read it."""

import csv
import io
import uuid
import warnings
from decimal import Decimal
from urllib.parse import quote

import pytest
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.cache.backends.base import CacheKeyWarning
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape
from hypothesis import example, given, settings
from hypothesis import strategies as st

from academy.attempts import MAX_TEXT_ANSWER, grade_essay, start_attempt
from academy.models import Attempt, Enrollment, Response
from academy.services import enrol
from accounts.models import User
from certificates.models import CertificateTemplate, CourseCertificate, IssuedCertificate
from certificates.services import issue_certificate
from tests.config.test_fuzzing import FUZZ, MARKERS, VALUES, check, form
from tests.factories.academy import (
    AssessmentPageFactory,
    EnrollmentFactory,
    essay,
    every_question_type,
    form_data,
    short_answer,
)
from tests.factories.accounts import UserFactory
from tests.factories.certificates import template_in_three_languages

pytestmark = pytest.mark.django_db
#: The forms with the most fields and rules get more examples.
MORE = settings(FUZZ, max_examples=40)

SCRIPT, IMG = MARKERS.values()
STRONG_PASSWORD = "Kazakh-monitor-2026!"
#: One value where the form expects one, or several where it expects one.
ANY = st.one_of(VALUES, st.lists(VALUES, min_size=2, max_size=3))
#: Ids of records: none, huge, negative, or not numbers at all.
IDS = st.one_of(st.integers(min_value=-3, max_value=2**80), VALUES)


def shows_escaped(response, *texts):
    """check(), and on a page (not a redirect) each hostile value among ``texts`` is shown,
    escaped."""
    check(response)
    if response.status_code != 200:
        return
    body = response.content.decode(errors="replace")
    for hostile in MARKERS.values():
        if any(hostile in str(text) for text in texts):
            assert escape(hostile) in body, hostile


def id_in_path(value):
    return quote(str(value), safe="") or "0"


def message_levels(response):
    return {message.level_tag for message in get_messages(response.wsgi_request)}


# --- Sign-up ---------------------------------------------------------------------------------


@pytest.fixture
def signup_limit_raised(settings):
    # Every example signs up from the same address; the limit itself is tested elsewhere.
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "100000/m/ip"}


@st.composite
def signups(draw):
    data = draw(form(["first_name", "last_name", "organisation", "preferred_language"]))
    data["region"] = draw(st.one_of(VALUES, st.sampled_from(["KZ-35", "kz-35", ""])))
    data["work_groups"] = draw(ANY)
    data["email"] = draw(st.one_of(st.emails(), VALUES))
    password = draw(st.one_of(st.just(STRONG_PASSWORD), VALUES))
    data["password1"] = password
    data["password2"] = draw(st.one_of(st.just(password), VALUES))
    return data


@MORE
@given(data=signups())
@example(
    data={
        "first_name": SCRIPT,
        "last_name": IMG,
        "organisation": SCRIPT,
        "region": "KZ-35",
        "work_groups": [],
        "email": "hostile.name@example.org",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
    }
)
def test_signup_form(site_tree, signup_limit_raised, data):
    cache.clear()
    before = set(User.objects.values_list("pk", flat=True))
    response = Client().post("/en/accounts/signup/", data)
    assert response.status_code in (200, 302)
    # With errors the form comes back with what was typed, escaped.
    shows_escaped(response, data["first_name"], data["last_name"], data["organisation"])
    for user in User.objects.exclude(pk__in=before):
        assert response.status_code == 302
        reader = Client()
        reader.force_login(user)
        profile = reader.get("/en/accounts/profile/")
        assert profile.status_code == 200
        shows_escaped(profile, user.first_name, user.last_name, user.organisation)


# --- Quiz answers ----------------------------------------------------------------------------

CHOICE_IDS = [
    *(f"q1-{letter}" for letter in "abcz"),
    *(f"q2-{letter}" for letter in "abcd"),
    *(f"q5-{letter}" for letter in "abc"),
]
NUMBERS = ["1e999999999", "-1E+999999999", "1e-999999999", "1948,5", "١٩٤٨", "Infinity", "sNaN"]
ONE_ANSWER = st.one_of(
    VALUES,
    st.sampled_from([*CHOICE_IDS, *NUMBERS, "true", "false", "True", " q1-a"]),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
ANSWER = st.one_of(ONE_ANSWER, st.lists(ONE_ANSWER, min_size=2, max_size=4))
TEXT_ANSWER = st.one_of(
    ANSWER,
    st.text(st.characters(max_codepoint=0x1F), max_size=40),
    st.sampled_from(["x" * 10_000, "y" * (MAX_TEXT_ANSWER + 1)]),
)
#: Answers by question, as ``form_data`` takes them: every choice and pair id among them
#: becomes the attempt's token for it (valid in its own question, refused in another).
QUIZ_FIELDS = {
    "q1": ANSWER,
    "q2": ANSWER,
    "q3": ANSWER,
    "q4": TEXT_ANSWER,
    "q5": st.fixed_dictionaries(
        {}, optional={"q5-a": ANSWER, "q5-b": ANSWER, "q5-c": ANSWER, "q1-a": ANSWER}
    ),
    "q6": TEXT_ANSWER,
    "e1": TEXT_ANSWER,
    "unknown": ANSWER,
}
QUIZ_ANSWERS = st.fixed_dictionaries({}, optional=QUIZ_FIELDS)
WEIRD_BUT_VALID = {
    "q1": "q1-b",
    "q2": ["q2-a", "q2-d", "q2-a"],
    "q3": "false",
    "q4": f"{SCRIPT}\x00\x1b[31m",
    "q5": {"q5-a": "q5-c"},
    "q6": "1e999999999",
    "e1": IMG + "ы" * 6000,
}


@pytest.fixture
def quiz(course):
    """Every question type, and a short answer that takes numbers within a tolerance."""
    return AssessmentPageFactory(
        parent=course,
        slug="fuzz-quiz",
        questions=[
            *every_question_type(),
            short_answer("q6", accepted=("1948",), tolerance=1),
            essay("e1"),
        ],
    )


@pytest.fixture
def quiz_taker(client, trainee, course):
    enrol(user=trainee, course=course)
    client.force_login(trainee)
    return trainee


def attempt_url(quiz, attempt_id, route=""):
    return f"{quiz.url}attempt/{id_in_path(attempt_id)}/{route}"


def stored_answers(attempt):
    return dict(attempt.responses.values_list("question_id", "answer"))


def assert_well_formed(attempt):
    """Whatever was stored is one of the attempt's own choices, or text within the limit."""
    orders = {entry["id"]: set(entry.get("order", [])) for entry in attempt.layout}
    for question_id, answer in stored_answers(attempt).items():
        allowed = orders[question_id]
        if "choice" in answer:
            assert answer["choice"] in allowed
        if "choices" in answer:
            assert set(answer["choices"]) <= allowed
        if "pairs" in answer:
            assert set(answer["pairs"]) | set(answer["pairs"].values()) <= allowed
        if "value" in answer:
            assert answer["value"] in (True, False)
        if "text" in answer:
            assert len(answer["text"]) <= MAX_TEXT_ANSWER
            assert "\x00" not in answer["text"]


@MORE
@given(data=QUIZ_ANSWERS, submit=st.sampled_from([{}, {"submit": "1"}]))
@example(data=WEIRD_BUT_VALID, submit={})
@example(data=WEIRD_BUT_VALID, submit={"submit": "1"})
def test_quiz_answers(client, quiz_taker, quiz, course, academy_staff, data, submit):
    attempt = start_attempt(user=quiz_taker, assessment=quiz, course=course)
    before = stored_answers(attempt)
    response = client.post(attempt_url(quiz, attempt.pk), {**form_data(attempt, data), **submit})
    check(response)
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert_well_formed(attempt)
    if "error" in message_levels(response):
        assert attempt.status == Attempt.Status.IN_PROGRESS
        assert stored_answers(attempt) == before
    texts = [answer.get("text", "") for answer in stored_answers(attempt).values()]
    if attempt.status == Attempt.Status.AWAITING_GRADING:
        essay_response = attempt.responses.get(question_id="e1")
        grade_essay(response=essay_response, score=0, feedback="", by=academy_staff)
    page = client.get(response.url, follow=True)
    # In progress: the form shows the saved answers; graded: the review shows them.
    shows_escaped(page, *texts)


@MORE
@given(data=QUIZ_ANSWERS)
@example(data=WEIRD_BUT_VALID)
def test_quiz_autosave_endpoint(client, quiz_taker, quiz, course, data):
    attempt = start_attempt(user=quiz_taker, assessment=quiz, course=course)
    before = stored_answers(attempt)
    response = client.post(attempt_url(quiz, attempt.pk, "autosave/"), form_data(attempt, data))
    check(response)
    assert response.status_code in (200, 400)
    reply = response.json()
    assert reply["saved"] is (response.status_code == 200)
    if not reply["saved"]:
        assert reply["error"]
        assert stored_answers(attempt) == before
    attempt.refresh_from_db()
    assert_well_formed(attempt)
    assert client.get(attempt_url(quiz, attempt.pk, "autosave/")).status_code == 405


@pytest.fixture
def others_attempt(quiz, course):
    """Another trainee's attempt in progress, with an answer saved."""
    other = UserFactory()
    enrol(user=other, course=course)
    attempt = start_attempt(user=other, assessment=quiz, course=course)
    attempt.responses.create(
        question_id="q4", question_type="short_answer", answer={"text": "mine"}, max_score=1
    )
    return attempt


@FUZZ
@given(
    attempt_id=st.one_of(IDS, st.just("others")),
    route=st.sampled_from(["", "autosave/", "result/"]),
    data=QUIZ_ANSWERS,
    submit=st.sampled_from([{}, {"submit": "1"}]),
)
def test_quiz_wrong_attempt_ids(
    client, quiz_taker, quiz, others_attempt, attempt_id, route, data, submit
):
    attempt_id = others_attempt.pk if attempt_id == "others" else attempt_id
    # The other attempt's own tokens: right for its form, and still not theirs to post.
    data = form_data(others_attempt, data)
    response = client.post(attempt_url(quiz, attempt_id, route), {**data, **submit})
    check(response)
    assert response.status_code in (403, 404)
    others_attempt.refresh_from_db()
    assert others_attempt.status == Attempt.Status.IN_PROGRESS
    assert stored_answers(others_attempt) == {"q4": {"text": "mine"}}


def test_submitting_a_choice_of_another_question_is_refused_with_a_message(
    client, quiz_taker, quiz, course
):
    """Regression: a submission with an answer that is not one of the question's choices
    failed the request (AttemptRefused escaped the submit route) instead of saying so."""
    attempt = start_attempt(user=quiz_taker, assessment=quiz, course=course)
    data = form_data(attempt, {"q1": "q2-a"})
    response = client.post(attempt_url(quiz, attempt.pk), {**data, "submit": "1"})
    assert response.status_code == 302
    assert "error" in message_levels(response)
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert not attempt.responses.exists()


def test_a_huge_number_in_a_numeric_short_answer_scores_nothing(client, quiz_taker, quiz, course):
    """Regression: "1e999999999" for a short answer with a numeric tolerance overflowed
    Decimal's range while grading and failed the submission."""
    attempt = start_attempt(user=quiz_taker, assessment=quiz, course=course)
    response = client.post(attempt_url(quiz, attempt.pk), {"q-q6": "1e999999999", "submit": "1"})
    assert response.status_code == 302
    assert attempt.responses.get(question_id="q6").score == 0


# --- Bulk enrolment --------------------------------------------------------------------------

BULK = "/admin/academy/enrolments/bulk/"
MEMBERS = ["aigerim@example.org", "marat@example.org"]
GARBLED = [
    *(f"x{address}" for address in MEMBERS),
    *(f"{address}x" for address in MEMBERS),
    *(address.replace("@", "(at)") for address in MEMBERS),
    *(address.replace("@", "@@") for address in MEMBERS),
    *(f"{address}{SCRIPT}" for address in MEMBERS),
]
#: The members' addresses as people paste them: these enrol.
CLEAN = [*MEMBERS, *(address.upper() for address in MEMBERS), *(f"<{a}>" for a in MEMBERS)]
TOKENS = st.lists(st.one_of(VALUES, st.sampled_from(GARBLED), st.sampled_from(CLEAN)), max_size=6)
SEPARATORS = st.sampled_from(["\n", ",", "; ", "\r\n", "\t"])


def csv_of(rows):
    out = io.StringIO()
    csv.writer(out).writerows([row] for row in rows)
    return out.getvalue()


#: Under 1 MB, but one cell past the csv module's field limit.
UNCLOSED_QUOTE = b'email\n"' + b"a@example.org," * 12_000


def cells_of(upload):
    """The cells of an uploaded CSV file the form accepts (UTF-8, at most 1 MB)."""
    if upload is None or len(upload) > 1024 * 1024:
        return []
    try:
        text = upload.decode("utf-8-sig")
        return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    except (UnicodeDecodeError, csv.Error):
        return []


UPLOADS = st.one_of(
    st.none(),
    st.binary(max_size=300),
    TOKENS.map(lambda tokens: csv_of(tokens).encode()),
    TOKENS.map(lambda tokens: csv_of(tokens).encode("utf-16")),
    st.sampled_from([b"email\n" + b"a" * 1024 * 1024, UNCLOSED_QUOTE]),
)


@pytest.fixture
def members(db):
    return [UserFactory(email=address) for address in MEMBERS]


@MORE
@given(
    course_value=st.one_of(st.just("course"), VALUES),
    pasted=TOKENS,
    separator=SEPARATORS,
    upload=UPLOADS,
)
def test_bulk_enrolment(
    client, academy_staff, course, members, course_value, pasted, separator, upload
):
    client.force_login(academy_staff)
    before = set(Enrollment.objects.values_list("pk", flat=True))
    data = {
        "course": str(course.translation_key) if course_value == "course" else course_value,
        "emails": separator.join(pasted),
    }
    if upload is not None:
        data["csv_file"] = SimpleUploadedFile("trainees.csv", upload, "text/csv")
    response = client.post(BULK, data)
    shows_escaped(response, data["emails"])
    assert response.status_code == 200
    # Only an address as people paste it enrols, never one inside a garbled token.
    meant = {token.strip("<>").lower() for token in [*pasted, *cells_of(upload)] if token in CLEAN}
    enrolled = Enrollment.objects.exclude(pk__in=before).select_related("user")
    assert {enrollment.user.email for enrollment in enrolled} <= meant
    if enrolled:
        assert course_value == "course"
        assert {enrollment.course_key for enrollment in enrolled} == {course.translation_key}


# --- Certificates admin ----------------------------------------------------------------------

ISSUED = "/admin/certificates/issued/"
TEMPLATES = "/admin/snippets/certificates/certificatetemplate/"
COURSE_SETTINGS = "/admin/certificates/courses/"
#: What Wagtail's choosers and inline formsets survive (see test_upstream_admin_form_crashes):
#: ids that are whole numbers, row counts that are not numbers at all, a row's ORDER sent.
NUMERIC_IDS = st.integers(min_value=-3, max_value=2**80).map(str)
NOT_NUMBERS = VALUES.filter(lambda value: not value.strip().lstrip("+-").isdigit())
# Placeholders as staff type them, and ones that are not placeholders at all.
BODIES = st.one_of(
    VALUES,
    st.sampled_from(
        ["{holder_name} {course}", "{", "}{0}", "{holder_name.__class__}", "{score:>9}"]
    ),
)


@pytest.fixture
def staff_client(client, academy_staff):
    client.force_login(academy_staff)
    return client


def completed_trainee(course):
    holder = UserFactory()
    EnrollmentFactory(user=holder, course=course, status=Enrollment.Status.COMPLETED)
    return holder


@FUZZ
@given(
    email=st.one_of(VALUES, st.sampled_from(["graduate", "GRADUATE", "garbled", "not completed"])),
    course_key=st.one_of(st.just("course"), st.just(str(uuid.uuid4())), VALUES),
)
def test_issue_form(staff_client, graduate, certified_course, email, course_key):
    not_completed = UserFactory()
    email = {
        "graduate": graduate.email,
        "GRADUATE": graduate.email.upper(),
        "garbled": f" x{graduate.email}",
        "not completed": not_completed.email,
    }.get(email, email)
    course_key = str(certified_course.translation_key) if course_key == "course" else course_key
    before = set(IssuedCertificate.objects.values_list("pk", flat=True))
    response = staff_client.post(ISSUED + "issue/", {"email": email, "course_key": course_key})
    shows_escaped(response, email)
    issued = IssuedCertificate.objects.exclude(pk__in=before)
    for certificate in issued:
        assert response.status_code == 302
        assert certificate.holder == graduate
        assert graduate.email.lower() == email.strip().lower()
    assert set(IssuedCertificate.objects.values_list("holder", flat=True)) <= {graduate.pk}


@FUZZ
@given(course_key=st.one_of(st.just("course"), VALUES), job=VALUES)
def test_bulk_issue_form(staff_client, graduate, certified_course, course_key, job):
    course_key = str(certified_course.translation_key) if course_key == "course" else course_key
    check(staff_client.post(ISSUED + "bulk/", {"course_key": course_key}))
    with warnings.catch_warnings():
        # A job id is looked up only when it is one: no text of the visitor's in cache keys.
        warnings.simplefilter("error", CacheKeyWarning)
        check(staff_client.get(ISSUED + "bulk/", {"job": job}))
    assert set(IssuedCertificate.objects.values_list("holder", flat=True)) <= {graduate.pk}


@FUZZ
@given(
    data=form(["name", "title", "orientation", "signatories-0-name", "signatories-0-position"]),
    body=BODIES,
    images=st.fixed_dictionaries(
        {}, optional=dict.fromkeys(["background_image", "logo", "partner_logo"], NUMERIC_IDS)
    ),
    formset=st.fixed_dictionaries(
        {
            "signatories-TOTAL_FORMS": st.one_of(st.sampled_from(["0", "1"]), NOT_NUMBERS),
            "signatories-INITIAL_FORMS": st.one_of(st.just("0"), NOT_NUMBERS),
            # A row's ORDER that is no number crashes Wagtail when the form is invalid
            # (UPSTREAM_CRASHES, "a row whose ORDER is no number"): numbers only here.
            "signatories-0-ORDER": NUMERIC_IDS,
        },
        optional={
            "signatories-MAX_NUM_FORMS": VALUES,
            "signatories-0-signature": NUMERIC_IDS,
            "signatories-0-DELETE": VALUES,
        },
    ),
)
@example(
    data={
        "name": SCRIPT,
        "title": IMG,
        "orientation": "portrait",
        "signatories-0-name": SCRIPT,
        "signatories-0-position": IMG,
    },
    body=SCRIPT + " {holder_name}",
    images={},
    formset={
        "signatories-TOTAL_FORMS": "1",
        "signatories-INITIAL_FORMS": "0",
        "signatories-0-ORDER": "1",
    },
)
def test_certificate_template_form(staff_client, site_tree, data, body, images, formset):
    before = set(CertificateTemplate.objects.values_list("pk", flat=True))
    response = staff_client.post(TEMPLATES + "add/", {**data, "body": body, **images, **formset})
    shows_escaped(response, data["name"], data["title"], body)
    for template in CertificateTemplate.objects.exclude(pk__in=before):
        assert response.status_code == 302
        texts = [template.name, template.title, template.body]
        for signatory in template.signatories.all():
            texts += [signatory.name, signatory.position]
        shows_escaped(staff_client.get(f"{TEMPLATES}edit/{template.pk}/"), *texts)
        shows_escaped(staff_client.get(TEMPLATES), template.name, template.title)


@FUZZ
@given(
    data=form(["issue_automatically", "validity_months"]),
    template_id=st.one_of(st.just("template"), IDS),
    course_key=st.one_of(st.just("course"), VALUES),
)
def test_course_certificate_settings_form(
    staff_client, site_tree, locales, course, data, template_id, course_key
):
    CourseCertificate.objects.all().delete()
    template = template_in_three_languages(locales)
    data["template"] = str(template.pk) if template_id == "template" else template_id
    data["course_key"] = str(course.translation_key) if course_key == "course" else course_key
    response = staff_client.post(COURSE_SETTINGS + "new/", data)
    check(response)
    for saved in CourseCertificate.objects.all():
        assert response.status_code == 302
        assert saved.course_key == course.translation_key
        assert saved.validity_months is None or 0 <= saved.validity_months <= 32767
        check(staff_client.get(f"{COURSE_SETTINGS}edit/{saved.pk}/"))
    check(staff_client.get(COURSE_SETTINGS))


@FUZZ
@given(reason=VALUES, target=st.one_of(st.just("certificate"), IDS))
@example(reason=f"  {SCRIPT}\n{IMG}  ", target="certificate")
def test_revoke_form(staff_client, certified_course, reason, target):
    certificate = issue_certificate(
        holder=completed_trainee(certified_course), course_key=certified_course.translation_key
    )
    revoked_before = set(
        IssuedCertificate.objects.filter(revoked_at__isnull=False).values_list("pk", flat=True)
    )
    pk = certificate.pk if target == "certificate" else target
    response = staff_client.post(f"{ISSUED}revoke/{id_in_path(pk)}/", {"reason": reason})
    shows_escaped(response, reason)
    revoked = IssuedCertificate.objects.filter(revoked_at__isnull=False).exclude(
        pk__in=revoked_before
    )
    for certificate in revoked:
        assert str(certificate.pk) == str(pk)
        assert response.status_code == 302
        assert certificate.revoked_reason == reason.strip()
        assert certificate.revoked_reason and "\x00" not in certificate.revoked_reason
        for view in ("inspect", "audit"):
            page = staff_client.get(f"{ISSUED}{view}/{certificate.pk}/")
            assert page.status_code == 200
            shows_escaped(page, certificate.revoked_reason)
    if not revoked and response.status_code == 302:
        # Revoking again keeps the first revocation and its reason.
        assert str(pk) in {str(done) for done in revoked_before}


def test_course_certificate_settings_can_be_added_and_edited(
    staff_client, site_tree, locales, course
):
    """Regression: the course settings form had no model, so its add and edit pages failed
    for everyone ("ModelForm has no model class specified")."""
    template = template_in_three_languages(locales)
    assert staff_client.get(COURSE_SETTINGS + "new/").status_code == 200
    response = staff_client.post(
        COURSE_SETTINGS + "new/",
        {
            "course_key": str(course.translation_key),
            "template": str(template.pk),
            "issue_automatically": "on",
            "validity_months": "24",
        },
    )
    assert response.status_code == 302
    saved = CourseCertificate.objects.get()
    assert (saved.course_key, saved.template, saved.validity_months) == (
        course.translation_key,
        template,
        24,
    )
    assert staff_client.get(f"{COURSE_SETTINGS}edit/{saved.pk}/").status_code == 200


UPSTREAM_CRASHES = {
    # wagtail.admin.widgets.chooser.BaseChooser.get_instance looks the id up unguarded.
    "image chooser with a non-numeric id": {"signatories-0-signature": "abc"},
    # modelcluster's child formset reads the row's id outside validation.
    "an existing row without its id": {"signatories-INITIAL_FORMS": "1"},
    "an existing row with a non-numeric id": {
        "signatories-INITIAL_FORMS": "1",
        "signatories-0-id": "abc",
    },
    # Wagtail's InlinePanel sorts the rows of an invalid form by a cleaned ORDER that a row
    # sent without ORDER lacks (the browser always sends it).
    "more rows counted than sent": {"signatories-TOTAL_FORMS": "2", "name": ""},
    # Found again by CI's random examples: a deleted row whose ORDER is no number.
    "a row whose ORDER is no number": {
        "signatories-TOTAL_FORMS": "1",
        "signatories-0-ORDER": "<script>alert(1)</script>",
        "signatories-0-DELETE": "on",
        "orientation": "sideways",
    },
    "an empty row without ORDER": {
        "signatories-0-ORDER": "",
        "signatories-0-name": "",
        "signatories-0-position": "",
        "name": "",
    },
}


@pytest.mark.xfail(
    strict=True,
    reason="Wagtail 8 and modelcluster fail on these hand-made formset values; when this "
    "passes, upstream fixed it: widen NUMERIC_IDS and NOT_NUMBERS",
)
@pytest.mark.parametrize("tampered", UPSTREAM_CRASHES.values(), ids=list(UPSTREAM_CRASHES))
def test_upstream_admin_form_crashes(staff_client, site_tree, tampered):
    data = {
        "name": "Academy",
        "title": "Certificate",
        "body": "{holder_name}",
        "orientation": "portrait",
        "signatories-TOTAL_FORMS": "1",
        "signatories-INITIAL_FORMS": "0",
        "signatories-0-name": "A. Signer",
        "signatories-0-position": "Director",
        "signatories-0-ORDER": "1",
        **tampered,
    }
    staff_client.raise_request_exception = False
    check(staff_client.post(TEMPLATES + "add/", data))


# --- Grading essays and deciding requests ----------------------------------------------------

ESSAYS = "/admin/academy/attempts/essays/"
SCORES = st.one_of(
    VALUES,
    st.sampled_from(["0", "5", "4.99", "4.999", "5.01", "-0", "Infinity", "sNaN", "1e-2", "٣"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
GRADES = st.fixed_dictionaries({"score": SCORES, "feedback": VALUES})


def assert_graded_as_asked(response, essay_answer, grade):
    """A grade is stored only as it was given, within the question's points."""
    essay_answer.refresh_from_db()
    if response.status_code != 302:
        return False
    assert Decimal(0) <= essay_answer.score <= essay_answer.max_score
    assert essay_answer.score == Decimal(grade["score"].strip())
    assert essay_answer.feedback == grade["feedback"].strip()
    return True


def trainee_sees_feedback(essay_answer):
    """The trainee's result page shows the grader's feedback, escaped."""
    reader = Client()
    reader.force_login(essay_answer.attempt.user)
    page = reader.get(f"{essay_answer.attempt.page.url}attempt/{essay_answer.attempt_id}/result/")
    shows_escaped(page, essay_answer.feedback)


@FUZZ
@given(grade=GRADES, target=st.one_of(st.sampled_from(["essay", "choice"]), IDS))
@example(grade={"score": "2.5", "feedback": f" {SCRIPT}\n{IMG} "}, target="essay")
@example(grade={"score": "0", "feedback": "Not an essay."}, target="choice")
def test_staff_essay_grading_form(staff_client, essay_answer, grade, target):
    choice_answer = essay_answer.attempt.responses.get(question_id="q1")
    choice_score = choice_answer.score
    pk = {"essay": essay_answer.pk, "choice": choice_answer.pk}.get(target, target)
    response = staff_client.post(f"{ESSAYS}{id_in_path(pk)}/", grade)
    shows_escaped(response, grade["feedback"])
    choice_answer.refresh_from_db()
    assert choice_answer.score == choice_score
    if str(pk) == str(essay_answer.pk) and assert_graded_as_asked(response, essay_answer, grade):
        shows_escaped(staff_client.get(f"{ESSAYS}{essay_answer.pk}/"))
        trainee_sees_feedback(essay_answer)


@FUZZ
@given(grade=GRADES, target=st.one_of(st.sampled_from(["own", "other"]), IDS))
@example(grade={"score": "5", "feedback": SCRIPT}, target="own")
def test_mentor_essay_review_form(
    mentor_client, essay_answer, essay_assessment, other_pairing, course, grade, target
):
    others_essay = other_essay(other_pairing, essay_assessment, course)
    pk = {"own": essay_answer.pk, "other": others_essay.pk}.get(target, target)
    response = mentor_client.post(f"/en/mentoring/essays/{id_in_path(pk)}/", grade)
    shows_escaped(response, grade["feedback"])
    others_essay.refresh_from_db()
    assert (others_essay.score, others_essay.feedback) == (None, "")
    if str(pk) != str(essay_answer.pk):
        assert response.status_code == 404
    elif assert_graded_as_asked(response, essay_answer, grade):
        shows_escaped(mentor_client.get(f"/en/mentoring/essays/{essay_answer.pk}/"))
        trainee_sees_feedback(essay_answer)


def other_essay(pairing, assessment, course):
    """The submitted essay of another mentor's mentee, once."""
    found = Response.objects.filter(question_id="e1", attempt__user=pairing.mentee).first()
    if found:
        return found
    attempt = start_attempt(user=pairing.mentee, assessment=assessment, course=course)
    client = Client()
    client.force_login(pairing.mentee)
    client.post(f"{assessment.url}attempt/{attempt.pk}/", {"q-e1": "Theirs.", "submit": "1"})
    return attempt.responses.get(question_id="e1")


@FUZZ
@given(
    decision=st.one_of(st.sampled_from(["approve", "reject"]), ANY),
    target=st.one_of(st.just("pending"), IDS),
)
def test_enrolment_decision(staff_client, course, decision, target):
    pending = EnrollmentFactory(course=course, status=Enrollment.Status.PENDING)
    statuses = dict(Enrollment.objects.values_list("pk", "status"))
    pk = pending.pk if target == "pending" else target
    response = staff_client.post(
        f"/admin/academy/enrolments/decide/{id_in_path(pk)}/", {"decision": decision}
    )
    check(response)
    changed = {
        enrollment_pk: status
        for enrollment_pk, status in Enrollment.objects.values_list("pk", "status")
        if statuses[enrollment_pk] != status
    }
    if decision == "approve":
        assert set(changed.values()) <= {Enrollment.Status.ACTIVE}
    elif decision == "reject":
        assert set(changed.values()) <= {Enrollment.Status.REJECTED}
    else:
        assert not changed
    assert set(changed) <= {pending.pk} | ({int(str(pk))} if str(pk).isdigit() else set())
    check(staff_client.get(f"/admin/academy/enrolments/decide/{id_in_path(pk)}/"))


def test_the_essay_grading_form_refuses_an_answer_that_is_not_an_essay(staff_client, essay_answer):
    """Regression: the staff grading form took any answer's id, so posting a score to a
    single-choice answer's id replaced its machine score."""
    choice_answer = essay_answer.attempt.responses.get(question_id="q1")
    score = choice_answer.score
    assert staff_client.get(f"{ESSAYS}{choice_answer.pk}/").status_code == 404
    response = staff_client.post(f"{ESSAYS}{choice_answer.pk}/", {"score": "0", "feedback": "x"})
    assert response.status_code == 404
    choice_answer.refresh_from_db()
    assert (choice_answer.score, choice_answer.feedback) == (score, "")


def test_a_csv_file_with_a_quote_left_open_is_refused_with_a_message(
    client, academy_staff, course, members
):
    """Regression: a CSV file under 1 MB whose quote never closes makes one cell longer than
    the csv module's field limit; the form failed the request instead of refusing the file."""
    client.force_login(academy_staff)
    upload = SimpleUploadedFile("trainees.csv", UNCLOSED_QUOTE, "text/csv")
    response = client.post(BULK, {"course": str(course.translation_key), "csv_file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors["csv_file"] == ["The file could not be read as CSV."]
    assert not Enrollment.objects.exists()


def test_a_validity_past_the_columns_range_is_refused(staff_client, site_tree, locales, course):
    """Regression: on SQLite the course settings saved any number of months (32768 here,
    100000 makes the expiry date overflow when a certificate is issued); PostgreSQL's
    smallint refuses them, so now the form does on every database."""
    template = template_in_three_languages(locales)
    for months in ("32768", "100000"):
        response = staff_client.post(
            COURSE_SETTINGS + "new/",
            {
                "course_key": str(course.translation_key),
                "template": str(template.pk),
                "validity_months": months,
            },
        )
        assert response.status_code == 200
        assert response.context["form"].errors["validity_months"]
    assert not CourseCertificate.objects.exists()
