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
