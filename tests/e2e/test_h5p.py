"""H5P in a real browser: the activity plays from the content host inside the lesson, the
answer is scored and completes the lesson; and a library's script cannot reach the site."""

import json

import pytest

from academy.models import H5PResult, H5PStatement, LessonCompletion
from academy.services import enrol
from accounts.roles import Role
from tests.e2e.conftest import ARTIFACTS, AXE_SCRIPT
from tests.e2e.test_academy import log_in
from tests.factories.academy import AcademyIndexPageFactory, course_with_lessons
from tests.factories.accounts import UserFactory
from tests.factories.h5p import truefalse_files, uploaded_activity, with_json

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SPY = b"""
(function () {
  function attempt(read) {
    try { return read(); } catch (e) { return "blocked: " + e.name; }
  }
  var found = {
    own: document.cookie,
    parent: attempt(function () { return window.parent.document.cookie; }),
    top: attempt(function () { return window.top.document.cookie; }),
    storage: attempt(function () { return String(window.parent.localStorage.length); }),
  };
  document.documentElement.setAttribute("data-spy", JSON.stringify(found));
})();
"""


@pytest.fixture
def two_origins(live_server, settings):
    """The site on localhost, the content host on 127.0.0.1: two origins, as in production."""
    site = live_server.url
    content = site.replace("localhost", "127.0.0.1")
    assert site != content
    settings.SITE_URL = site
    settings.H5P_CONTENT_ORIGIN = content
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {**directives, "frame-src": [*directives["frame-src"], content]}
    }
    return site, content


@pytest.fixture
def page(strict_page):
    """Here the page enforces every Content-Security-Policy, the player's included."""
    return strict_page


def lesson_with(activity, site_tree, rule="h5p-score", min_score=100):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course, lessons = course_with_lessons(catalogue, lessons=2, title="Fair trial basics")
    lesson = lessons[0]
    lesson.body = [("paragraph", "<p>Decide.</p>"), ("h5p", {"activity": activity})]
    lesson.completion_rule, lesson.completion_min_score = rule, min_score
    lesson.save_revision().publish()
    return course, lesson


def test_trainee_plays_the_activity_and_the_score_completes_the_lesson(
    page, two_origins, site_tree, screenshot
):
    _site, content_origin = two_origins
    staff = UserFactory(role=Role.ACADEMY_STAFF)
    activity = uploaded_activity(staff, title="Is this false?")
    course, lesson = lesson_with(activity, site_tree)
    course.sequential = True
    course.save_revision().publish()
    trainee = UserFactory(first_name="Aigerim")
    enrol(user=trainee, course=course)

    log_in(page, trainee)
    page.goto(lesson.url)
    assert page.get_by_text("score at least 100%").is_visible()
    status_panel = page.locator("[data-lesson-status]")
    # The next lesson is locked until this one is done: no link leads there yet.
    assert status_panel.locator("a[rel=next]").count() == 0
    assert page.get_by_role("button", name="Mark as done").count() == 0
    frame_element = page.locator("iframe.h5p-activity__frame")
    assert frame_element.get_attribute("src").startswith(content_origin + "/h5p/")
    player = page.frame_locator("iframe.h5p-activity__frame")
    player.get_by_text("Is this false?").wait_for()
    screenshot("activity")

    player.get_by_role("radio", name="False").click()
    player.get_by_role("button", name="Check").click()
    page.wait_for_selector("body[data-lesson-completed=true]")
    assert page.get_by_role("status").filter(has_text="Lesson completed.").is_visible()
    # The status panel is updated in place, without a reload, and now leads on.
    assert status_panel.get_by_text("You have completed this lesson.").is_visible()
    assert status_panel.get_by_text("score at least 100%").count() == 0
    assert status_panel.locator("a[rel=next]").is_visible()
    screenshot("answered")

    result = H5PResult.objects.get(user=trainee, activity=activity)
    assert (result.best_score, result.max_score, result.completed) == (1, 1, True)
    assert H5PStatement.objects.filter(user=trainee, verb="answered").exists()
    # Our player gives every statement an id; none is keyed by its content.
    assert not H5PStatement.objects.filter(statement_key__startswith="sha256:").exists()
    assert LessonCompletion.objects.filter(user=trainee, lesson_key=lesson.translation_key).exists()
    page.reload()
    assert page.get_by_text("You have completed this lesson.").is_visible()
    assert page.violations == []


def test_a_library_script_cannot_read_the_sites_cookies(page, two_origins, site_tree):
    site, _content = two_origins
    files = with_json(
        truefalse_files(),
        "H5P.TrueFalse-1.6/library.json",
        lambda library: library["preloadedJs"].append({"path": "scripts/spy.js"}),
    )
    files["H5P.TrueFalse-1.6/scripts/spy.js"] = SPY
    staff = UserFactory(role=Role.ACADEMY_STAFF)
    activity = uploaded_activity(staff, files=files, title="Hostile")
    course, lesson = lesson_with(activity, site_tree)
    trainee = UserFactory()
    enrol(user=trainee, course=course)

    log_in(page, trainee)
    page.goto(lesson.url)
    site_cookies = {c["name"]: c["value"] for c in page.context.cookies(site)}
    assert "sessionid" in site_cookies and "csrftoken" in site_cookies
    # The control: a script in the site's own origin does see the CSRF cookie.
    assert site_cookies["csrftoken"] in page.evaluate("document.cookie")

    frame = page.frame_locator("iframe.h5p-activity__frame")
    frame.locator("html[data-spy]").wait_for(state="attached")
    found = json.loads(frame.locator("html").get_attribute("data-spy"))
    assert site_cookies["csrftoken"] not in found["own"]
    assert site_cookies["sessionid"] not in found["own"]
    assert found["parent"].startswith("blocked: SecurityError")
    assert found["top"].startswith("blocked: SecurityError")
    assert found["storage"].startswith("blocked: SecurityError")


def test_the_lesson_with_an_activity_is_accessible_and_fits_320px(
    browser, live_server, two_origins, site_tree
):
    staff = UserFactory(role=Role.ACADEMY_STAFF)
    activity = uploaded_activity(staff, title="Is this false?")
    course, lesson = lesson_with(activity, site_tree)
    trainee = UserFactory()
    enrol(user=trainee, course=course)
    # axe-core is injected as an inline script, which the site's policy refuses.
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 320, "height": 800}, bypass_csp=True
    )
    page = context.new_page()
    log_in(page, trainee)
    page.goto(lesson.url)
    page.frame_locator("iframe.h5p-activity__frame").get_by_text("Is this false?").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    frame_box = page.locator("iframe.h5p-activity__frame").bounding_box()
    assert frame_box["width"] <= 320 and frame_box["height"] >= 150
    page.add_script_tag(path=str(AXE_SCRIPT))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        violation["id"]
        for violation in results["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert serious == []
    page.screenshot(path=str(ARTIFACTS / "test_h5p_lesson-320.png"), full_page=True)
    context.close()
