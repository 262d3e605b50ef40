import re
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup

from accounts.models import User, WorkGroup
from accounts.roles import Role
from accounts.services import has_role
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

STRONG_PASSWORD = "Kazakh-monitor-2026!"


def signup_data(**overrides):
    data = {
        "email": "aliya@example.org",
        "first_name": "Aliya",
        "last_name": "Omarova",
        "organisation": "Legal Aid Centre",
        "region": "KZ-35",
        "work_groups": [WorkGroup.objects.get(code="women").pk],
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
    }
    data.update(overrides)
    return data


def confirmation_path(message):
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    return urlsplit(link).path


def test_sign_up_confirm_log_in_makes_a_trainee_who_cannot_open_the_admin(
    client, site_tree, mailoutbox
):
    response = client.post("/ru/accounts/signup/", signup_data())
    assert response.status_code == 302

    user = User.objects.get(email="aliya@example.org")
    assert has_role(user=user, role=Role.TRAINEE)
    assert list(user.groups.values_list("name", flat=True)) == [Role.TRAINEE.value]
    assert (user.first_name, user.last_name, user.region) == ("Aliya", "Omarova", "KZ-35")
    assert user.preferred_language == "ru"
    assert [group.code for group in user.work_groups.all()] == ["women"]

    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["aliya@example.org"]
    path = confirmation_path(mailoutbox[0])
    assert path.startswith("/ru/")

    client.logout()
    response = client.post(
        "/ru/accounts/login/", {"login": "aliya@example.org", "password": STRONG_PASSWORD}
    )
    assert "_auth_user_id" not in client.session, "unconfirmed address must not log in"

    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 302
    assert EmailAddress.objects.get(email="aliya@example.org").verified

    response = client.post(
        "/ru/accounts/login/", {"login": "aliya@example.org", "password": STRONG_PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == "/ru/"
    assert int(client.session["_auth_user_id"]) == user.pk

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_sign_up_with_a_used_email_creates_nothing_and_tells_the_owner(
    client, site_tree, mailoutbox
):
    owner = UserFactory(email="aliya@example.org")
    response = client.post("/en/accounts/signup/", signup_data(first_name="Someone"))

    # The page must not reveal that the address is registered; the owner learns by e-mail.
    assert response.status_code == 302
    assert User.objects.count() == 1
    owner.refresh_from_db()
    assert owner.first_name != "Someone"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["aliya@example.org"]
    assert "already" in mailoutbox[0].body.lower()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "This password is too short"),
        ("ru", "Введённый пароль слишком короткий"),
        ("kk", "Бұл құпиясөз тым қысқа"),
    ],
)
def test_weak_password_is_refused_in_the_visitors_language(client, site_tree, language, expected):
    response = client.post(
        f"/{language}/accounts/signup/", signup_data(password1="short1", password2="short1")
    )
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not User.objects.exists()


def test_missing_name_and_mismatched_passwords_are_refused(client, site_tree):
    response = client.post(
        "/en/accounts/signup/", signup_data(first_name="", password2="another-password-9")
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "first_name" in form.errors
    assert "password2" in form.errors
    assert not User.objects.exists()


def test_unknown_region_is_refused(client, site_tree):
    response = client.post("/en/accounts/signup/", signup_data(region="KZ-99"))
    assert response.status_code == 200
    assert "region" in response.context["form"].errors
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "This email confirmation link expired or is invalid"),
        ("ru", "Ссылка некорректна или срок её действия истек"),
    ],
)
def test_bad_confirmation_key_says_so_and_confirms_nothing(client, site_tree, language, expected):
    user = UserFactory(verified=False)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    response = client.get(f"/{language}/accounts/confirm-email/not-a-real-key/")
    assert response.status_code == 200
    assert expected in response.content.decode()
    response = client.post(f"/{language}/accounts/confirm-email/not-a-real-key/")
    assert not EmailAddress.objects.get(user=user).verified


@pytest.mark.parametrize("url", ["/kk/accounts/signup/", "/en/accounts/signup/"])
def test_password_rules_are_in_the_element_the_field_is_described_by(client, site_tree, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    password = page.find("input", attrs={"name": "password1"})
    rules = page.find(id=password["aria-describedby"])

    assert len(rules.find_all("li")) == 4
    assert all(item.get_text(strip=True) for item in rules.find_all("li"))
    # A browser closes a <p> at a <ul>, and a <span> cannot hold one: the list would fall
    # out of the element that aria-describedby names, leaving it empty.
    for rule_list in page.find_all("ul"):
        assert rule_list.find_parent(["p", "span", "label"]) is None, rule_list.find_parent()
