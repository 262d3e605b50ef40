import pytest

from tests.html.outline import landmarks, repeated_landmarks

pytestmark = pytest.mark.django_db


def test_finds_a_russian_article_by_a_word_of_its_body(client, site_tree):
    response = client.get("/ru/search/", {"q": "переводчик"})
    assert response.status_code == 200
    results = list(response.context["page_obj"].object_list)
    assert [page.pk for page in results] == [site_tree.articles["ru"].pk]


def test_results_are_limited_to_the_current_language(client, site_tree):
    response = client.get("/en/search/", {"q": "переводчик"})
    assert list(response.context["page_obj"].object_list) == []
    assert "Nothing was found" in response.content.decode()


def test_empty_query_shows_the_form_without_results(client, site_tree):
    response = client.get("/kk/search/")
    assert response.status_code == 200
    assert response.context["page_obj"] is None


@pytest.mark.parametrize(
    "query",
    ["<script>alert(1)</script>", "' OR 1=1 --", "x" * 5000, "\x00\x1f", "%%%", '"', "a AND (b OR"],
)
def test_hostile_queries_are_answered_and_escaped(client, site_tree, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_the_search_page_names_its_two_search_landmarks_apart(client, site_tree):
    html = client.get("/kk/search/?q=court").content.decode()

    assert [role for role, _ in landmarks(html)].count("search") == 2
    assert repeated_landmarks(html) == []


@pytest.fixture
def course_with_a_secret_word(site_tree):
    """A public course page, with a lesson and an assessment that need signing in, all three
    holding the word "zygomorphic"; the lessons outnumber a page of results."""
    from tests.factories.academy import (
        AcademyIndexPageFactory,
        AssessmentPageFactory,
        CoursePageFactory,
        LessonPageFactory,
    )

    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course = CoursePageFactory(parent=catalogue, summary="A zygomorphic course.")
    for number in range(12):
        LessonPageFactory(
            parent=course,
            title=f"Lesson {number}",
            body=[("paragraph", "<p>The interpreter is zygomorphic.</p>")],
        )
    AssessmentPageFactory(parent=course, title="Zygomorphic quiz")
    return course


@pytest.mark.parametrize("signed_in", [False, True])
def test_search_lists_no_page_that_needs_signing_in(
    client, course_with_a_secret_word, trainee, signed_in
):
    if signed_in:
        client.force_login(trainee)
    response = client.get("/en/search/", {"q": "zygomorphic"})
    page_obj = response.context["page_obj"]
    assert [page.pk for page in page_obj.object_list] == [course_with_a_secret_word.pk]
    assert page_obj.paginator.count == 1
    assert "Lesson 0" not in response.content.decode()
