"""The language of the URL a person reads wins; the profile's language is for e-mails and
certificates."""

import pytest

from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_signing_in_lands_in_the_language_of_the_sign_in_page(client, site_tree, trainee, language):
    assert trainee.preferred_language == "en"
    response = client.post(
        f"/{language}/accounts/login/", {"login": trainee.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == f"/{language}/"
    assert int(client.session["_auth_user_id"]) == trainee.pk


def test_saving_the_profile_on_kk_stays_on_kk_and_keeps_english_for_e_mails(
    client, site_tree, trainee
):
    client.force_login(trainee)
    response = client.post(
        "/kk/accounts/profile/",
        {
            "first_name": "Dana",
            "last_name": "Seitova",
            "region": "KZ-79",
            "preferred_language": "en",
        },
    )
    assert response.status_code == 302
    assert response.url == "/kk/accounts/profile/"
    trainee.refresh_from_db()
    assert (trainee.first_name, trainee.preferred_language) == ("Dana", "en")


def test_signing_out_on_kk_lands_on_the_kazakh_home_page(client, site_tree, trainee):
    client.force_login(trainee)
    response = client.post("/kk/accounts/logout/")
    assert response.status_code == 302
    assert response.url == "/kk/"
    assert "_auth_user_id" not in client.session
