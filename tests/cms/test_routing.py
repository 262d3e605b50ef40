"""Routing from the home page (cms/routing.py) reaches what Wagtail's own routing reaches, for
every kind of path, in two queries instead of two per level."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms import routing
from cms.models import HomePage
from tests.factories.academy import (
    AcademyIndexPageFactory,
    AssessmentPageFactory,
    CoursePageFactory,
    LessonPageFactory,
)
from tests.factories.cms import StandardPageFactory

pytestmark = pytest.mark.django_db


def outcome(route, home, path):
    """What a route gives for a path: the page (id and class) and, for a routable page's
    own URL, its view and arguments; or 404."""
    components = [part for part in path.split("/") if part]
    try:
        result = route(home, RequestFactory().get("/"), components)
    except Http404:
        return "404"
    page, args, kwargs = result
    if args:
        view, view_args, view_kwargs = args
        args = (view.__func__, tuple(view_args), view_kwargs)
    return page.pk, type(page), args, kwargs


def wagtail_route(home, request, components):
    return Page.route(home, request, components)


def our_route(home, request, components):
    return home.route(request, components)


@pytest.fixture
def tree(site_tree):
    home = site_tree.homes["en"]
    academy = AcademyIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=academy, slug="fair-trial")
    LessonPageFactory(parent=course, slug="lesson-1")
    AssessmentPageFactory(parent=course, slug="final-quiz")
    # A lesson named like the course's own "enrol/" URL: the course's URL wins while the
    # course is live; under an unpublished course, Wagtail reaches the lesson.
    LessonPageFactory(parent=course, slug="enrol")
    draft_course = CoursePageFactory(parent=academy, slug="draft-course", live=False)
    LessonPageFactory(parent=draft_course, slug="enrol")
    LessonPageFactory(parent=draft_course, slug="draft-lesson", live=False)
    # An unpublished section still leads to its published child.
    draft_section = StandardPageFactory(parent=home, slug="draft-section", live=False)
    StandardPageFactory(parent=draft_section, slug="published-child")
    # Deeper than the levels read in one query.
    parent = home
    for level in range(routing.MAX_LEVELS + 3):
        parent = StandardPageFactory(parent=parent, slug=f"level-{level}")
    # As a request finds it: fresh from the database (treebeard trusts an instance's
    # count of children).
    return HomePage.objects.get(pk=home.pk)


PATHS = [
    "",
    "about",
    "news",
    "news/interpreters",
    "news/feed",
    "news/interpreters/feed",
    "forum",
    "open-courts",
    "academy",
    "academy/fair-trial",
    "academy/fair-trial/unenrol",
    "academy/fair-trial/enrol",
    "academy/fair-trial/lesson-1",
    "academy/fair-trial/lesson-1/complete",
    "academy/fair-trial/lesson-1/extra",
    "academy/fair-trial/final-quiz",
    "academy/fair-trial/final-quiz/start",
    "academy/fair-trial/final-quiz/attempt/7",
    "academy/fair-trial/final-quiz/attempt/7/autosave",
    "academy/fair-trial/final-quiz/attempt/7/result",
    "academy/fair-trial/final-quiz/attempt/seven",
    "academy/draft-course",
    "academy/draft-course/enrol",
    "academy/draft-course/draft-lesson",
    "academy/no-such-course",
    "academy/no-such-course/lesson-1",
    "draft-section",
    "draft-section/published-child",
    "draft-section/published-child/nothing",
    "no-such-page",
    "about/no-such-page",
    "/".join(f"level-{level}" for level in range(routing.MAX_LEVELS + 3)),
    "/".join(f"level-{level}" for level in range(routing.MAX_LEVELS + 3)) + "/missing",
    "/".join(f"level-{level}" for level in range(routing.MAX_LEVELS)),
    "level-0/level-2",
]


@pytest.mark.parametrize("path", PATHS)
def test_every_path_reaches_what_wagtail_reaches(tree, path):
    expected = outcome(wagtail_route, tree, path)
    assert outcome(our_route, tree, path) == expected


def test_the_paths_cover_pages_routes_and_refusals(tree):
    outcomes = [outcome(wagtail_route, tree, path) for path in PATHS]
    assert outcomes.count("404") >= 8
    assert sum(1 for result in outcomes if result != "404" and result[2]) >= 8
    assert outcome(wagtail_route, tree, "academy/fair-trial/enrol")[1].__name__ == "CoursePage"
    assert outcome(wagtail_route, tree, "academy/draft-course/enrol")[1].__name__ == "LessonPage"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_each_language_routes_from_its_own_home(site_tree, language):
    home = HomePage.objects.get(pk=site_tree.homes[language].pk)
    for page in (site_tree.about, site_tree.news, site_tree.articles):
        path = page[language].url_path[len(home.url_path) :]
        assert outcome(our_route, home, path)[0] == page[language].pk
        assert outcome(our_route, home, path) == outcome(wagtail_route, home, path)


def test_a_quiz_attempt_is_routed_in_two_queries_where_wagtail_takes_six(tree):
    components = ["academy", "fair-trial", "final-quiz", "attempt", "7"]
    request = RequestFactory().get("/")
    with CaptureQueriesContext(connection) as wagtail_queries:
        Page.route(tree, request, components)
    with CaptureQueriesContext(connection) as our_queries:
        result = tree.route(request, components)
    assert result.page.slug == "final-quiz"
    assert len(wagtail_queries) == 6
    assert len(our_queries) == 2


def test_a_page_deleted_between_the_two_queries_falls_back_to_wagtail(tree, monkeypatch):
    lesson = Page.objects.get(slug="lesson-1")
    pages_along = routing._pages_along

    def then_delete(root, levels):
        rows = pages_along(root, levels)
        lesson.delete()
        return rows

    monkeypatch.setattr(routing, "_pages_along", then_delete)
    assert outcome(our_route, tree, "academy/fair-trial/lesson-1") == "404"
