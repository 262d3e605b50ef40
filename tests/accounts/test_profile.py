import pytest

from accounts.models import WorkGroup

pytestmark = pytest.mark.django_db


def test_profile_saves_and_stays_in_the_language_being_read(client, site_tree, trainee):
    client.force_login(trainee)
    groups = WorkGroup.objects.filter(code__in=["youth", "migrants"])
    response = client.post(
        "/en/accounts/profile/",
        {
            "first_name": "Dana",
            "last_name": "Seitova",
            "organisation": "Youth Rights",
            "region": "KZ-79",
            "preferred_language": "kk",
            "work_groups": [group.pk for group in groups],
        },
    )
    assert response.status_code == 302
    assert response.url == "/en/accounts/profile/"
    trainee.refresh_from_db()
    assert (trainee.first_name, trainee.region, trainee.preferred_language) == (
        "Dana",
        "KZ-79",
        "kk",
    )
    assert set(trainee.work_groups.values_list("code", flat=True)) == {"youth", "migrants"}


def test_bad_profile_input_is_refused_and_changes_nothing(client, site_tree, trainee):
    client.force_login(trainee)
    before = (trainee.first_name, trainee.region, trainee.preferred_language)
    response = client.post(
        "/en/accounts/profile/",
        {
            "first_name": "<script>alert(1)</script>",
            "last_name": "",
            "region": "KZ-00",
            "preferred_language": "de",
            "work_groups": ["999999"],
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"last_name", "region", "preferred_language", "work_groups"} <= set(errors)
    assert "<script>alert(1)</script>" not in response.content.decode()
    trainee.refresh_from_db()
    assert (trainee.first_name, trainee.region, trainee.preferred_language) == before


def test_visitor_is_sent_to_log_in(client, site_tree):
    response = client.get("/ru/accounts/profile/")
    assert response.status_code == 302
    assert response.url.startswith("/ru/accounts/login/")


# "²" and "٣" are digits to str.isdigit() but no number to int(): found by the fuzzing again.
@pytest.mark.parametrize("value", ["9" * 400, "-1", "1.5", "abc", "²", "٣"])
def test_a_group_id_that_is_no_small_whole_number_is_refused_not_a_server_error(
    client, site_tree, trainee, value
):
    """Found by tests/config/test_fuzzing.py: a number past the column's range reached the
    database and failed the request."""
    client.force_login(trainee)
    response = client.post(
        "/en/accounts/profile/",
        {
            "first_name": "Aigerim",
            "last_name": "Bekova",
            "preferred_language": "en",
            "work_groups": [value],
        },
    )
    assert response.status_code == 200
    assert "work_groups" in response.context["form"].errors
    assert not trainee.work_groups.exists()
