import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from accounts.roles import Role
from cms.models import SiteSettings
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_each_role_has_exactly_the_permissions_it_needs():
    def model_permissions(role):
        group = Group.objects.get(name=role.value)
        return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}

    def page_permissions(role):
        return set(
            GroupPagePermission.objects.filter(group__name=role.value).values_list(
                "permission__codename", flat=True
            )
        )

    assert model_permissions(Role.TRAINEE) == set()
    assert model_permissions(Role.MENTOR) == set()
    assert page_permissions(Role.TRAINEE) == page_permissions(Role.MENTOR) == set()
    assert model_permissions(Role.EDITOR) == {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        # Editors upload H5P activities that reuse installed libraries; they install none.
        "academy.add_h5pactivity",
        "academy.change_h5pactivity",
        "academy.view_h5pactivity",
    }
    assert page_permissions(Role.EDITOR) == {"add_page", "change_page", "lock_page"}
    assert model_permissions(Role.ACADEMY_STAFF) == {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "cms.change_sitesettings",
        "cms.add_fundingstatement",
        "cms.change_fundingstatement",
        "cms.view_fundingstatement",
        "academy.view_enrollment",
        "academy.add_enrollment",
        "academy.change_enrollment",
        "academy.view_lessoncompletion",
        "academy.view_attempt",
        "academy.change_attempt",
        "academy.view_response",
        "academy.change_response",
        "academy.add_h5pactivity",
        "academy.change_h5pactivity",
        "academy.view_h5pactivity",
        "academy.delete_h5pactivity",
        "academy.view_h5plibrary",
        "academy.install_h5p_library",
        "academy.view_h5presult",
        "certificates.add_certificatetemplate",
        "certificates.change_certificatetemplate",
        "certificates.view_certificatetemplate",
        "certificates.add_coursecertificate",
        "certificates.change_coursecertificate",
        "certificates.view_coursecertificate",
        "certificates.view_issuedcertificate",
        "certificates.change_issuedcertificate",
        "mentorship.view_pairing",
        "mentorship.view_meeting",
        "mentorship.view_goal",
        "mentorship.view_mentornote",
    }
    assert page_permissions(Role.ACADEMY_STAFF) == {
        "add_page",
        "change_page",
        "lock_page",
        "publish_page",
        "unlock_page",
    }
    assert not Group.objects.filter(name="Moderators").exists()


ANONYMOUS, TRAINEE, MENTOR, EDITOR, STAFF = "anonymous", "trainee", "mentor", "editor", "staff"
OK, LOGIN, DENIED = "ok", "login", "denied"

# Wagtail answers a signed-in user without the permission with a redirect to the dashboard
# (DENIED) and anyone without admin access with a redirect to its login page (LOGIN).
ROLE_BY_URL = {
    "/admin/": {ANONYMOUS: LOGIN, TRAINEE: LOGIN, MENTOR: LOGIN, EDITOR: OK, STAFF: OK},
    "/admin/pages/{home}/edit/": {
        ANONYMOUS: LOGIN,
        TRAINEE: LOGIN,
        MENTOR: LOGIN,
        EDITOR: OK,
        STAFF: OK,
    },
    "/admin/users/": {
        ANONYMOUS: LOGIN,
        TRAINEE: LOGIN,
        MENTOR: LOGIN,
        EDITOR: DENIED,
        STAFF: DENIED,
    },
    "/admin/groups/": {
        ANONYMOUS: LOGIN,
        TRAINEE: LOGIN,
        MENTOR: LOGIN,
        EDITOR: DENIED,
        STAFF: DENIED,
    },
    "/admin/settings/cms/sitesettings/{site}/": {
        ANONYMOUS: LOGIN,
        TRAINEE: LOGIN,
        MENTOR: LOGIN,
        EDITOR: DENIED,
        STAFF: OK,
    },
    "/en/accounts/profile/": {ANONYMOUS: LOGIN, TRAINEE: OK, MENTOR: OK, EDITOR: OK, STAFF: OK},
}


@pytest.mark.parametrize("url", ROLE_BY_URL)
@pytest.mark.parametrize("who", [ANONYMOUS, TRAINEE, MENTOR, EDITOR, STAFF])
def test_role_by_url(client, site_tree, url, who):
    roles = {
        TRAINEE: Role.TRAINEE,
        MENTOR: Role.MENTOR,
        EDITOR: Role.EDITOR,
        STAFF: Role.ACADEMY_STAFF,
    }
    if who != ANONYMOUS:
        client.force_login(UserFactory(role=roles[who]))
    site_settings = SiteSettings.for_site(site_tree.homes["en"].get_site())
    response = client.get(url.format(home=site_tree.homes["en"].pk, site=site_settings.site_id))

    expected = ROLE_BY_URL[url][who]
    if expected == OK:
        assert response.status_code == 200
    elif expected == LOGIN:
        assert response.status_code == 302
        assert "login" in response.url
    else:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response.url == "/admin/"
