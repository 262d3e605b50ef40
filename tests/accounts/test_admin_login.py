"""The Wagtail admin's sign-in is one more way to sign in: it counts in the same limiter as the
site's (allauth's login_failed, per address and per e-mail), and the admin keeps no password
reset or password change of its own."""

import pytest

from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed login attempts. Try again later."
MISMATCH = "Your e-mail address and password didn&#x27;t match."
SITE_LOGIN = "/en/accounts/login/"
ADMIN_LOGIN = "/admin/login/"


def site_login(client, email, password):
    return client.post(SITE_LOGIN, {"login": email, "password": password})


def admin_login(client, email, password):
    return client.post(ADMIN_LOGIN, {"username": email, "password": password})


def test_an_account_locked_at_the_site_login_is_locked_at_the_admin_login(
    client, site_tree, academy_staff
):
    for _ in range(5):
        site_login(client, academy_staff.email, "wrong password")
    response = admin_login(client, academy_staff.email, PASSWORD)
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_thirty_wrong_admin_passwords_then_the_right_one_do_not_sign_in(
    client, site_tree, academy_staff
):
    pages = [admin_login(client, academy_staff.email, "wrong password") for _ in range(30)]
    answers = [LOCKED in page.content.decode() for page in pages]
    assert answers == [False] * 5 + [True] * 25
    assert all(MISMATCH in page.content.decode() for page in pages[:5])
    response = admin_login(client, academy_staff.email, PASSWORD)
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wrong_admin_passwords_lock_the_site_login_too(client, site_tree, academy_staff):
    for _ in range(5):
        admin_login(client, academy_staff.email, "wrong password")
    response = site_login(client, academy_staff.email, PASSWORD)
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wrong_admin_passwords_for_many_accounts_lock_the_address(client, site_tree, academy_staff):
    for attempt in range(10):
        admin_login(client, f"guess{attempt}@example.org", "wrong password")
    response = admin_login(client, academy_staff.email, PASSWORD)
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_successful_admin_login_does_not_use_up_the_allowance(client, site_tree, academy_staff):
    for _ in range(4):
        admin_login(client, academy_staff.email, "wrong password")
    for _ in range(3):
        response = admin_login(client, academy_staff.email, PASSWORD)
        assert response.status_code == 302
        client.logout()
    response = admin_login(client, academy_staff.email, "wrong password")
    assert MISMATCH in response.content.decode()
    assert LOCKED not in response.content.decode()


def test_the_admin_login_signs_staff_in_for_the_whole_site(client, site_tree, academy_staff):
    response = admin_login(client, academy_staff.email.upper(), PASSWORD)
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.session["_auth_user_id"] == str(academy_staff.pk)
    assert client.get("/admin/").status_code == 200
    assert client.get("/en/accounts/profile/").status_code == 200


def test_an_inactive_account_cannot_sign_in_to_the_admin(client, site_tree, academy_staff):
    academy_staff.is_active = False
    academy_staff.save()
    response = admin_login(client, academy_staff.email, PASSWORD)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_admin_login_page_links_to_the_sites_password_reset(client, site_tree):
    html = client.get(ADMIN_LOGIN).content.decode()
    assert 'href="/en/accounts/password/reset/"' in html
    assert "Forgotten password?" in html
    assert "/admin/password_reset/" not in html


def test_the_admin_password_reset_sends_no_email(client, site_tree, trainee, mailoutbox):
    answers = {
        client.post("/admin/password_reset/", {"email": trainee.email}).status_code
        for _ in range(20)
    }
    assert answers == {404}
    assert mailoutbox == []


def test_twenty_reset_requests_for_one_trainee_send_five_emails(
    client, site_tree, trainee, mailoutbox
):
    for _ in range(20):
        client.post("/en/accounts/password/reset/", {"email": trainee.email})
    assert len(mailoutbox) == 5
    assert {message.to[0] for message in mailoutbox} == {trainee.email}


def test_the_admin_account_page_changes_no_password_and_links_to_the_sites_page(
    client, site_tree, editor
):
    client.force_login(editor)
    page = client.get("/admin/account/").content.decode()
    assert 'name="password-old_password"' not in page
    assert 'href="/en/accounts/password/change/"' in page
    client.post(
        "/admin/account/",
        {
            "password-old_password": PASSWORD,
            "password-new_password1": "A-new-passphrase-2026",
            "password-new_password2": "A-new-passphrase-2026",
        },
    )
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)
