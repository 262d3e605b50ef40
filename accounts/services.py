"""Business rules for accounts: roles, registration and signing in."""

from allauth.account.adapter import get_adapter
from django.contrib.auth.models import Group

from accounts.roles import Role


def assign_role(*, user, role: Role) -> None:
    """Give the user a role by adding them to that role's group."""
    user.groups.add(Group.objects.get(name=role.value))


def has_role(*, user, role: Role) -> bool:
    """Whether the user is in the group of the given role."""
    return user.is_authenticated and user.groups.filter(name=role.value).exists()


def authenticate(*, request, email, password):
    """The account this e-mail and password open, or None, counted by the one sign-in limiter."""
    # allauth's adapter counts each failure per address and per e-mail (login_failed), takes a
    # success back out of the count, and while either is locked raises the "Too many failed
    # login attempts" ValidationError even for the right password.
    return get_adapter(request).authenticate(request, email=email, password=password)


def confirm_password(*, request, user, password) -> bool:
    """Whether the password is the signed-in person's own, counted like a sign-in."""
    return authenticate(request=request, email=user.email, password=password) == user
