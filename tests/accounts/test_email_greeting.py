"""The account e-mails greet with the site's name, never the host name."""

import pytest
from wagtail.models import Site

from tests.accounts.test_signup import signup_data

pytestmark = pytest.mark.django_db


def test_the_confirmation_email_greets_with_the_sites_name(client, site_tree, mailoutbox):
    Site.objects.update(site_name="Rule of Law Academy")
    client.post("/en/accounts/signup/", signup_data())
    body = mailoutbox[0].body
    assert "Hello from Rule of Law Academy!" in body
    assert "Thank you for using Rule of Law Academy!" in body
    assert "Hello from testserver" not in body


def test_without_a_site_name_the_setting_names_the_site(client, site_tree, mailoutbox, settings):
    Site.objects.update(site_name="")
    settings.WAGTAIL_SITE_NAME = "The Academy"
    client.post("/en/accounts/signup/", signup_data())
    assert "Hello from The Academy!" in mailoutbox[0].body
