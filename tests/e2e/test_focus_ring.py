"""Every Tab stop shows a focus ring with at least 3:1 contrast against what is behind it
(WCAG 2.2 1.4.11 and 2.4.11), on the course page and the attempt form."""

import pytest

from academy.services import enrol
from tests.e2e.test_academy import log_in
from tests.factories.academy import (
    AcademyIndexPageFactory,
    AssessmentPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    every_question_type,
)
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MINIMUM_CONTRAST = 3

# For the focused element: the colours of its ring (outline and box-shadow spread, each at
# least 2 CSS px wide) and the first opaque background behind it.
FOCUS_STYLE = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const ring = [];
    if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) {
        ring.push(style.outlineColor);
    }
    for (const shadow of style.boxShadow.matchAll(/(rgba?\\([^)]*\\))([^,]*)/g)) {
        const lengths = shadow[2].trim().split(/\\s+/).map(parseFloat);
        if (lengths.length >= 4 && lengths[3] >= 2) ring.push(shadow[1]);
    }
    let behind = element.parentElement;
    let background = "rgb(255, 255, 255)";
    while (behind) {
        const colour = getComputedStyle(behind).backgroundColor;
        if (colour !== "transparent" && !colour.startsWith("rgba(0, 0, 0, 0)")) {
            background = colour;
            break;
        }
        behind = behind.parentElement;
    }
    const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
        + " " + (element.innerText || element.value || "").trim().slice(0, 30);
    return {name, ring, background};
}"""


def luminance(colour):
    channels = colour[colour.index("(") + 1 : colour.index(")")].split(",")
    red, green, blue = (float(channel) for channel in channels[:3])

    def linear(channel):
        channel /= 255
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def weak_focus_rings(page, url):
    """Tab from the top of the page to its end; each stop whose ring is too faint."""
    page.goto(url)
    weak, seen = [], set()
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break
        focus = page.evaluate(FOCUS_STYLE)
        if focus["name"] in seen and page.evaluate("document.activeElement.matches('.skip-link')"):
            break
        seen.add(focus["name"])
        best = max((contrast(colour, focus["background"]) for colour in focus["ring"]), default=0)
        if best < MINIMUM_CONTRAST:
            weak.append((focus["name"], focus["ring"], focus["background"], round(best, 2)))
    assert len(seen) > 10, seen
    return weak


def test_every_tab_stop_of_the_course_page_and_the_attempt_form_has_a_visible_ring(
    page, site_tree, screenshot
):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course = CoursePageFactory(parent=catalogue, title="Fair trial basics")
    LessonPageFactory(parent=course, title="Rights at trial", required=False)
    quiz = AssessmentPageFactory(parent=course, questions=every_question_type())
    trainee = UserFactory()
    enrol(user=trainee, course=course)
    log_in(page, trainee)

    assert weak_focus_rings(page, course.url) == []
    page.goto(quiz.url)
    page.get_by_role("button", name="Start the assessment").click()
    page.wait_for_url("**/attempt/*/")
    assert weak_focus_rings(page, page.url) == []
    page.locator("main button[type=submit]").last.focus()
    screenshot("focused-submit")
