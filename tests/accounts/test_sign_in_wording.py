"""One wording for signing in, and allauth's pages in the site's layout and forms."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/en/", "/en/accounts/login/", "/en/accounts/signup/"])
def test_sign_in_is_called_sign_in_everywhere(client, site_tree, url):
    html = client.get(url).content.decode()
    assert "Sign in" in html
    for other in ("Log in", "Sign In", "Login", "Log In"):
        assert other not in html


def test_the_sign_in_page_is_in_the_site_layout_with_its_form_style(client, site_tree):
    html = client.get("/en/accounts/login/").content.decode()
    assert "<title>Sign in" in html
    assert "<h1>Sign in</h1>" in html
    assert 'class="site-header"' in html
    assert 'class="stacked-form"' in html


def test_the_sign_up_page_is_in_the_site_layout_with_its_form_style(client, site_tree):
    html = client.get("/en/accounts/signup/").content.decode()
    assert "<h1>Sign up</h1>" in html
    assert "Sign Up" not in html
    assert 'class="stacked-form"' in html


def test_signed_in_visitors_are_offered_to_sign_out(client, site_tree, trainee):
    client.force_login(trainee)
    html = client.get("/en/").content.decode()
    assert "Sign out" in html
    assert "Log out" not in html


def test_the_sign_out_page_says_sign_out(client, site_tree, trainee):
    client.force_login(trainee)
    html = client.get("/en/accounts/logout/").content.decode()
    assert "<h1>Sign out</h1>" in html
    assert "Sign Out" not in html
