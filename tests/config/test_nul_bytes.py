"""A NUL character in an address or a query string: PostgreSQL cannot hold one in text, so
none may reach a query. The answer is a 404 or the page without that filter, never a 500.

These fail only on PostgreSQL (SQLite stores NUL); CI runs them there."""

import pytest

from accounts.roles import Role
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

#: (who asks, the address, the status it answers). Every path or query parameter of our views
#: that is compared with a database column; those checked against a fixed list or a form
#: first (catalogue filters, report filters, search, page numbers) are here so they stay so.
ADDRESSES = [
    (None, "/en/news/?tag=%00", 200),
    (None, "/kk/news/?tag=a%00", 200),
    (None, "/en/news/?tag=%00&page=2", 200),
    (None, "/en/news/?category=%00&page=%00", 200),
    (None, "/en/verify/%00/", 404),
    (None, "/en/verify/a%00b/", 404),
    (None, "/verify/%00/", 404),
    (None, "/verify/a%00b/", 404),
    (None, "/en/academy/?topic=%00&level=%00&language=%00", 200),
    (None, "/en/search/?q=%00&page=%00", 200),
    (Role.TRAINEE, "/en/my-certificates/%00/pdf/", 404),
    (Role.TRAINEE, "/en/my-certificates/RLA-2026-%00/pdf/", 404),
    (Role.MENTOR, "/en/mentoring/?page=%00", 200),
    (Role.ACADEMY_STAFF, "/admin/reports/academy/courses/?language=%00&programme=%00", 200),
    (Role.ACADEMY_STAFF, "/admin/reports/academy/trainees/?q=%00&course=%00", 200),
    (Role.ACADEMY_STAFF, "/admin/certificates/issued/bulk/?job=%00", 200),
]


@pytest.mark.parametrize(("role", "address", "status"), ADDRESSES)
def test_a_nul_character_never_reaches_the_database(client, catalogue, role, address, status):
    if role:
        client.force_login(UserFactory(role=role))
    response = client.get(address, follow=True)
    assert response.status_code == status


def test_a_tag_that_cannot_exist_is_ignored(client, site_tree):
    response = client.get("/en/news/?tag=a%00")
    html = response.content.decode()
    assert site_tree.articles["en"].title in html
    assert "Tagged" not in html
