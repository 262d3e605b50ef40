"""Who may open the reports: Academy staff and superusers. People without admin access are
sent to the admin's login, as everywhere in the admin; editors are sent back to the dashboard
with Wagtail's permission-denied message. The dashboard panel and the menu items follow the
same rule."""

import datetime
import re
from collections import Counter

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import dateformat, timezone

import reports.urls
from accounts.roles import Role
from accounts.services import assign_role
from tests.factories.accounts import UserFactory
from tests.reports.conftest import certificate, listing_tables

pytestmark = pytest.mark.django_db

SUPERUSER = "superuser"
ANONYMOUS = None

LOGIN, DASHBOARD = "the admin's login", "the dashboard with a message"
# Expected answer of every report address (page, results fragment, CSV and XLSX export)
# for each kind of visitor: 200, or a redirect to the admin's login or to its dashboard.
STATUS_BY_ROLE = {
    ANONYMOUS: LOGIN,
    Role.TRAINEE: LOGIN,
    Role.MENTOR: LOGIN,
    Role.EDITOR: DASHBOARD,
    Role.ACADEMY_STAFF: 200,
    SUPERUSER: 200,
}

# Every URL name of reports.urls, with what it needs: (URL arguments, query string).
REPORT_URLS = {
    "courses": (lambda w: [], lambda w: ""),
    "courses_results": (lambda w: [], lambda w: ""),
    "course": (lambda w: [w.course_a.translation_key], lambda w: ""),
    "course_results": (lambda w: [w.course_a.translation_key], lambda w: ""),
    "questions": (lambda w: [], lambda w: f"assessment={w.quiz.translation_key}"),
    "questions_results": (lambda w: [], lambda w: f"assessment={w.quiz.translation_key}"),
    "mentorship": (lambda w: [], lambda w: ""),
    "mentorship_results": (lambda w: [], lambda w: ""),
    "certificates": (lambda w: [], lambda w: ""),
    "certificates_results": (lambda w: [], lambda w: ""),
    "trainees": (lambda w: [], lambda w: ""),
    "trainees_results": (lambda w: [], lambda w: ""),
}
EXPORTS = ["", "csv", "xlsx"]


def addresses(world):
    """Every report address: each URL name, and each page's CSV and XLSX export."""
    for name, (args, query) in REPORT_URLS.items():
        for export in EXPORTS if not name.endswith("_results") else [""]:
            params = [part for part in (query(world), export and f"export={export}") if part]
            address = reverse(f"academy_reports:{name}", args=args(world))
            yield address + ("?" + "&".join(params) if params else "")


def visitor(role):
    if role is ANONYMOUS:
        return None
    if role == SUPERUSER:
        return UserFactory(is_superuser=True)
    user = UserFactory()
    assign_role(user=user, role=role)
    return user


def test_every_report_url_has_a_row():
    names = {pattern.name for pattern in reports.urls.urlpatterns}
    assert names == set(REPORT_URLS)


def test_the_table_covers_pages_results_and_both_exports(world):
    every = list(addresses(world))
    assert len(every) == 6 * 3 + 6
    assert len(set(every)) == len(every)


@pytest.mark.parametrize("role", list(STATUS_BY_ROLE), ids=lambda role: str(role or "anonymous"))
def test_report_access_by_role(client, world, role):
    user = visitor(role)
    if user:
        client.force_login(user)
    expected = STATUS_BY_ROLE[role]
    login = reverse("wagtailadmin_login")
    for address in addresses(world):
        response = client.get(address)
        if expected == 200:
            assert response.status_code == 200, address
        else:
            assert response.status_code == 302, f"{address}: {response.status_code}"
        if expected == LOGIN:
            assert response.url.startswith(f"{login}?next="), address
        if expected == DASHBOARD:
            assert response.url == reverse("wagtailadmin_home"), address
            # Unread messages pile up while no redirect is followed: one text, at least once.
            messages = {str(message).strip() for message in get_messages(response.wsgi_request)}
            assert messages == {"Sorry, you do not have permission to access this area."}, address
        if expected == 200 and "export=csv" in address:
            assert response["Content-Type"].startswith("text/csv"), address
            assert b"".join(response.streaming_content)
        if expected == 200 and "export=xlsx" in address:
            assert "spreadsheetml" in response["Content-Type"], address


# --- The dashboard panel and the menu ------------------------------------------------------

MENU_REPORTS = ["courses", "questions", "mentorship", "certificates", "trainees"]


def last_12_months():
    today = timezone.localdate()
    months = []
    for back in range(11, -1, -1):
        year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
        months.append(datetime.date(year, month + 1, 1))
    return months


def expected_months(world, extra=()):
    """The panel's table: each of the last 12 months with the certificates issued and
    revoked in it (in the site's time zone), counted from the test data."""
    issued, revoked = Counter(), Counter()
    for row in [*world.certificates.values(), *extra]:
        issued[timezone.localtime(row.issued_at).date().replace(day=1)] += 1
        if row.revoked_at:
            revoked[timezone.localtime(row.revoked_at).date().replace(day=1)] += 1
    return [
        [dateformat.format(month, "F Y"), str(issued[month]), str(revoked[month])]
        for month in last_12_months()
    ]


def admin_home(client, role):
    client.force_login(visitor(role))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def academy_panel(html):
    start = html.index('id="academy-figures-section"')
    return html[start:]


@pytest.mark.parametrize("role", [Role.ACADEMY_STAFF, SUPERUSER], ids=str)
def test_staff_see_the_academy_panel_with_its_figures(client, world, role):
    html = admin_home(client, role)
    assert "Academy in figures" in html
    tables, _links = listing_tables(academy_panel(html))
    funnels, months = tables[:2]
    assert funnels == [
        ["Course", "Enrolled", "Started", "Completed"],
        ["Alpha: trial monitoring", "4", "3", "1"],
        ["Beta: fair trial rights", "2", "1", "1"],
    ]
    assert months == [["Month", "Issued", "Revoked"], *expected_months(world)]
    # The chart draws the same figures; the longest bar is the largest course's enrolment.
    bars = re.findall(
        r'width="([\d.]+)" height="11" class="academy-chart__bar academy-chart__bar--(\w+)">'
        r"<title>[^<:]+: (\d+)</title>",
        academy_panel(html),
    )
    assert bars == [
        ("440.0", "enrolled", "4"),
        ("330.0", "started", "3"),
        ("110.0", "completed", "1"),
        ("220.0", "enrolled", "2"),
        ("110.0", "started", "1"),
        ("110.0", "completed", "1"),
    ]


def test_the_panel_counts_this_months_certificates(client, world):
    now = timezone.now()
    new = [
        certificate(world.trainees["t3"], world.course_c, now),
        certificate(
            world.trainees["t2"],
            world.course_c,
            now - datetime.timedelta(days=95),
            revoked_at=now - datetime.timedelta(days=40),
        ),
    ]
    html = admin_home(client, Role.ACADEMY_STAFF)
    _funnels, months = listing_tables(academy_panel(html))[0][:2]
    assert months[1:] == expected_months(world, extra=new)
    assert months[-1][1:] == ["1", "0"]
    assert sum(int(row[1]) for row in months[1:]) == 2
    assert sum(int(row[2]) for row in months[1:]) == 1


@pytest.mark.parametrize("role", [Role.ACADEMY_STAFF, SUPERUSER], ids=str)
def test_staff_see_the_report_menu_items(client, world, role):
    html = admin_home(client, role)
    for name in MENU_REPORTS:
        assert f"academy-{name}" in html, name
        assert reverse(f"academy_reports:{name}") in html, name


def test_editors_see_neither_the_panel_nor_the_menu_items(client, world):
    html = admin_home(client, Role.EDITOR)
    assert "Academy in figures" not in html
    assert 'id="academy-figures-section"' not in html
    assert not re.search(r"/admin/reports/academy/", html)
    for name in MENU_REPORTS:
        assert f"academy-{name}" not in html, name
